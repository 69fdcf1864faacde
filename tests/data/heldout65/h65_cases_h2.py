"""heldout65 cases 9306-9309: 荆州湖乡藕业 (chat, out-of-office, .docx tracking table, forwarded minutes)."""
from h65_lib import (I, F, T, case, rfc_date, addr, addrs, ew, leaf, multi, message, deliver, msgid_outlook,
                     thread_index, outlook_html, mso_p, html_paras, hx, esc, make_docx, attachment)
from h65_roster import who, bot

DOM = "huxiang-ou.example.cn"
BOT = bot("H")


@case(9306, "h-exmail-other-visit-reschedule", "other",
      "Exmail person-to-person chat (bot in Cc by autocomplete): a visit moved to 周四下午2点 and a sample promised "
      "for 明天上午 — requests and times, but no minutes -> other")
def c9306():
    t = T("2026-05-26 11:47:19")
    txt = ("熊总，\n\n刘芸那边说周三上午他们临时要开采购会，拜访改到周四下午2点了，您看时间行不行？\n"
           "礼盒样品我明天上午备好，放您办公室，另外卤藕的新包装也带两盒过去。\n\n程佳\n")
    html = "<div>" + "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in txt.rstrip().split("\n")) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", txt, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 f"----=_NextPart_6A14{hx(9306, 4).upper()}_0B5C2E10_{hx(93061, 8).upper()}")
    hdr = deliver(BOT[1], who("程佳")[1], t, 9306, "smtpbg512.exmail-relay.example.net", "203.205.250.112") + [
        ("X-QQ-mid", "bizesmtp" + hx(9306, 12)), ("From", addr("程佳", "utf-8")), ("To", addr("熊志刚", "utf-8")),
        ("Cc", addr(BOT, "utf-8")), ("Subject", ew("湘客隆拜访改到周四下午", "utf-8")), ("Mime-Version", "1.0"),
        ("Date", rfc_date(t)), ("Message-ID", f"<tencent_{hx(9306, 24).upper()}@exmail-relay.example.net>"),
        ("X-Priority", "3"), ("X-Mailer", "QQMail 2.x")]
    return {"eml": message(hdr, body),
            "notes": "A chat mail between two people about rescheduling a customer visit; the bot sits in Cc by "
                     "autocomplete. '周四下午2点' is a visit time and '明天上午备好' a personal promise, not minutes: kind "
                     "other, no items, no follow-up."}


@case(9307, "h-exmail-auto-ooo-no-autosubmitted", "auto",
      "Exmail out-of-office to a bot recap with NO Auto-Submitted header: only the '自动回复:' subject, In-Reply-To "
      "and the 'this is an automatic reply' body tell; body full of 端午 dates and a delegate")
