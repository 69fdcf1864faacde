"""Cases 9907-9912."""
import datetime as dt

from cases71_a import BOT_A, BOT_B, BOT_C, BOT_D, hb
from lib71 import (DA, DB, DC, DD, PARS, Case, I, P, addr, addrs, binary, en, envelope, esc, ew, hx, lines_html,
                   make_docx, message, multi, table_html, table_tabs, text, upper_hx, who)


# ------------------------------------------------------------------ 9907
def c9907():
    date = "Mon, 11 May 2026 09:30:27 +0800 (GMT+08:00)"
    head = ["序号", "事项名称", "发起部门", "协作部门", "责任人", "计划开始时间", "计划完成时间", "实际完成时间",
            "进展情况", "风险点及应对措施"]
    rows = [
        ["1", "500ml新瓶型瓶坯模具验收", "生产部", "设备部", "朴成哲", "2026-04-20", "2026-05-15", "-",
         "进行中（已完成70%）", "模具厂交期不稳，已要求每日报进度"],
        ["2", "电商渠道产品溯源码上线", "销售部", "综合办", "崔明浩", "2026-04-13", "2026-04-30", "2026-05-06",
         "已完成（延期6天，因节假日）", "-"],
        ["3", "PET瓶坯供应商年度比价", "采购部", "财务部", "高雪", "2026-05-06", "2026-05-20", "-", "未开始",
         "需财务提供近两年采购单价"],
        ["4", "水源保护区界桩复核", "综合办", "质量部", "于海波", "待定", "待定", "-", "待与市生态环境局确认时间", "-"],
        ["5", "夏季防暑降温物资采购", "综合办", "采购部", "高雪", "2026-05-11", "2026-05-22", "-", "进行中", "-"],
    ]
    intro = "各部门：\n\n以下是本周跨部门协作事项跟踪表（截至5月11日），请责任人核对进展，有变化直接回复我。\n"
    outro = "\n下周一上午9点周例会继续过这张表。\n\n于海波\n综合办"
    plain = intro + "\n跨部门协作事项跟踪表\n" + table_tabs([head] + rows) + "\n" + outro + "\n"
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + lines_html(intro) + '<div><b>跨部门协作事项跟踪表</b></div>'
            + table_html([head] + rows, style='border="1" cellpadding="4" cellspacing="0" '
                         'style="border-collapse:collapse;font-size:13px;width:100%"')
            + lines_html(outro) + '</div><br>')
    alt = multi("alternative", "----=_Part_1177301_298733413.1778463027711", [
        text("text/plain", plain, "GBK", "base64", csq=False),
        text("text/html", html, "GBK", "base64", csq=False)])
    s = P["yu"]["email"]
    hdr = ["Return-Path: <%s>" % s, "Delivered-To: " + BOT_B[1],
           "Received: from yuhaibo$%s ( [10.30.2.14] ) by ajax-webmail-mail (Coremail) ;\n Mon, 11 May 2026 09:30:27 +0800 (GMT+08:00)" % DB,
           "X-Originating-IP: [10.30.2.14]",
           "Date: " + date,
           "X-CM-HeaderCharset: GBK",
           "From: " + addr("于海波", s, "GBK"),
           "To: " + addrs(["piao", "cui", "gao", "sun", "wang"], "GBK"),
           "Cc: " + addrs(["jin", BOT_B], "GBK"),
           "Subject: " + ew("跨部门协作事项跟踪表（第19周）", "GBK"),
           "X-Priority: 3",
           "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
           "Message-ID: <2c81f0aa.1e4d.19e14b7c0a2.Coremail.yuhaibo@%s>" % DB,
           "X-Coremail-Locale: zh_CN",
           "X-CM-TRANSID:" + hx("9907", 24)]
    items = [
        I("piao", "500ml新瓶型瓶坯模具验收", ("abs", "2026-05-15"), "2026-05-15"),
        I("gao", "PET瓶坯供应商年度比价", ("abs", "2026-05-20"), "2026-05-20"),
        I("yu", "水源保护区界桩复核", "vague"),
        I("gao", "夏季防暑降温物资采购", ("abs", "2026-05-22"), "2026-05-22"),
    ]
    notes = ("Seed 跨部门协作事项跟踪表 in Coremail GBK (HTML table + tab-separated text/plain). Sent Mon 2026-05-11. The owner "
             "is the 责任人 column; the due is 计划完成时间. Row 2 is 已完成 with an 实际完成时间 -> status, not an item. "
             "Row 1 进行中（已完成70%） due 2026-05-15; row 3 未开始 due 2026-05-20; row 5 due 2026-05-22 (高雪 owns two rows). "
             "Row 4 计划完成时间 '待定' -> null + vague_due. 风险点 cells are notes. '下周一上午9点周例会继续过这张表' -> next "
             "follow-up 2026-05-18 09:00.")
    return Case(9907, "sq-collab-tracking-table-coremail-gbk", "minutes", date, message(hdr, alt), notes,
                "Coremail GBK seed 跨部门协作事项跟踪表: 已完成 row excluded, 待定 -> vague, one owner on two rows; "
                "follow-up as a sentence (下周一上午9点)", items, (("next", 0), "2026-05-18", "09:00"))


