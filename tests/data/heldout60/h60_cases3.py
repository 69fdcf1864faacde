"""Cases 8813-8818."""
import h60_lib as L
from h60_lib import It, Fu, case, esc, table
from h60_clients import mk, gmail_html, outlook_html, o_p, simple_html

BOT_A, BOT_B, BOT_C, BOT_D = (L.BOTS[k] for k in "ABCD")
L.EXT["Gao Feng"] = L.EXT["高峰"]


# ---------------------------------------------------------------------------------------------------------------
@case(8813, "maiji-collab-tracking-table-coremail", "minutes",
      "Coremail GBK (text base64 + HTML QP) seed 跨部门协作事项跟踪表 with 11 columns: 已完成 row skipped, 进行中 rows "
      "owned by 责任人（发起方）, 计划完成时间 待定 -> vague; standing rule '每周五17:00前更新' is not an item")
def c8813():
    rows = [("序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
             "实际完成时间", "进展情况", "风险点及应对措施"),
            ("1", "G310线安防工程施工图审查", "规划建设股", "区交投公司", "雷鸣", "韦国庆", "2026-04-22", "2026-04-30",
             "2026-05-08", "已完成（延期8天，因设计单位修改）", "下次预留一周审查缓冲期"),
            ("2", "农村公路春季巡查问题清单汇总", "公路管理股", "各乡镇", "赵敏", "各乡镇交通专干", "2026-04-23", "2026-05-31",
             "-", "进行中（已完成70%）", "部分乡镇上报慢，已电话督促"),
            ("3", "客运站安检设备更新采购", "运输管理股", "财务股", "何军", "吕娜", "2026-05-20", "2026-06-18", "-",
             "进行中（已完成询价）", "端午前须到货安装，供应商备货紧张"),
            ("4", "路政执法记录仪配发", "办公室", "公路管理股", "王芸", "赵敏", "2026-05-25", "待定", "-", "未开始",
             "采购方式待局务会确定")]
    head = "各股室、区交投公司：\n\n    本周（第21周）跨部门协作事项跟踪表如下，请各责任人每周五17:00前在表内更新进展。\n"
    tail = "\n办公室 康宁\n2026年5月29日\n"
    text = head + "\n" + L.text_table(rows) + "\n" + tail
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + L.paras(head, "div")
            + table(rows, td="border:1px solid #000;padding:3px;font-size:12px") + L.paras(tail, "div") + "</div>")
    raw = mk("C", "coremail", "康宁", ["雷鸣", "赵敏", "何军", "吕娜", "王芸"], "跨部门协作事项跟踪表（第21周）",
             "2026-05-29 16:48:00 +0800", text, html, cc=["韦国庆", "蒲志强", BOT_C], cs="GBK")
    items = [It("赵敏", "农村公路春季巡查问题清单汇总", "abs:2026-05-31", "2026-05-31"),
             It("何军", "客运站安检设备更新采购", "abs:2026-06-18", "2026-06-18"),
             It("王芸", "路政执法记录仪配发", "vague")]
    return {"raw": raw, "items": items, "fu": None,
            "notes": "Sent Fri 2026-05-29. Seed 跨部门协作事项跟踪表. Row 1 has 实际完成时间 and 已完成 -> status, not an item. "
                     "Rows 2-4 are open; the owner is 责任人（发起方） (the 协作方 column names supporters: 各乡镇交通专干, 吕娜, "
                     "赵敏). 计划完成时间 is the due date: 2026-05-31, 2026-06-18 (the day before the Dragon Boat holiday); "
                     "row 4 '待定' -> vague_due. 计划开始时间 dates and '每周五17:00前…更新进展' (a standing rule) are not "
                     "deadlines of items. No next meeting."}


# ---------------------------------------------------------------------------------------------------------------
@case(8814, "shanlan-grouped-by-person-titles-apple-mail", "minutes",
      "Apple Mail (text QP + HTML) GM's notes grouped by person written as titles/nicknames (陈教练, 吉主管, 萱萱, 黎工); "
      "①② sub-tasks under one owner; 明天下班前; 下周三前; 本月15号前; an item inside parentheses (邢会计); next meeting")
