"""heldout59 cases 8718-8722 (定西陇薯淀粉)."""
from h59_base import BOT, E, P, case, esc, html_lines, html_table, it, nf
from h59_mime import addr, addrs, ew, message, multipart, received, text_part

LD = "longshu-starch.example.cn"


def base_hs(frm, to, cc, subj, date, mid, host, ip, cs="utf-8", quote=False):
    return ["Return-Path: <%s>" % E(frm), "Delivered-To: %s" % BOT["ls"],
            received("mx.%s" % LD, host, ip, date + " (CST)", "4Z" + mid[:10], BOT["ls"]),
            "Date: " + date,
            "From: " + addr(frm, E(frm), cs),
            "To: " + addrs([P(n) for n in to], cs),
            "Cc: " + addrs([P(n) for n in cc] + [("纪要助手", BOT["ls"])], cs),
            "Subject: " + ew(subj, cs),
            "Message-ID: <%s>" % mid]


def c8718():
    date = "Thu, 9 Jul 2026 16:45:03 +0800"
    pre = "各位：钉钉闪记自动生成的调度会纪要转发大家，分工以“待办事项”为准。\n下次调度会：8月6日（周四）下午2点。\n\n何文博 综合办\n"
    ai = """【钉钉闪记 · AI纪要】
会议主题：7月经营调度会
会议时间：2026-07-09 14:00-15:35
参会人：贾永强、车丽娟、苟天明、牛晓峰、魏红梅、包志刚、祁燕

会议摘要
本次会议讨论了新薯收购准备、二号线检修、销售回款和8月资金安排。贾永强要求8月新薯上市前完成收购点布设和收购价格方案；包志刚建议二号线停线检修3天；祁燕提示8月资金缺口约600万元。

发言人观点
贾永强：今年新薯收购价格要提前跟合作社谈，8月10号之前定下来，收购点比去年多设两个。
苟天明：收购点计划设7个，磅秤要在开秤前全部校准，我下周把合作社走一遍。
包志刚：二号线刨丝机轴承磨损严重，建议7月15日到17日停线检修。
魏红梅：兰州那家粉条厂的货款还欠着22万，这周再去催。
祁燕：8月资金缺口约600万，需要提前和农商行沟通。

待办事项
1. 苟天明：完成7个收购点磅秤校准，截止7月24日
2. 包志刚：二号线刨丝机停线检修（7月15日—17日），完成后报车经理
3. 祁燕：与农商行沟通600万元流动资金贷款，下周五前
4. 贾永强：新薯收购价格方案定稿，8月10日前
5. 魏红梅：跟进兰州客户22万元淀粉货款回款，尽快

以上内容由AI生成，仅供参考"""
    text = pre + "\n" + ai + "\n"
    html = ('<html><head><meta charset="UTF-8"></head><body><div style="font-size:14px;font-family:PingFang SC,'
            'Microsoft YaHei">' + html_lines(pre) + '<div style="background:#f5f6f7;border-radius:6px;padding:12px 16px;'
            'margin-top:10px">' + html_lines(ai, tag="p") + '</div></div></body></html>')
    alt = multipart("alternative", "----=ALIBOUNDARY_57114_7f2e5a1c_66b0d3e2_3a8c",
                    [text_part(text, "plain", "UTF-8", "base64"), text_part(html, "html", "UTF-8", "base64")])
    hs = base_hs("何文博", ["贾永强", "车丽娟", "苟天明", "牛晓峰", "魏红梅", "包志刚", "祁燕"], [], "【钉钉闪记】7月经营调度会 AI纪要",
                 date, "2f7b5c91-3e0a-4d28-b6f4-8c1a9e72d305.1783586703@%s" % LD, "out30-118.mail.aliyun.example.com",
                 "115.124.30.118")
    hs += ["MIME-Version: 1.0", "X-Mailer: DingTalk Mail", "X-Priority: 3",
           "X-Alimail-AntiSpam: AC=PASS;BC=-1|-1;BR=01201311R141e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;HT=maildocker-contentspam033045220184;MF=hewb@longshu-starch.example.cn;NM=1;PH=DS;RN=8;SR=0;TI=SMTPD_---0WQz7abc_1783586703;"]
    items = [
        it("苟天明", "完成7个收购点磅秤校准", "2026-07-24", "md:7-24"),
        it("包志刚", "二号线刨丝机停线检修，完成后报车经理", "2026-07-17", "md:7-17"),
        it("祁燕", "与农商行沟通600万元流动资金贷款", "2026-07-17", "nwk:4"),
        it("贾永强", "新薯收购价格方案定稿", "2026-08-10", "md:8-10"),
        it("魏红梅", "跟进兰州客户22万元淀粉货款回款", None, None, flags=["vague_due"]),
    ]
    notes = ("DingTalk Mail forward of a 钉钉闪记 AI纪要 (会议摘要/发言人观点/待办事项), UTF-8 base64, sent Thu 2026-07-09. Only "
             "待办事项 count; 发言人观点 repeat or add promises ('我下周把合作社走一遍', '这周再去催') that are not 待办. #2 "
             "'（7月15日—17日）' is a window: due at its end, 2026-07-17. #3 '下周五前' -> 07-17. #5 '尽快' -> vague_due. The "
             "preface gives the next meeting: 8月6日（周四）下午2点 -> 2026-08-06 14:00.")
    return case(8718, "ls-dingtalk-ai-minutes", "minutes", message(hs, alt, mime_version=False), items,
                nf("2026-08-06", "14:00", "md:8-6"), notes,
                "DingTalk Mail + 钉钉闪记 AI纪要: only 待办事项 count (发言人观点 promises ignored), date window '7月15日—17日' -> end, 尽快, next meeting in the preface")