# ------------------------------------------------------------------ 9908
def c9908():
    date = "Thu, 14 May 2026 17:30:05 +0800"
    body = """各位好，

本周生产质量周会（5月14日 14:00-15:10，二楼会议室）纪要如下，按人整理：

钟伟明
1. 完成TB-40卡钳盐雾试验报告（5/20前）
2. 跟进总部图纸变更ECN-112的落地，下周二前给出工艺评估

罗慧
1. 更新来料检验规范IQC-07（本周五前）
2. 已完成：4月客诉8D报告归档（不再跟踪）

黄振邦
1. 安排夜班首件检验培训（月底前）
2. 2号线扭矩扳手校准，已完成

邓嘉欣
1. 与本地铝锭供应商签订框架协议，尽快

温志强
本周无待办

下次周会：5月21日（周四）同一时间。

罗慧
质量部 | 塔特拉制动（韶关）有限公司"""
    paras = []
    for line in body.split("\n"):
        if not line.strip():
            paras.append('<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>')
        elif line in ("钟伟明", "罗慧", "黄振邦", "邓嘉欣", "温志强") and not paras[-1].endswith("质量部"):
            paras.append('<p class=MsoNormal><b><span style=\'font-family:等线\'>%s<o:p></o:p></span></b></p>' % esc(line))
        else:
            paras.append('<p class=MsoNormal><span style=\'font-family:等线\'>%s<o:p></o:p></span></p>' % esc(line))
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=gb2312">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;text-align:justify;text-justify:inter-ideograph;'
            'font-size:10.5pt;font-family:等线;}\n--></style></head><body lang=ZH-CN link="#0563C1" vlink="#954F72" '
            'style=\'text-justify-trim:punctuation\'><div class=WordSection1>\n' + "\n".join(paras) + '\n</div></body></html>\n')
    alt = multi("alternative", "----=_NextPart_000_0019_01DCE3A1.5B2C9E40", [
        text("text/plain", body + "\n", "gb2312", "base64"),
        text("text/html", html, "gb2312", "base64")], preamble="This is a multipart message in MIME format.")
    s = P["luo"]["email"]
    hdr = envelope(s, BOT_C[1], "mx.%s" % DC, "LUOHUI-NB", "10.66.1.52", date, "9908") + [
        "From: " + addr("罗慧", s, "gb2312"),
        "To: " + addrs(["zhong", "huang", "deng", "wen"], "gb2312"),
        "Cc: " + addrs(["marek", BOT_C], "gb2312"),
        "Subject: " + ew("生产质量周会纪要 0514", "gb2312"),
        "Date: " + date,
        "Message-ID: <001901dce3a1$5b2c9e40$%s$@%s>" % (hx("m9908", 8), DC),
        "MIME-Version: 1.0",
        "@CT",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AdzjoVss" + hx("t9908", 16),
        "Content-Language: zh-cn",
    ]
    items = [
        I("zhong", "完成TB-40卡钳盐雾试验报告", ("abs", "2026-05-20"), "2026-05-20"),
        I("zhong", "跟进总部图纸变更ECN-112的落地", ("next", 1), "2026-05-19"),
        I("luo", "更新来料检验规范IQC-07", ("benzhou", 4), "2026-05-15"),
        I("huang", "安排夜班首件检验培训", ("monthend",), "2026-05-31"),
        I("deng", "与本地铝锭供应商签订框架协议", "vague"),
    ]
    notes = ("Outlook zh-CN gb2312 (text + Word HTML), minutes grouped by person: a name line, then that person's numbered "
             "tasks. Sent Thu 2026-05-14. '5/20前' -> 2026-05-20; '下周二前给出工艺评估' -> 2026-05-19 (task text is the "
             "follow-up of ECN-112; the date qualifies it); '本周五前' -> 2026-05-15; '月底前' -> 2026-05-31; '尽快' -> "
             "vague_due. Lines marked 已完成 (8D归档, 扭矩扳手校准) are status, not items; 温志强 has none. '下次周会：5月21日"
             "（周四）同一时间' -> 2026-05-21 14:00 (the meeting started 14:00).")
    return Case(9908, "tb-grouped-by-person-outlook-gb2312", "minutes", date, message(hdr, alt, mime_version=None), notes,
                "Outlook gb2312 zh minutes grouped by person (name line + numbered tasks); done lines mixed in; 5/20前, "
                "下周二前, 本周五前, 月底前, 尽快; next meeting '同一时间'", items, (("abs", "2026-05-21"), "2026-05-21", "14:00"))


