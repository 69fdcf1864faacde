"""Cases 8825-8830."""
import h60_lib as L
from h60_lib import It, Fu, case, esc, table
from h60_clients import mk, gmail_html, outlook_html, o_p, simple_html

BOT_A, BOT_B, BOT_C, BOT_D = (L.BOTS[k] for k in "ABCD")


# ---------------------------------------------------------------------------------------------------------------
@case(8825, "shanlan-vacation-autoreply-no-header-exmail", "auto",
      "Exmail vacation auto-reply to a bot recap with NO Auto-Submitted/Precedence header: only the '自动回复：' subject "
      "and the body's '这是一封自动回复邮件' mark it; dates and a delegate in the body")
def c8825():
    text = ("您好！\n\n我于6月24日至6月30日休年假，期间无法及时处理邮件。潜水中心紧急事务请联系符晓琳（运营部），"
            "教练排班请联系羊春花。7月1日返岗后我会尽快回复您。\n\n这是一封自动回复邮件。\n\n陈海波\n潜水中心\n")
    html = '<div style="font-size:14px">' + L.paras(text, "div") + "</div>"
    raw = mk("D", "exmail", "陈海波", [L.BOTS["D"]], "自动回复：Re: 【纪要确认】端午黄金周运营会（3项待办）",
             "2026-06-25 07:12:41 +0800", text, html, irt="<mb.20260612220500.8818.d1@shanlan-dive.example.cn>")
    return {"raw": raw, "items": [], "fu": None,
            "notes": "Vacation auto-reply from Exmail to the recap of 8818, written by the mail system, not by a person, "
                     "but WITHOUT Auto-Submitted, Precedence or X-Autoreply headers: the subject prefix '自动回复：' and the "
                     "sentence '这是一封自动回复邮件' are the evidence. Dates (6月24日至6月30日, 7月1日) and delegates are "
                     "not items or commands: kind auto."}


# ---------------------------------------------------------------------------------------------------------------
PDF_8826 = [
    "#麦积区交通运输局 会议纪要",
    "第12期                                  麦积区交通运输局办公室  2026年7月1日",
    "",
    "2026年6月30日下午，蒲志强副局长主持召开上半年交通项目建设推进会，听取各股室项目进展汇报，",
    "研究部署下半年重点工作。现将会议议定事项纪要如下：",
    "",
    "一、关于项目进度",
    "一是规划建设股要加快G310线安防工程建设，确保7月31日前完成主体施工。责任人：雷鸣。",
    "二是公路管理股要督促各乡镇完成农村公路危桥改造前期工作。责任单位：公路管理股；完成时限：8月中旬。",
    "二、关于资金保障",
    "三是财务股要在7月15日前完成上半年项目资金执行情况分析，报局党组。责任人：吕娜。",
    "三、关于安全生产",
    "会议强调，汛期各项目施工单位要严格落实安全措施，上半年已完工的5个项目要做好交工验收资料归档。",
    "",
    "出席：蒲志强  王芸  雷鸣  赵敏  何军  石磊  吕娜",
    "记录：康宁",
]


@case(8826, "maiji-pdf-minutes-coremail", "minutes",
      "Coremail (GBK) mail whose minutes are only in a PDF attachment (reportlab, CID font): 一是/二是/三是 with "
      "责任人/责任单位/完成时限; '8月中旬' -> vague; 会议强调 not an item")
def c8826():
    data = L.make_pdf(PDF_8826, "麦积区交通运输局会议纪要第12期", "王芸")
    text = "各股室：\n\n    上半年交通项目建设推进会会议纪要（第12期）已盖章，见附件PDF，请按分工抓好落实。\n\n办公室 王芸\n"
    html = '<div style="line-height:1.7;font-size:14px">' + L.paras(text, "div") + "</div>"
    raw = mk("C", "coremail", "王芸", ["雷鸣", "赵敏", "吕娜"], "【纪要】上半年交通项目建设推进会会议纪要（第12期）",
             "2026-07-01 16:00:00 +0800", text, html, cc=["蒲志强", "何军", "石磊", BOT_C], cs="GBK",
             attach=[("application/pdf", "第12期会议纪要.pdf", data)])
    items = [It("雷鸣", "完成G310线安防工程主体施工", "abs:2026-07-31", "2026-07-31"),
             It(None, "督促各乡镇完成农村公路危桥改造前期工作", "vague", dept="公路管理股"),
             It("吕娜", "完成上半年项目资金执行情况分析，报局党组", "abs:2026-07-15", "2026-07-15")]
    return {"raw": raw, "items": items, "fu": None, "attach_has": ["7月31日前完成主体施工", "责任人：吕娜"],
            "notes": "Sent Wed 2026-07-01. The body only points to the PDF; the items are in it. 一是 雷鸣 '7月31日前' -> "
                     "2026-07-31. 二是 责任单位 公路管理股 (a unit) -> no_owner, department 公路管理股; '8月中旬' -> null + "
                     "vague_due (corpus convention for 中旬). 三是 吕娜 '7月15日前' -> 2026-07-15. '会议强调…' and the "
                     "归档 remark are standing requirements. No next meeting."}