def c8719():
    date = "Fri, 22 May 2026 17:10:44 +0800"
    head = ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
            "实际完成时间", "进展情况", "风险点及应对措施"]
    rows = [head,
            ["1", "新薯储藏窖通风改造", "生产部", "设备科", "车丽娟", "包志刚", "2026-05-06", "2026-05-20", "2026-05-21",
             "已完成（延期1天，风机到货晚）", "—"],
            ["2", "粉丝车间SC证换证资料", "品管部", "综合办", "牛晓峰", "何文博", "2026-05-11", "2026-06-05", "-",
             "进行中（已完成60%）", "检验报告需外送，已预约市检测所"],
            ["3", "淀粉包装袋供应商更换", "采购部", "品管部", "苟天明", "牛晓峰", "2026-05-18", "2026-06-12", "-", "进行中",
             "新供应商样品5月28日到，到货后品管部3天内出检测结论"],
            ["4", "污水处理站在线监测数据异常排查", "设备科", "品管部", "包志刚", "牛晓峰", "2026-05-20", "待定", "-",
             "进行中", "等厂家工程师上门"],
            ["5", "端午节员工福利采购", "综合办", "财务部", "何文博", "祁燕", "2026-05-25", "端午节前", "-", "未开始", "—"]]
    intro = "各位：\n\n本周《跨部门协作事项跟踪表》更新如下，请各责任人核对，有变化周一前告诉我。\n"
    outro = "\n车丽娟\n生产部\n"
    text = intro + "\n" + "\n".join(" | ".join(r) for r in rows) + "\n" + outro
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' + html_lines(intro)
            + html_table(rows, attrs='style="border-collapse:collapse;font-size:12px" width="100%"')
            + html_lines(outro) + '</div></body></html>')
    alt = multipart("alternative", "----=_Part_201944_1587396251.1779441044716",
                    [text_part(text, "plain", "UTF-8", "quoted-printable"),
                     text_part(html, "html", "UTF-8", "quoted-printable")])
    hs = base_hs("车丽娟", ["牛晓峰", "苟天明", "包志刚", "何文博", "祁燕"], ["贾永强"], "跨部门协作事项跟踪表（5月22日更新）",
                 date, "71c2b3a4.4d1e.19cfa3b72f0.Coremail.chelj@%s" % LD, "chelj$%s ( [10.10.3.15] )" % LD, "10.10.3.15")
    hs += ["X-Priority: 3", "X-Mailer: Coremail Webmail Server Version 2023.3-cmXT5 build 20240603(a1b2c3d4)",
           "MIME-Version: 1.0", "X-Coremail-Locale: zh_CN", "X-CM-TRANSID:OMCowAB3rz8jvG5q5T8AAA--.6121S2"]
    items = [
        it("牛晓峰", "粉丝车间SC证换证资料", "2026-06-05", "abs:2026-06-05"),
        it("苟天明", "淀粉包装袋供应商更换", "2026-06-12", "abs:2026-06-12"),
        it("包志刚", "污水处理站在线监测数据异常排查", None, None, flags=["vague_due"]),
        it("何文博", "端午节员工福利采购", "2026-06-18", "beforehol"),
    ]
    notes = ("Coremail (UTF-8 QP) weekly update of the seed 跨部门协作事项跟踪表 with all eleven seed columns, sent Fri "
             "2026-05-22. Row 1 is 已完成 (实际完成时间 filled) -> not an item. Each open row is owned by 责任人（发起方）; the "
             "协作方 person supports (AMBIGUOUS only in that a reader might add them; gold does not). Row 3's 风险点 "
             "'到货后品管部3天内出检测结论' is a risk note, not a separate item. Row 4 计划完成时间 '待定' -> vague_due. Row 5 "
             "'端午节前' -> 2026-06-18. The cover line '有变化周一前告诉我' is a request to all, not an item. No next meeting.")
    return case(8719, "ls-seed-collab-tracking-table-coremail", "minutes", message(hs, alt, mime_version=False), items, None,
                notes, "Coremail seed 跨部门协作事项跟踪表 (11 columns): 已完成 row skipped, owner = 责任人（发起方）, 待定, 端午节前, risk-column sentence not an item")