# ------------------------------------------------------------------ 9909
def c9909():
    date = "Sun, 17 May 2026 11:40:27 +0330"
    body = """Dear Bob, dear Ms. Ding,

Thank you for the call this morning. My notes below - please correct me if I missed anything.

Present: Reza Tehrani, Mina Karimi (Pars Zagros Foods); Bob Yang, Ding Xiulan (Xinyuan)

Agreed:
- Shipment 3 stays at 2 x 40' reefers, frozen bone-in shoulder and leg.
- Price for shipment 3 unchanged (FOB Tianjin).

To do:
- Bob Yang to send the renewed halal certificate copy by Wednesday.
- Ding Xiulan to share the lab results (residues + microbiology) for lot XY-0512 by May 22.
- Mina to confirm the reefer booking from Tianjin to Bandar Abbas by end of month.
- Reza to check with the veterinary organisation how long the import permit renewal takes.

Next call: Tuesday May 26, 10:30 Tehran time (15:00 Beijing).

Best regards,
Reza Tehrani
Procurement Manager | Pars Zagros Foods Co. | Tehran
"""
    html = '<div dir="ltr">' + "".join(
        "<div>%s</div>" % (esc(l) if l else "<br>") for l in body.rstrip("\n").split("\n")) + "</div>\n"
    b = "0000000000005e2b1a06519c%s" % hx("b9909", 4)
    alt = multi("alternative", b, [text("text/plain", body, "UTF-8", "quoted-printable", csq=False),
                                   text("text/html", html, "UTF-8", "quoted-printable", csq=False)])
    s = "reza.tehrani@" + PARS
    hdr = envelope(s, BOT_D[1], "mx.%s" % DD, "mail-sor-f69.google.com", "209.85.220.69", date, "9909") + [
        "MIME-Version: 1.0",
        "From: Reza Tehrani <%s>" % s,
        "Date: " + date,
        "Message-ID: <CAH%s=%s@mail.gmail.com>" % (hb64s("9909"), hx("g9909", 10)),
        "Subject: Call notes 17 May - shipment 3 / halal cert",
        "To: " + addrs([en("yang"), ("Ding Xiulan", P["ding"]["email"])], quote=False),
        "Cc: " + addrs([("Mina Karimi", "mina.karimi@" + PARS), ("Minutes", BOT_D[1])], quote=False),
        "X-Gm-Features: AbW1kv" + hx("f9909", 20),
        "@CT",
    ]
    items = [
        I("yang", "send the renewed halal certificate copy", ("wkday", 2), "2026-05-20"),
        I("ding", "share the lab results (residues + microbiology) for lot XY-0512", ("abs", "2026-05-22"), "2026-05-22"),
        I("ext", "confirm the reefer booking from Tianjin to Bandar Abbas", ("monthend",), "2026-05-31",
          name="Mina Karimi", email="mina.karimi@" + PARS),
        I("ext", "check with the veterinary organisation how long the import permit renewal takes", None,
          name="Reza Tehrani", email="reza.tehrani@" + PARS),
    ]
    notes = ("Customer-written English minutes from Tehran (Gmail, +0330). Date 'Sun, 17 May 2026 11:40:27 +0330' = Sun "
             "2026-05-17 16:10 in Shanghai (a Sunday; the call was on a Tehran working day). 'X to …' actions: 'by Wednesday' "
             "-> the next Wednesday 2026-05-20; 'by May 22' -> 2026-05-22; 'by end of month' -> 2026-05-31; Reza's own item "
             "has no date -> no_due, owner from the From header. Bob Yang = 杨文博 and Ding Xiulan = 丁秀兰 (roster aliases); "
             "Mina resolves through the Cc display name Mina Karimi (not in the roster, department null). 'Agreed:' lines are "
             "decisions. 'Next call: Tuesday May 26, 10:30 Tehran time (15:00 Beijing)' -> 2026-05-26 15:00 Asia/Shanghai "
             "(10:30 +0330 = 07:00 UTC = 15:00 +0800).")
    return Case(9909, "xy-customer-notes-gmail-tehran-en", "minutes", date, message(hdr, alt, mime_version=None), notes,
                "Gmail English minutes from an Iranian customer (+0330 Sunday): 'X to … by Wednesday/by May 22/by end of "
                "month', undated own item, Cc-resolved owner; next call in Tehran and Beijing time", items,
                (("abs", "2026-05-26"), "2026-05-26", "15:00"))