def c8814():
    text = """各位：

今天例会的记录，按人列一下，有不对的直接回我。

陈教练
① 6月5日前把端午三天的船潜排期报给我
② 新招的两位教练，下周三前完成平台考核

吉主管
① 整理五月差评（大众点评+携程），明天下班前发群里
② 和蓝礁船务郑船长确认端午包船价格，时间待定

萱萱
端午营销方案初稿，6月8日（周一）前

黎工
泳池循环泵更换，本月15号前完成（需要财务先付30%预付款，邢会计6月3日前安排）

五月营收同比增长18%，体验潜水占比继续下降，这个后面专门讨论。

下次例会还是周一晚上8点，6月8日。

林涛
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n")) + "</body></html>")
    raw = mk("D", "apple", "林涛", ["陈海波", "吉雅", "王梓萱", "黎明辉", "邢丽"], "6月1日 经营例会 记录",
             "2026-06-01 20:15:33 +0800", text, html, cc=["符晓琳", BOT_D])
    items = [It("陈海波", "把端午三天的船潜排期报给我", "abs:2026-06-05", "2026-06-05"),
             It("陈海波", "新招的两位教练完成平台考核", "nw:2", "2026-06-10"),
             It("吉雅", "整理五月差评（大众点评+携程）发群里", "days:1", "2026-06-02"),
             It("吉雅", "和蓝礁船务郑船长确认端午包船价格", "vague"),
             It("王梓萱", "端午营销方案初稿", "abs:2026-06-08", "2026-06-08"),
             It("黎明辉", "泳池循环泵更换", "abs:2026-06-15", "2026-06-15"),
             It("邢丽", "安排循环泵30%预付款", "abs:2026-06-03", "2026-06-03")]
    return {"raw": raw, "items": items, "fu": Fu("abs:2026-06-08", "2026-06-08", "20:00"),
            "notes": "Sent Mon 2026-06-01 20:15. Grouped by person; owners written as titles/nicknames: 陈教练 = 陈海波, "
                     "吉主管 = 吉雅, 萱萱 = 王梓萱, 黎工 = 黎明辉, 邢会计 = 邢丽 (roster aliases). ①② are two items each. "
                     "'下周三前' -> 2026-06-10; '明天下班前' -> 2026-06-02, no time; '时间待定' -> vague_due; '本月15号前' "
                     "-> 2026-06-15. The bracket under 黎工 holds a separate assignment to 邢会计 ('6月3日前安排') -> its own "
                     "item. 郑船长 is a counterpart named in a task, not an owner. '五月营收同比增长18%' is information. "
                     "'下次例会还是周一晚上8点，6月8日' -> 2026-06-08 20:00."}


# ---------------------------------------------------------------------------------------------------------------
@case(8815, "qiyuan-customer-visit-report-netease", "minutes",
      "NetEase enterprise mail (GBK base64, text only) customer-visit report: 一、已完成 (not items) / 二、下一步 with "
      "'我方/对方' and owners in brackets (我负责 = sender), customer owner via Cc display name; 三、其他 '下次再议'")
def c8815():
    text = """马总：

今天下午去塞上优品（银川金凤店）和白经理碰了一下，情况汇报如下：

一、已完成
1. 618备货2000件已全部发出，对方6月2日已签收；
2. 门店端头陈列位已确定，6月5日起上架。

二、下一步
1. 我方：6月6日前把端头陈列物料（立牌、价签）寄到金凤店（我负责）；
2. 我方：电商部配合出一版门店扫码购的二维码页面，6月10日前（何蕾）；
3. 对方：白经理提供门店周销量数据，每周一发我们，首次6月8日。

三、其他
白经理提出7月想做一场试吃活动，这次没定，下次再议。

丁文博
销售部
"""
    raw = mk("A", "netease", "丁文博", ["马海东"], "塞上优品金凤店拜访沟通情况（6月3日）", "2026-06-03 21:40:12 +0800",
             text, None, cc=["何蕾", "白玉兰", BOT_A], cs="GBK")
    items = [It("丁文博", "把端头陈列物料（立牌、价签）寄到金凤店", "abs:2026-06-06", "2026-06-06"),
             It("何蕾", "出一版门店扫码购的二维码页面", "abs:2026-06-10", "2026-06-10"),
             It("白玉兰", "提供门店周销量数据（每周一发，首次6月8日）", "abs:2026-06-08", "2026-06-08")]
    return {"raw": raw, "items": items, "fu": None,
            "notes": "Sent Wed 2026-06-03 21:40. A visit report written as minutes. 一、已完成 lines are done (not items). "
                     "二、下一步: ① '我负责' = the sender 丁文博, 6月6日前; ② '（何蕾）' owns it, 6月10日前; ③ 白经理 = 白玉兰 "
                     "(customer, Cc display name, not in roster) -> '首次6月8日' = 2026-06-08 (the first of a weekly "
                     "series). '三、其他 … 下次再议' is not an item and not a next meeting. Single text/plain part."}


# ---------------------------------------------------------------------------------------------------------------
@case(8816, "kaarna-forwarded-minutes-reassign-outlook", "minutes",
      "Outlook English 'FW:' with a preface that adds the bot and reassigns item 3 (Tina -> Howard); original minutes "
      "below 'From:/Sent:/To:/Subject:' in 'X to …' form; supplier owner via Cc; conditional item -> no_due")
def c8816():
    pre = ("Adding the minutes bot so we track these.\nHoward, item 3 is yours now - Tina is on leave until the 20th.\n\n"
           "Mikko\n\n")
    qh = ("From: Tina Liu <liuyutong@kaarna-mdj.example.cn>\nSent: Friday, June 5, 2026 6:20 PM\n"
          "To: Gao Feng <gaofeng@longjiang-hyd.example.cn>; Howard Sun <sunhao@kaarna-mdj.example.cn>\n"
          "Cc: Mikko Laaksonen <mikko.laaksonen@kaarna-mdj.example.cn>\n"
          "Subject: Minutes: Longjiang Hydraulics visit 5 June\n")
    orig = """Hi Gao Feng, Howard,