def c9307():
    t = T("2026-06-18 18:05:02")
    txt = ("这是一封自动回复邮件。\n\n您好，我于6月19日至6月21日端午休假，6月22日（周一）返岗。\n"
           "期间生产事宜请联系邓超群（0716-8123472），紧急事项请于6月20日前直接联系覃总。\n\n向丽\n")
    body = leaf("text/plain", txt, "gb18030", "base64")
    parent = f"<mb.{hx(93070, 16)}@huxiang-ou.example.cn>"
    hdr = deliver(BOT[1], who("向丽")[1], t, 9307, "smtpbg513.exmail-relay.example.net", "203.205.250.113") + [
        ("From", addr("向丽", "gb18030")), ("To", addr(BOT, "gb18030")),
        ("Subject", ew("自动回复: 【纪要确认】生产部端午前安全检查会", "gb18030")), ("Mime-Version", "1.0"),
        ("Date", rfc_date(t)), ("Message-ID", f"<tencent_{hx(9307, 24).upper()}@exmail-relay.example.net>"),
        ("In-Reply-To", parent), ("References", parent), ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x")]
    return {"eml": message(hdr, body),
            "notes": "Out-of-office reply from Tencent Exmail to the bot's recap. Exmail sets no Auto-Submitted and no "
                     "X-Autoreply header here; the '自动回复:' subject prefix, the reply to a bot message and the body "
                     "'这是一封自动回复邮件' mark it as mail no person wrote: kind auto. The dates (6月19日至6月21日, "
                     "6月20日前) and the delegate are not items or commands; the bot must not answer it."}


@case(9308, "h-outlook-docx-cross-dept-tracking", "minutes",
      "Outlook UTF-8 mail whose body only points to a .docx: seed 跨部门协作事项跟踪表 adapted with one "
      "'主责：X / 配合：Y' cell; 已完成 row excluded; 端午节前 / 端午后第一个工作日 / 2026-06-30 / 待定")
def c9308():
    t = T("2026-06-12 16:48:33")
    rows = [["序号", "事项名称", "发起部门", "协作部门", "责任人（主责/配合）", "计划开始时间", "计划完成时间",
             "实际完成时间", "进展情况", "风险点及应对措施"],
            ["1", "端午礼盒包装打样", "销售部", "采购部", "主责：程佳\n配合：喻敏", "2026-05-20", "2026-06-05",
             "2026-06-08", "已完成（延期3天，因客户改色）", "客户改稿周期长，下次预留3天"],
            ["2", "端午礼盒发运排车", "销售部", "仓储物流部", "主责：付晓东\n配合：程佳", "2026-06-10", "端午节前",
             "-", "进行中", "节前高速拥堵，提前一天发车"],
            ["3", "卤藕新品超市系统建档", "销售部", "财务部", "主责：程佳\n配合：汪蓓", "2026-06-08",
             "端午后第一个工作日", "-", "进行中（已完成60%）", "条码证书待补"],
            ["4", "2号线蒸煮槽温控改造", "生产部", "采购部", "主责：邓超群\n配合：喻敏", "2026-06-01", "2026-06-30",
             "-", "进行中", "温控模块交期长，已找第二家询价"],
            ["5", "香港客户出口样品检测", "品控部", "销售部", "主责：严俊\n配合：熊志刚", "2026-06-15", "待定", "-",
             "未开始", "等客户确认检测项目"]]
    doc = make_docx([("h", "跨部门协作事项跟踪表（2026年6月12日更新）"), "填表：总经理办公室 聂文", ("table", rows),
                     "说明：已完成事项仅作记录，不再跟踪。"], t)
    txt = ("各位：\n\n附件是端午前的跨部门协作事项跟踪表（6月12日更新），请各主责人按计划完成时间推进，"
           "配合部门及时响应。\n已完成的事项已标注，不再跟踪。\n\n聂文\n总经理办公室\n")
    inner = "\n".join(mso_p(x) for x in txt.split("\n"))
    alt = multi("alternative", [leaf("text/plain", txt, "utf-8", "base64"),
                                leaf("text/html", outlook_html(inner, "utf-8"), "utf-8", "quoted-printable")],
                "----=_NextPart_001_0024_01DCFA4D.2B6C8F10")
    body = multi("mixed", [alt, attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                           doc, "跨部门协作事项跟踪表0612.docx", style="utf-8")],
                 "----=_NextPart_000_0023_01DCFA4D.2B6C8F10", preamble="This is a multipart message in MIME format.")
    hdr = deliver(BOT[1], who("聂文")[1], t, 9308, "NIEWEN-PC", "10.16.2.41") + [
        ("From", addr("聂文", "utf-8")), ("To", addrs(["程佳", "付晓东", "邓超群", "严俊"], "utf-8")),
        ("Cc", addrs(["熊志刚", "喻敏", "汪蓓", "覃国栋", BOT], "utf-8")),
        ("Subject", ew("跨部门协作事项跟踪表（6月12日更新）", "utf-8")), ("Date", rfc_date(t)),
        ("Message-ID", msgid_outlook(9308, DOM)), ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index(9308)), ("Content-Language", "zh-cn")]
    items = [I("付晓东", "端午礼盒发运排车", "2026-06-18", ("before_hol", "2026-06-19")),
             I("程佳", "卤藕新品超市系统建档", "2026-06-22", ("after_hol", "2026-06-19")),
             I("邓超群", "2号线蒸煮槽温控改造", "2026-06-30", ("abs", "2026-06-30")),
             I("严俊", "香港客户出口样品检测", None, ("vague",))]
    return {"eml": message(hdr, body), "items": items, "followup": None,
            "attach_has": ["端午礼盒发运排车", "卤藕新品超市系统建档", "2号线蒸煮槽温控改造", "主责：严俊"],
            "notes": "The items live only in the attached .docx (seed 跨部门协作事项跟踪表, with the two 责任人 columns merged "
                     "into one '主责/配合' cell). Sent Fri 2026-06-12. Row 1 is 已完成 (status, not an item). The owner of "
                     "each row is its 主责 person; 配合 people are helpers. 端午节前 -> last working day before 06-19 = "
                     "Thu 2026-06-18; 端午后第一个工作日 -> Mon 2026-06-22; 2026-06-30 as written; 待定 -> vague_due. "
                     "'已完成60%' is progress information."}