def hb64s(seed):
    import base64
    import hashlib
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:24], b"_-").decode().rstrip("=")


# ------------------------------------------------------------------ 9910
DOCX_WHEN = dt.datetime(2026, 5, 22, 15, 40, 0)


def docx9910():
    rows = [["序号", "工作任务", "责任股室", "责任人", "完成时限"],
            ["1", "开展城乡低保对象年度复核", "社会救助股", "雷振宇", "6月30日前"],
            ["2", "开展养老机构消防安全隐患排查", "养老服务股", "邝建华", "端午节前"],
            ["3", "制定婚姻登记处窗口改造方案", "社会事务股", "肖卫东", "6月10日"],
            ["4", "完成一季度部门经费执行情况分析", "规划财务股", "李湘", "5个工作日内"],
            ["5", "落实意识形态工作责任制", "各股室", "—", "长期坚持"]]
    before = ["北民纪〔2026〕5号",
              "2026年5月20日上午9:00，局党组书记、局长谭志刚主持召开2026年第5次局务会议。局领导班子成员及各股室负责人参加。",
              "一、会议传达学习了全省民政工作电视电话会议精神，听取了各股室1—4月重点工作进展汇报。",
              "二、会议研究部署了以下工作任务："]
    after = ["三、会议要求，各股室要对照任务清单倒排工期，每项任务完成后及时报办公室销号。",
             "出席：谭志刚  邝建华  雷振宇  肖卫东  李湘  曹丽萍",
             "北湖区民政局办公室　　2026年5月22日印发"]
    return make_docx("郴州市北湖区民政局局务会议纪要", before, rows, after, "曹丽萍", DOCX_WHEN, font="仿宋")