# ---------------------------------------------------------------------------------------------------------------
@case(8827, "qiyuan-by-department-subtasks-wrapped-outlook", "minutes",
      "Outlook gb2312 text+HTML grouped by department with the person in brackets, ①② sub-tasks, an item hard-wrapped "
      "onto a second line, 明天下班前, 月底前, 待定, '即日执行' rule; next meeting '下周一同一时间'")
def c8827():
    text = """各位：

7月6日鲜果季生产经营例会纪要如下。
会议时间：7月6日（周一）16:00-17:20  地点：三楼会议室

一、生产部（田经理）
①鲜果烘干线7月8日起两班倒，排班表明天下班前发人事
②冷库温度记录改为每4小时一次，即日执行

二、品控部（苏主管）
①鲜果收购质量分级标准培训，覆盖宁安、恩和两个收购点全部收购员，
  7月10日（周五）前完成

三、电商部（何蕾）
①7月大促选品清单，月底前定稿
②抖店直播间的新品试吃装链接，上线时间待定

四、财务部（韩会计）
①6月鲜果收购款结算，7月8日前付清

下次例会：下周一同一时间。

杨晓燕
总经办
"""
    inner = "".join(o_p(l) for l in text.split("\n"))
    raw = mk("A", "outlook", "杨晓燕", ["田国栋", "苏婷", "何蕾", "韩雪梅"], "7月6日 鲜果季生产经营例会纪要",
             "2026-07-06 18:30:00 +0800", text, outlook_html(inner), cc=["马海东", BOT_A], cs="gb2312")
    items = [It("田国栋", "烘干线两班倒排班表发人事", "days:1", "2026-07-07"),
             It("苏婷", "鲜果收购质量分级标准培训，覆盖宁安、恩和两个收购点全部收购员", "abs:2026-07-10", "2026-07-10"),
             It("何蕾", "7月大促选品清单定稿", "mend", "2026-07-31"),
             It("何蕾", "抖店直播间的新品试吃装链接上线", "vague"),
             It("韩雪梅", "6月鲜果收购款结算付清", "abs:2026-07-08", "2026-07-08")]
    return {"raw": raw, "items": items, "fu": Fu("nw:0", "2026-07-13", "16:00"),
            "notes": "Sent Mon 2026-07-06 18:30. Grouped by department, the person in brackets owns its ① ② lines (田经理 "
                     "= 田国栋, 苏主管 = 苏婷, 韩会计 = 韩雪梅). 生产部② '冷库温度记录改为每4小时一次，即日执行' is a rule "
                     "change, not an item ('7月8日起两班倒' is a start date, the item is the roster '明天下班前' -> "
                     "2026-07-07, no time). 品控部① is wrapped onto a second line: one item due 2026-07-10. '月底前' -> "
                     "2026-07-31; '上线时间待定' -> vague_due. '下次例会：下周一同一时间' -> 2026-07-13 at the stated 16:00."}


# ---------------------------------------------------------------------------------------------------------------
@case(8828, "kaarna-move-review-request-iphone", "other",
      "iPhone Mail English (QP, 'Sent from my iPhone'): a person asking to move a review to Wednesday 15 July and for "
      "numbers 'before then' -> kind other, no items, no follow-up")
def c8828():
    text = ("Hi Aino,\n\nCould we move Tuesday's H6 review to Wednesday 15 July, same time? Spring is at the customer "
            "audit on Tuesday.\nAlso, can you send me the updated field-return numbers before then?\n\nThanks,\nMikko\n\n"
            "Sent from my iPhone\n")
    raw = mk("B", "iphone", "Mikko Laaksonen", ["Aino Virtanen"], "H6 review - move to Wed?", "2026-07-09 14:22:10 +0800",
             text, None, cc=[("Spring Zhao", L.P["赵春燕"]["email"]), BOT_B])
    return {"raw": raw, "items": [], "fu": None,
            "notes": "Sent Thu 2026-07-09 from an iPhone. A person-to-person rescheduling request with a small ask; the bot "
                     "is in Cc. Not minutes: kind other, no items, no next_followup (the proposed date is not agreed)."}


# ---------------------------------------------------------------------------------------------------------------
@case(8829, "shanlan-at-mentions-weekly-wecom", "minutes",
      "WeCom UTF-8 (text+HTML) support weekly with '@name' after the issue text; 今天下班前, 明天中午12点前, '7/20 前', "
      "'时间看他安排' (no date, AMBIGUOUS); next meeting '下周三同一时间' from the 时间 line")