def c8720():
    date = "Wed, 22 Apr 2026 15:32:18 +0800"
    head = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈",
            "解决方案/进展", "下次沟通时间", "负责人"]
    rows = [head,
            ["EC2026-04-21", "2026-04-21", "安定区马铃薯种植专业合作社/李社长", "采购部/苟主管", "供应商",
             "合作社希望今年订单收购保底价由每斤0.68元上调到0.75元，并要求预付20%定金",
             "①与贾总确认保底价方案（4月24日前）②起草2026年订单收购合同（4月30日前，品管部牛工配合质量条款）", "2026-04-28", "苟主管"],
            ["EC2026-04-22", "2026-04-22", "兰州金城包装/张经理", "采购部/苟主管", "供应商",
             "编织袋报价上涨8%，称原料PP价格上涨",
             "①索取近三个月原料价格依据（本周内）②另找3家比价（5月8日前，祁会计配合核算成本）", "2026-05-08", "苟主管"]]
    intro = "贾总、各位：\n\n本周两次外部沟通情况按《外部沟通跟进表》整理如下：\n"
    outro = "\n苟天明\n采购部\n"
    text = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + outro
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><meta name=Generator '
            'content="Microsoft Word 15 (filtered medium)"></head><body lang=ZH-CN><div class=WordSection1>\n'
            + html_lines(intro, outlook=True) + "\n" + html_table(rows, attrs="class=MsoTableGrid") + "\n"
            + html_lines(outro, outlook=True) + "\n</div></body></html>")
    alt = multipart("alternative", "----=_NextPart_000_0023_01DCD25C.9F1A2B40",
                    [text_part(text, "plain", "gb2312", "base64", crlf=True),
                     text_part(html, "html", "gb2312", "quoted-printable", crlf=True)])
    root = multipart("mixed", "----=_NextPart_000_0022_01DCD25C.9F1A2B40", [alt],
                     preamble="This is a multipart message in MIME format.")
    hs = base_hs("苟天明", ["贾永强"], ["牛晓峰", "祁燕"], "外部沟通跟进表（合作社、包装袋供应商）", date,
                 "002201dcd25c$9f1a2b40$dd4e81c0$@%s" % LD, "GOUTM-PC", "10.10.3.42", "gb2312")
    hs += ["MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdzSXJ8aK0DdToHAQ1aE7mV0jW2y3g==",
           "Content-Language: zh-cn"]
    items = [
        it("苟天明", "与贾总确认保底价方案", "2026-04-24", "md:4-24"),
        it("苟天明", "起草2026年订单收购合同", "2026-04-30", "md:4-30"),
        it("苟天明", "索取近三个月原料价格依据", "2026-04-26", "eow"),
        it("苟天明", "另找3家比价", "2026-05-08", "md:5-8"),
    ]
    notes = ("Outlook zh-CN gb2312 (plain base64 + HTML QP inside multipart/mixed without attachment) 外部沟通跟进表 from the seed, "
             "two supplier rows, sent Wed 2026-04-22. ①② inside 解决方案/进展 name no person, so the row's 负责人 苟主管 (= 苟天明) "
             "owns them; '品管部牛工配合'/'祁会计配合' are support. '（本周内）' -> Sun 2026-04-26; 4月30日前 -> 04-30 (eve of May "
             "Day); 5月8日前 -> 05-08. The 核心需求 column (0.75元, 20%定金, 8%) is the counterpart's request, not ours. "
             "AMBIGUOUS next_followup: the rows give 2026-04-28 and 2026-05-08; gold takes the earliest, 2026-04-28.")
    return case(8720, "ls-seed-external-followup-outlook-gb2312", "minutes", message(hs, root, mime_version=False), items,
                nf("2026-04-28", None, "md:4-28"), notes,
                "Outlook gb2312 seed 外部沟通跟进表 (two rows): ①② without names owned by row 负责人 title alias, 本周内, 配合 not owners, two 下次沟通时间 (AMBIGUOUS, earliest)")