def c9910():
    date = "Fri, 22 May 2026 16:10:38 +0800"
    body = "各股室：\n\n附件为5月20日局务会议纪要（北民纪〔2026〕5号），请按任务清单时限抓好落实，纪要助手会按时提醒。\n\n办公室　曹丽萍\n0735-2288416\n"
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head><body lang=ZH-CN>'
            '<div class=WordSection1>' + "".join(
                "<p class=MsoNormal><span style='font-family:仿宋'>%s<o:p></o:p></span></p>" % (esc(l) or "&nbsp;")
                for l in body.rstrip("\n").split("\n")) + '</div></body></html>\n')
    alt = multi("alternative", "----=_NextPart_001_0027_01DCE9D4.3A1F6B10", [
        text("text/plain", body, "gb2312", "base64"), text("text/html", html, "gb2312", "base64")])
    data = docx9910()
    mixed = multi("mixed", "----=_NextPart_000_0026_01DCE9D4.3A1F6B10", [
        alt, binary("application/vnd.openxmlformats-officedocument.wordprocessingml.document", data,
                    "北湖区民政局2026年第5次局务会议纪要.docx", cs="utf-8", rfc2231=True)],
        preamble="This is a multipart message in MIME format.")
    s = P["cao"]["email"]
    hdr = envelope(s, BOT_A[1], "mx.%s" % DA, "CAOLP-PC", "10.12.3.45", date, "9910") + [
        "From: " + addr("曹丽萍", s, "gb2312"),
        "To: " + addrs(["lei", "kuang", "xiao", "lix"], "gb2312"),
        "Cc: " + addrs(["tan", BOT_A], "gb2312"),
        "Subject: " + ew("印发：2026年第5次局务会议纪要", "gb2312"),
        "Date: " + date,
        "Message-ID: <002601dce9d4$3a1f6b10$%s$@%s>" % (hx("m9910", 8), DA),
        "MIME-Version: 1.0",
        "@CT",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AdzpCz" + hx("t9910", 18),
        "Content-Language: zh-cn",
    ]
    items = [
        I("lei", "开展城乡低保对象年度复核", ("abs", "2026-06-30"), "2026-06-30"),
        I("kuang", "开展养老机构消防安全隐患排查", ("before_hol", "2026-06-19"), "2026-06-18"),
        I("xiao", "制定婚姻登记处窗口改造方案", ("abs", "2026-06-10"), "2026-06-10"),
        I("lix", "完成一季度部门经费执行情况分析", ("wd", 5), "2026-05-29"),
    ]
    notes = ("Outlook gb2312 cover note; the minutes are only in a .docx (RFC 2047 gb2312 file name) with a 任务清单 table "
             "序号/工作任务/责任股室/责任人/完成时限. Sent Fri 2026-05-22. '6月30日前' -> 2026-06-30; '端午节前' -> the last working "
             "day before the Dragon Boat holiday (06-19..06-21) = Thu 2026-06-18; '6月10日' -> 2026-06-10; '5个工作日内' from "
             "the send date -> 05-25..05-29 -> 2026-05-29 (counted from the mail, not from the 05-20 meeting). AMBIGUOUS: row 5 "
             "'落实意识形态工作责任制 | 各股室 | — | 长期坚持' is a standing duty with no owner and no deadline; it is read as "
             "policy, not an item (a reader who records it would give no_owner + no_due). Section 三 (报办公室销号) is a rule.")
    return Case(9910, "mzj-task-list-docx-outlook-gb2312", "minutes", date, message(hdr, mixed, mime_version=None), notes,
                "Outlook gb2312 cover note + .docx 局务会议纪要 with 任务清单 table: 端午节前, 5个工作日内 from the mail, "
                "standing duty row (长期坚持) not an item", items,
                attach_text=["开展养老机构消防安全隐患排查", "北民纪〔2026〕5号"])