Thanks for hosting us in Harbin today. Minutes:

Attendees: Gao Feng (Longjiang Hydraulics), Howard Sun, Tina Liu (Kaarna)

1. Gao Feng to send the PPAP documents for the HV-40 valve block by 12 June.
2. Howard to arrange a trial order of 20 valve blocks after PPAP approval.
3. Tina to update the hydraulic schematic for the H6 head by Wednesday 10 June.
4. Gao Feng to confirm the lead time for the 200-bar relief valves by Tuesday.

Next call: to be agreed.

Best regards,
Tina
"""
    text = pre + "_" * 32 + "\n" + qh + "\n" + orig
    inner = ("".join("<p class=MsoNormal>%s</p>" % (esc(l) or "&nbsp;") for l in pre.split("\n"))
             + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             + "".join("<p class=MsoNormal><b>%s</b>%s</p>" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1]))
                       for l in qh.strip().split("\n")) + "</div>"
             + "".join("<p class=MsoNormal>%s</p>" % (esc(l) or "&nbsp;") for l in orig.split("\n")))
    raw = mk("B", "outlook", "Mikko Laaksonen", [("Howard Sun", L.P["孙浩"]["email"]), ("Tina Liu", L.P["刘雨桐"]["email"])],
             "FW: Minutes: Longjiang Hydraulics visit 5 June", "2026-06-08 09:12:40 +0800", text,
             outlook_html(inner, cs="utf-8", lang="EN-US"), cc=["Gao Feng", BOT_B], cs="utf-8",
             text_cte="7bit", html_cte="quoted-printable", lang="en-US")
    items = [It("Gao Feng", "send the PPAP documents for the HV-40 valve block", "abs:2026-06-12", "2026-06-12"),
             It("孙浩", "arrange a trial order of 20 valve blocks after PPAP approval"),
             It("孙浩", "update the hydraulic schematic for the H6 head", "abs:2026-06-10", "2026-06-10"),
             It("Gao Feng", "confirm the lead time for the 200-bar relief valves", "wd:1", "2026-06-09")]
    return {"raw": raw, "items": items, "fu": None,
            "notes": "Sent Mon 2026-06-08 09:12; forward of minutes first sent Fri 06-05. The items sit below the Outlook "
                     "From:/Sent: block and must not be stripped as a quote. The preface reassigns item 3 to Howard (孙浩). "
                     "Gao Feng (supplier, Cc display name) owns 1 and 4. 'by Tuesday' -> 2026-06-09 (the same from the "
                     "original Friday and from the forward's Monday). Item 2 depends on PPAP approval and has no date -> "
                     "no_due. 'Next call: to be agreed' -> no follow-up. ASCII text in a UTF-8 7bit part + HTML QP."}


# ---------------------------------------------------------------------------------------------------------------
@case(8817, "maiji-meeting-notice-coremail", "other",
      "Coremail gb2312 government 会议通知 (a notice calling a meeting, not minutes): 请于6月12日（周五）17:00前报送名单, "
      "'请石磊同志准备汇报材料' -> kind other, no items, no follow-up")
def c8817():
    text = """各股室、区交投公司：

    经局领导研究，定于2026年6月15日（周一）上午9:30在局三楼会议室召开全区交通运输领域安全隐患排查整治推进会。现将有关事项通知如下：

    一、参会人员
    局领导，各股室负责人，区交投公司分管负责人。

    二、会议议程
    1. 安全监督股通报前期隐患排查情况；
    2. 各单位汇报整改进展；
    3. 张建华局长讲话。

    三、有关要求
    1. 请各单位于6月12日（周五）17:00前将参会人员名单报局办公室（联系人：康宁，电话0938-2736105）；
    2. 请石磊同志准备汇报材料，6月12日前报蒲局审定；
    3. 参会人员不得无故缺席，确有特殊情况须向张局长请假。