def c8721():
    date = "Fri, 26 Jun 2026 17:40:29 +0800"
    text = """销售部周例会纪要（6.26）

一、本周完成情况
1. 兰州客户淀粉货款38万元已全部回款（魏红梅）
2. 西安食品博览会参展报名已完成，展位号B2-117
3. 新包装样袋已寄给3家重点客户

二、存在问题
天水客户反映6月第二批粉丝断条率偏高，已转品管部。

三、下周工作安排
1. 魏红梅：走访定西本地3家粉条厂，摸清下半年淀粉用量，7月3日前
2. 销售部全员：更新CRM客户档案，周三前
3. 品管部牛晓峰配合：出具新包装袋跌落测试报告，下周二
4. 魏红梅：和祁会计核对上半年应收账款，月底前

下周五下午4点例会照常。

魏红梅
销售部


发自网易邮箱大师"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family:微软雅黑;font-size:14px">' + html_lines(text) + '</div></body></html>')
    alt = multipart("alternative", "----=_Part_87231_611938205.1782466829512",
                    [text_part(text, "plain", "UTF-8", "base64"), text_part(html, "html", "UTF-8", "base64")])
    hs = base_hs("魏红梅", ["贾永强"], ["牛晓峰", "祁燕"], "销售部周例会纪要（6.26）", date,
                 "6b9a1d5e.2c7f.19e5f0a8d3b.Coremail.weihm@%s" % LD, "m13-72.mail.qiye.netease.example.net", "220.181.13.72")
    hs += ["MIME-Version: 1.0", "X-Mailer: NetEase MailMaster 6.2.7.2451", "X-Priority: 3",
           "X-CM-TRANSID: _____wD3Xy9NUp5qG_8AAA--.11532S2"]
    items = [
        it("魏红梅", "走访定西本地3家粉条厂，摸清下半年淀粉用量", "2026-07-03", "md:7-3"),
        it(None, "更新CRM客户档案", "2026-07-01", "wk:2", dept="销售部"),
        it("牛晓峰", "出具新包装袋跌落测试报告", "2026-06-30", "nwk:1"),
        it("魏红梅", "和祁会计核对上半年应收账款", "2026-06-30", "me"),
    ]
    notes = ("NetEase MailMaster (UTF-8 base64, '发自网易邮箱大师' footer) weekly minutes, sent Fri 2026-06-26. '一、本周完成情况' "
             "reports finished work (one even names 魏红梅) -> not items; '二、存在问题' is a fact. 下周工作安排: '销售部全员' is "
             "the whole department -> owner null, department 销售部, no_owner; '周三前' -> Wed 2026-07-01; '品管部牛晓峰配合："
             "出具…' names 牛晓峰 as the one who delivers -> owner 牛晓峰, '下周二' -> 06-30; '月底前' -> 06-30. Next: '下周五下午"
             "4点例会照常' -> 2026-07-03 16:00.")
    return case(8721, "ls-done-report-and-next-week-mailmaster", "minutes", message(hs, alt, mime_version=False), items,
                nf("2026-07-03", "16:00", "nwk:4"), notes,
                "MailMaster weekly minutes: '本周完成情况' reports (not items) vs '下周工作安排'; 全员 -> dept no_owner; '牛晓峰配合：' still the owner; next meeting as a sentence")


def c8722():
    date = "Thu, 18 Jun 2026 16:05:57 +0800"
    text = """各位：