# ------------------------------------------------------------------ 9911
def c9911():
    date = "Tue, 26 May 2026 11:02:51 +0800"
    body = ("各位：\n\n上午金总召集旺季备货碰头会，本次沟通确认3件事：①生产部周四前完成6月排产计划（负责人：朴经理，截止时间："
            "周四12:00）；②质量部复核新批次瓶盖供应商资质（负责人：孙主管，截止时间：明天下午3点）；③采购部确认瓶坯到货时间"
            "（负责人：小高，截止时间：周五下班前）。\n\n如有异议请于今日内回复。\n\n于海波\n综合办  白山松泉矿泉水饮品有限公司\n")
    html = ('<div style="font-family:微软雅黑;font-size:14px;">' + lines_html(body.rstrip("\n")) + "</div>\n")
    alt = multi("alternative", "----=_NextPart_6A14C0DB_0E6F5B28_5B0A2E3C", [
        text("text/plain", body, "gb18030", "base64"), text("text/html", html, "gb18030", "base64")],
        preamble="This is a multi-part message in MIME format.")
    s = P["yu"]["email"]
    hdr = envelope(s, BOT_B[1], "mx.%s" % DB, "smtpbg.exmail.%s" % DB, "10.30.2.14", date, "9911") + [
        "X-QQ-mid: bizesmtp%st1779764571t%s" % (hx("q9911", 4), hx("q9911b", 8)),
        "X-QQ-SSF: 00400000000000F0",
        "X-QQ-GoodBg: 2",
        "From: " + addr("于海波", s, "gb18030"),
        "To: " + addrs(["piao", "sun", "gao"], "gb18030"),
        "Cc: " + addrs(["jin", BOT_B], "gb18030"),
        "Subject: " + ew("旺季备货碰头会确认事项", "gb18030"),
        "Mime-Version: 1.0",
        "@CT",
        "Date: " + date,
        "X-Priority: 3",
        "Message-ID: <tencent_%s@%s>" % (upper_hx("m9911", 30), DB),
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
    ]
    items = [
        I("piao", "完成6月排产计划", ("wkday", 3), "2026-05-28", "12:00"),
        I("sun", "复核新批次瓶盖供应商资质", ("day", 1), "2026-05-27", "15:00"),
        I("gao", "确认瓶坯到货时间", ("wkday", 4), "2026-05-29"),
    ]
    notes = ("Tencent Exmail gb18030: the seed's one-line '本次沟通确认3件事：①…（负责人：…，截止时间：…）；②…' form. Sent Tue "
             "2026-05-26 11:02. ① '周四前' and '截止时间：周四12:00' agree -> Thu 2026-05-28 12:00 (朴经理 = 朴成哲). ② '明天下午3点'"
             " -> 2026-05-27 15:00 (孙主管 = 孙丽娟). ③ '周五下班前' -> 2026-05-29, no clock time written (小高 = 高雪). "
             "'如有异议请于今日内回复' is the seed's confirmation line, not an item.")
    return Case(9911, "sq-seed-inline-three-items-exmail-gb18030", "minutes", date, message(hdr, alt, mime_version=None),
                notes, "Exmail gb18030 seed one-line ①②③ with 负责人/截止时间 brackets; owners by title and nickname (小高); "
                "周四12:00 / 明天下午3点 / 周五下班前; '如有异议请于今日内回复' not an item", items)