@case(9309, "h-netease-forwarded-minutes-preface", "minutes",
      "NetEase enterprise mail 'Fw:' by the GM with a short preface above the forwarded minutes (转发邮件信息 block): "
      "owners by title (付主管/汪经理/熊总), 6月18日（周四）前, 端午节后第一个工作日, 本月底前; 下次对接 另行通知")
def c9309():
    t = T("2026-06-16 08:05:47")
    txt = """各位：

聂文整理的昨天和公安县冷链项目对接会纪要转给大家，涉及的分工请抓紧落实，纪要助手抄上跟踪。

覃国栋

-------- 转发邮件信息 --------
发件人："聂文" <niewen@huxiang-ou.example.cn>
发送日期：2026-06-15 17:20:33
收件人："覃国栋" <qinguodong@huxiang-ou.example.cn>
主题：冷链仓储项目对接会纪要

冷链仓储项目对接会纪要
时间：6月15日（周一）下午3:00
地点：公司二楼会议室
参会：覃总、熊总、向经理、付主管、汪经理，公安县农业农村局两位同志

一、会议情况
县里介绍了今年农产品冷链设施补助政策，单个项目补助上限200万元，申报截止9月底。我司拟在现有冷库东侧扩建3000吨冷库。

二、工作分工
1. 付主管负责冷库扩容选址比选，6月18日（周四）前拿出两个备选方案；
2. 汪经理负责梳理项目补贴申报材料清单，端午节后第一个工作日报覃总；
3. 熊总负责对接县里物流园入驻条件，本月底前形成书面意见。

三、下次对接
待县里反馈后另行通知。
"""
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">' +
            html_paras(txt.rstrip("\n"), "div") + "</div>\n")
    body = multi("alternative", [leaf("text/plain", txt, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 f"----=_Part_{hx(9309, 6)}_{hx(93091, 8)}.1781568347000")
    hdr = deliver(BOT[1], who("覃国栋")[1], t, 9309, "mail-m12.qiye-relay.example.net", "220.181.12.19") + [
        ("Date", rfc_date(t)), ("From", addr("覃国栋", "GBK")),
        ("To", addrs(["付晓东", "汪蓓", "熊志刚", "向丽"], "GBK")), ("Cc", addrs(["聂文", BOT], "GBK")),
        ("Message-ID", f"<{hx(9309, 8)}.{hx(93092, 4)}.{hx(93093, 11)}.Coremail.qinguodong@huxiang-ou.example.cn>"),
        ("Subject", "Fw:" + ew("冷链仓储项目对接会纪要", "GBK")), ("MIME-Version", "1.0"),
        ("X-Mailer", "NetEase Mail Master 5.4.1.1010"), ("X-NTES-SC", "AL_Qu2" + hx(9309, 20)),
        ("X-Originating-IP", "[58.19.77.12]")]
    items = [I("付晓东", "冷库扩容选址比选，拿出两个备选方案", "2026-06-18", ("abs", "2026-06-18")),
             I("汪蓓", "梳理项目补贴申报材料清单报覃总", "2026-06-22", ("after_hol", "2026-06-19")),
             I("熊志刚", "对接县里物流园入驻条件，形成书面意见", "2026-06-30", ("monthend",))]
    return {"eml": message(hdr, body), "items": items, "followup": None,
            "notes": "Forwarded minutes: the GM's preface sits above NetEase's '-------- 转发邮件信息 --------' block, and "
                     "the minutes below it are the content (must not be stripped as a quote). Forward sent Tue 2026-06-16 "
                     "08:05. Owners by title: 付主管 = 付晓东, 汪经理 = 汪蓓, 熊总 = 熊志刚. 6月18日（周四）前 -> 2026-06-18; "
                     "端午节后第一个工作日 (06-19..21 off) -> 2026-06-22; 本月底前 -> 2026-06-30. '申报截止9月底' and the "
                     "200万元 cap are policy facts. '另行通知' -> no follow-up."}