今天下午端午节前生产安排会纪要如下：

一、节日期间（6月19日—21日）二号线停产检修，包志刚负责，节后第一个工作日早8点前恢复生产。
二、节日值班表今天下班前发到工作群（何文博）。
三、牛晓峰：节后第一批新薯原料抽检方案，6月23日前交车经理。
四、苟天明：2个工作日内与三家合作社确认7月收购量。
五、节日期间安全巡查每天两次，值班人员做好记录。

节后生产调度会定在下周三同一时间（下午2点半），地点不变。

车丽娟
生产部"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px">' + html_lines(text)
            + '</div><div style="color:#b2b2b2;font-size:12px">— 来自企业微信邮件</div></body></html>')
    alt = multipart("alternative", "----=_NextPart_1750233957_8F2A4C61",
                    [text_part(text, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")])
    hs = base_hs("车丽娟", ["包志刚", "何文博", "牛晓峰", "苟天明"], ["贾永强"], "端午节前生产安排会纪要", date,
                 "tencent_4C8B2E7A1D6F3905B2E8A7C1@wework.tencent.example.net", "smtpbg.wework.example.net", "43.163.197.25")
    hs += ["MIME-Version: 1.0", "X-QQ-mid: wework1750233957t8f2a4c61", "X-Mailer: WeCom Mail 4.1.38",
           "X-QQ-SSF: 00400000000000F0", "X-Priority: 3"]
    items = [
        it("包志刚", "二号线节日期间停产检修，恢复生产", "2026-06-22", "afterhol", time="08:00"),
        it("何文博", "节日值班表发到工作群", "2026-06-18", "today"),
        it("牛晓峰", "节后第一批新薯原料抽检方案交车经理", "2026-06-23", "md:6-23"),
        it("苟天明", "与三家合作社确认7月收购量", "2026-06-23", "wd:2"),
    ]
    notes = ("WeCom (企业微信) mail, UTF-8 base64, sent Thu 2026-06-18, the last working day before 端午 (06-19..21). 一: "
             "'节后第一个工作日早8点前' -> 2026-06-22 08:00. 二: owner in trailing brackets '（何文博）', '今天下班前' -> 06-18, no "
             "time. 四: '2个工作日内' skips the holiday: 06-22, 06-23 -> 2026-06-23. 五 is a standing safety rule, not an item. "
             "Next: '下周三同一时间（下午2点半）' -> 2026-06-24 14:30.")
    return case(8722, "ls-dragon-boat-eve-wecom", "minutes", message(hs, alt, mime_version=False), items,
                nf("2026-06-24", "14:30", "nwk:2"), notes,
                "WeCom mail on 端午 eve: 节后第一个工作日早8点前 (date+time), 2个工作日内 over the holiday, owner in trailing brackets, standing rule, '下周三同一时间（下午2点半）'")


CASES = [c8718, c8719, c8720, c8721, c8722]