def c8829():
    text = """时间：7月15日（周三）14:30-15:30
参加：吉雅、羊春花、王梓萱、陈海波
记录：吉雅

1. 暑期亲子潜水套餐咨询量大，客服话术需要更新 @羊春花 今天下班前把新版话术发群里
2. 差评回复超过48小时的有5条 @吉雅 明天中午12点前全部回复完
3. 小红书上的课程价格和前台不一致 @王梓萱 7/20 前统一
4. 体验潜水的年龄限制说明 @陈海波 出一版说明文字，时间看他安排

下次周会：下周三同一时间

吉雅
"""
    html = ('<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px">' + L.paras(text, "div")
            .replace("@", '<span style="color:#1a73e8">@</span>') + "</div>")
    raw = mk("D", "wecom", "吉雅", ["羊春花", "王梓萱", "陈海波"], "客服周会纪要 7.15", "2026-07-15 17:20:00 +0800", text,
             html, cc=["符晓琳", BOT_D])
    items = [It("羊春花", "把新版话术发群里", "today", "2026-07-15"),
             It("吉雅", "差评全部回复完", "days:1", "2026-07-16", time="12:00"),
             It("王梓萱", "统一小红书课程价格与前台价格", "abs:2026-07-20", "2026-07-20"),
             It("陈海波", "出一版体验潜水年龄限制说明文字")]
    return {"raw": raw, "items": items, "fu": Fu("nw:2", "2026-07-22", "14:30"),
            "notes": "Sent Wed 2026-07-15 17:20. Each line: issue, then '@name' and the task. '今天下班前' -> 2026-07-15, no "
                     "time; '明天中午12点前' -> 2026-07-16 12:00; '7/20 前' -> 2026-07-20. AMBIGUOUS: '时间看他安排' "
                     "explicitly leaves the date to the owner -> no date, flag no_due (some readers would say vague_due). "
                     "'超过48小时' is a fact. '下次周会：下周三同一时间' -> 2026-07-22 14:30 (time from the 时间 line)."}


# ---------------------------------------------------------------------------------------------------------------
@case(8830, "maiji-forward-to-soe-preface-outlook-utf8", "minutes",
      "Outlook UTF-8 '转发:' by the 局长 to the SOE with a preface; original minutes (sent Fri) below Outlook's "
      "发件人/发送时间 block: '（韦国庆）' owner after the sentence, 国庆节前 -> 09-30, unit-only 配合 line, next meeting")
def c8830():
    pre = "国庆同志：\n\n    上周五协调会纪要转你，涉及交投公司的第二、三项请抓紧办，办结后报雷鸣。\n\n张建华\n"
    qh = ("发件人: 雷鸣 <leiming@tsmjjt.example.gov.cn>\n发送时间: 2026年7月17日 17:40\n"
          "收件人: 张建华 <zhangjianhua@tsmjjt.example.gov.cn>; 蒲志强 <puzhiqiang@tsmjjt.example.gov.cn>\n"
          "主题: 麦积山景区道路提升工程协调会纪要\n")
    orig = """各位领导：

麦积山景区道路提升工程协调会纪要
时间：7月17日（周五）上午10:00  地点：局三楼会议室

一、规划建设股（雷鸣）7月24日前完成景区道路提升工程初步设计审查意见汇总。
二、区交投公司7月底前完成施工单位进场前的交通导改方案，报局审定。（韦国庆）
三、区交投公司会同景区管委会，国庆节前完成停车场扩建工程。（韦国庆）
四、公路管理股配合做好施工期间路政巡查。

下次协调会：8月7日（周五）上午10:00。

雷鸣
"""
    text = pre + "\n" + qh + "\n" + orig
    inner = ("".join(o_p(l) for l in pre.split("\n"))
             + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             + "".join(o_p(l) for l in qh.split("\n")) + "</div>" + "".join(o_p(l) for l in orig.split("\n")))
    raw = mk("C", "outlook", "张建华", ["韦国庆"], "转发: 麦积山景区道路提升工程协调会纪要", "2026-07-20 08:50:00 +0800",
             text, outlook_html(inner, cs="utf-8"), cc=["蒲志强", "雷鸣", BOT_C], cs="utf-8",
             text_cte="quoted-printable", html_cte="quoted-printable")
    items = [It("雷鸣", "完成景区道路提升工程初步设计审查意见汇总", "abs:2026-07-24", "2026-07-24"),
             It("韦国庆", "完成施工单位进场前的交通导改方案，报局审定", "abs:2026-07-31", "2026-07-31"),
             It("韦国庆", "会同景区管委会完成停车场扩建工程", "prehol:2026-10-01", "2026-09-30"),
             It(None, "配合做好施工期间路政巡查", None, dept="公路管理股")]
    return {"raw": raw, "items": items, "fu": Fu("abs:2026-08-07", "2026-08-07", "10:00"),
            "notes": "Sent Mon 2026-07-20 08:50, a forward with a preface by 张局 (= 张建华); the minutes sit below the "
                     "发件人/发送时间 block and must not be dropped as a quote. 一 雷鸣 7月24日前. 二/三 are the SOE's, owner "
                     "'（韦国庆）' written after the sentence (To display name, not in roster). '7月底前' -> 2026-07-31. "
                     "'国庆节前' -> last working day before National Day (10-01..10-07) = Wed 2026-09-30. 四 is a unit-only "
                     "supporting duty with no date -> no_owner + no_due, department 公路管理股. Next 协调会 8月7日（周五）"
                     "上午10:00 -> 2026-08-07 10:00."}