麦积区交通运输局办公室
2026年6月10日
"""
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + L.paras(text, "div")
            + "</div>")
    raw = mk("C", "coremail", "康宁", ["雷鸣", "赵敏", "何军", "石磊", "吕娜", "王芸"],
             "关于召开全区交通运输领域安全隐患排查整治推进会的通知", "2026-06-10 10:30:00 +0800", text, html,
             cc=["韦国庆", "张建华", "蒲志强", BOT_C], cs="gb2312")
    return {"raw": raw, "items": [], "fu": None,
            "notes": "Sent Wed 2026-06-10. A 会议通知 announcing a meeting on 06-15, not minutes of a held meeting: kind "
                     "other. It contains deadline-shaped requests ('6月12日（周五）17:00前…报局办公室', '请石磊同志准备汇报"
                     "材料，6月12日前') and a meeting time, but the bot tracks minutes only; no items and no next_followup."}


# ---------------------------------------------------------------------------------------------------------------
@case(8818, "shanlan-tencent-meeting-ai-forwarded-exmail", "minutes",
      "Exmail UTF-8 '转发：' of a 腾讯会议 智能纪要 with a preface that reassigns 待办 3 to 萱萱; only the 待办 list counts; "
      "端午节前 -> 06-18, 节后第一个工作日 -> 06-22 (端午 06-19..21)")
def c8818():
    pre = "大家好，腾讯会议生成的纪要转一下，待办我核过了，第3条改成萱萱负责，春花配合。纪要助手请跟进。\n\n晓琳\n"
    qh = ("\n------------------ 原始邮件 ------------------\n发件人: \"腾讯会议\" <noreply@meeting.example.com>\n"
          "发送时间: 2026年6月12日(星期五) 晚上9:02\n收件人: \"符晓琳\" <fuxiaolin@shanlan-dive.example.cn>\n"
          "主题: 【腾讯会议】智能纪要：端午黄金周运营会\n")
    orig = """AI 纪要
会议主题：端午黄金周运营会
会议时间：2026/06/12 19:30-20:40

摘要
会议讨论了端午小长假的接待安排。预计6月19日至21日共接待约420人次，船潜名额已售出八成。与会者认为需提前检查全部潜水装备，并考虑在官网增加套餐预约入口。

待办事项
· 陈海波：端午节前完成所有气瓶和BCD的检查
· 吉雅：6月15日前上线端午套餐预约入口
· 羊春花：端午期间前台排班表，6月16日前
· 黎明辉：节后第一个工作日安排空调系统维保

纪要由腾讯会议AI生成，仅供参考
"""
    text = pre + qh + "\n" + orig
    html = ('<div style="font-family:微软雅黑;font-size:14px">' + L.paras(pre, "div")
            + '<div style="font-size:12px;background:#efefef;padding:8px">' + L.paras(qh.strip(), "div") + "</div>"
            + L.paras(orig, "div") + "</div>")
    raw = mk("D", "exmail", "符晓琳", ["陈海波", "吉雅", "羊春花", "黎明辉", "王梓萱"],
             "转发：【腾讯会议】智能纪要：端午黄金周运营会", "2026-06-12 22:05:00 +0800", text, html, cc=[BOT_D])
    items = [It("陈海波", "完成所有气瓶和BCD的检查", "prehol:2026-06-19", "2026-06-18"),
             It("吉雅", "上线端午套餐预约入口", "abs:2026-06-15", "2026-06-15"),
             It("王梓萱", "端午期间前台排班表", "abs:2026-06-16", "2026-06-16"),
             It("黎明辉", "安排空调系统维保", "posthol:2026-06-19", "2026-06-22")]
    return {"raw": raw, "items": items, "fu": None,
            "notes": "Sent Fri 2026-06-12 22:05; forward of a Tencent Meeting AI summary. Only 待办事项 are items; the "
                     "摘要 ('需提前检查…', '考虑…增加套餐预约入口') is narrative. The preface reassigns 待办 3 from 羊春花 to "
                     "萱萱 = 王梓萱 (春花 only supports). '端午节前' -> last working day before 06-19..06-21 = Thu "
                     "2026-06-18; '节后第一个工作日' -> Mon 2026-06-22. The quoted header block must not hide the content."}