# ------------------------------------------------------------------ 9912
def c9912():
    date = "Mon, 1 Jun 2026 15:48:09 +0800"
    pre = "各位，飞书妙记生成的纪要如下，待办我核过了。下周一10:00继续开。\n朴成哲"
    summary = ["2号线灌装阀密封圈老化，上周已出现两次滴漏，需在端午停产检修窗口前更换。",
               "6月第一周微生物抽检中1个批次菌落总数接近内控上限，需复检后再放行。",
               "消防演练原定6月中旬，受端午假期影响需重新安排。"]
    todos = [("姜涛", "6月5日前", "更换2号线灌装阀密封圈"),
             ("孙丽娟", "周五前", "完成批次B260529的菌落总数复检"),
             ("于海波", "截止时间：待定", "组织夏季消防演练")]
    plain = (pre + "\n\n智能纪要：生产安全例会\n2026年6月1日 14:00 | 时长 52分钟\n参会人：朴成哲、姜涛、孙丽娟、于海波\n\n总结\n"
             + "\n".join("- " + x for x in summary) + "\n\n待办\n"
             + "\n".join("[ ] %s  %s  @%s" % (t, d, n) for n, d, t in todos)
             + "\n\n智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用\n")
    html = ('<div style="font-family:-apple-system,PingFang SC,sans-serif;font-size:14px">'
            + lines_html(pre) + '<br><div style="border:1px solid #dee0e3;border-radius:6px;padding:12px 16px">'
            '<div style="font-size:16px;font-weight:600">智能纪要：生产安全例会</div>'
            '<div style="color:#8f959e">2026年6月1日 14:00 | 时长 52分钟</div>'
            '<div style="color:#8f959e">参会人：朴成哲、姜涛、孙丽娟、于海波</div><h4>总结</h4><ul>'
            + "".join("<li>%s</li>" % esc(x) for x in summary) + "</ul><h4>待办</h4>"
            + "".join('<div><input type="checkbox" disabled> %s <span style="color:#8f959e">%s</span> '
                      '<span style="color:#3370ff">@%s</span></div>' % (esc(t), esc(d), n) for n, d, t in todos)
            + '<div style="color:#8f959e;font-size:12px;margin-top:8px">智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用</div>'
            '</div></div>\n')
    alt = multi("alternative", "%s" % hx("b9912", 28), [
        text("text/plain", plain, "UTF-8", "base64", csq=False), text("text/html", html, "UTF-8", "base64", csq=False)])
    s = P["piao"]["email"]
    hdr = envelope(s, BOT_B[1], "mx.%s" % DB, "va-3-18.ptr.larkoffice-mail.example.com", "101.45.255.18", date,
                   "9912") + [
        "Date: " + date,
        "From: " + addr("朴成哲", s),
        "To: " + addrs(["jiang", "sun", "yu"]),
        "Cc: " + addr(*BOT_B),
        "Subject: " + ew("智能纪要：生产安全例会 2026年6月1日"),
        "Message-Id: <%s@%s>" % (hx("m9912", 32), DB),
        "Mime-Version: 1.0",
        "X-Lms-Return-Path: <lba+2%s+%s>" % (hx("l9912", 10), s.replace("@", "+")),
        "X-Mailer: Lark Mail",
        "@CT",
    ]
    items = [
        I("jiang", "更换2号线灌装阀密封圈", ("abs", "2026-06-05"), "2026-06-05"),
        I("sun", "完成批次B260529的菌落总数复检", ("wkday", 4), "2026-06-05"),
        I("yu", "组织夏季消防演练", "vague"),
    ]
    notes = ("Feishu/Lark 妙记 智能纪要 sent through Lark Mail (text + HTML, UTF-8 base64) with the sender's short preface. "
             "Sent Mon 2026-06-01. Only 待办 gives items: 姜涛 '6月5日前' -> 2026-06-05; 孙丽娟 '周五前' -> Fri 2026-06-05; "
             "于海波 '截止时间：待定' -> vague_due. The AI 总结 lines (端午停产检修窗口, 6月中旬消防演练) are narrative. "
             "The preface's '下周一10:00继续开' is the next meeting -> 2026-06-08 10:00.")
    return Case(9912, "sq-feishu-ai-minutes-lark-mail", "minutes", date, message(hdr, alt, mime_version=None), notes,
                "Feishu 智能纪要 via Lark Mail: only 待办 counts, checkbox + @name lines; next meeting only in the human "
                "preface ('下周一10:00继续开')", items, (("next", 0), "2026-06-08", "10:00"))


CASES = [c9907, c9908, c9909, c9910, c9911, c9912]
