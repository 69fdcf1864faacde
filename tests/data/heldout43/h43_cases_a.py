"""Organisation A: 淮安有轨电车运营有限公司 (state-owned tram operator, Huai'an). Cases 7101-7103, 7127-7130, 7138."""
from h43_lib import (add_case, addrs, paddr, ew, fmt_date, mkdate, text, multi, build, item, nxt, esc,
                     html_table, ORGS, person)

BOT = ORGS["A"]["bot"]


def P(name):
    n, e, _ = person(name)
    return (n, e)


def outlook_html(inner, lang="ZH-CN"):
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=gb2312">'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
        '/* Font Definitions */\n@font-face\n\t{font-family:\u7b49\u7ebf;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n'
        '\tfont-size:10.5pt;\n\tfont-family:\u7b49\u7ebf;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
        '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\n'
        'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
        '<body lang=%s link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'>'
        '<div class=WordSection1>\n%s\n</div></body></html>\n' % (lang, inner))


def mso_paras(lines):
    out = []
    for ln in lines:
        if not ln:
            out.append('<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>')
        else:
            out.append('<p class=MsoNormal><span style=\'font-family:\u4eff\u5b8b;font-size:12.0pt\'>%s</span>'
                       '<span lang=EN-US style=\'font-size:12.0pt\'><o:p></o:p></span></p>' % esc(ln))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# 7101  Outlook zh-CN, gb2312 QP, formal SOE minutes before Qingming
# ----------------------------------------------------------------------------
def c7101():
    date = mkdate(2026, 4, 1, 16, 40, 12)
    body = [
        "各部门：",
        "",
        "4月1日上午，孙立峰副总经理主持召开清明假期运营保障专题会议，运营调度中心、车辆维修部、工务设备部、安全质量部、票务营销部负责同志参加。现将会议议定事项纪要如下：",
        "",
        "一、会议认为",
        "一是今年清明假期（4月4日至6日）恰逢周末，预计古淮河文化生态景区、里运河沿线客流较去年同期增长两成左右；二是一号线部分车辆已接近架修里程，节日期间须加强巡检；三是各部门要严格落实24小时值班和领导带班制度。",
        "",
        "二、工作安排",
        "（一）加密节日行车计划，高峰时段行车间隔压缩至6分钟。责任单位：运营调度中心（葛建华）；完成时限：4月3日前。",
        "（二）完成全部在线车辆节前专项检查，重点检查受电弓、制动系统。责任单位：车辆维修部；配合单位：安全质量部；完成时限：4月2日。",
        "（三）通过官方微信公众号和站台PIS屏发布节日出行提示。责任单位：票务营销部（戴琳）；完成时限：明天下午3点前。",
        "（四）梳理节日期间运营情况并形成书面总结报孙总。责任单位：安全质量部（许明哲）；完成时限：节后第一个工作日。",
        "",
        "三、下次会议",
        "4月8日（周三）上午9:00，调度中心三楼会议室，听取节日运营情况汇报。",
        "",
        "综合办公室",
        "2026年4月1日",
        "",
        "--",
        "卢晓雯",
        "综合办公室 | 淮安有轨电车运营有限公司",
        "电话：0517-8396 2210  地址：淮安市清江浦区健康西路168号",
    ]
    plain = "\n".join(body) + "\n"
    html = outlook_html(mso_paras(body))
    alt = multi("alternative", [
        text(plain, "plain", "gb2312", "quoted-printable", codec="gbk"),
        text(html, "html", "gb2312", "quoted-printable", codec="gbk"),
    ], "----=_NextPart_000_0019_01DCC1E5.4A7E2B30")
    to = [P("葛建华"), P("蒋国栋"), P("韩旭东"), P("许明哲"), P("戴琳")]
    cc = [P("孙立峰"), P("邵文彬"), BOT]
    hdrs = [
        ("From", paddr("卢晓雯", "gb2312")),
        ("To", addrs(to, "gb2312")),
        ("Cc", addrs(cc, "gb2312")),
        ("Subject", ew("关于清明假期运营保障工作的会议纪要", "gb2312")),
        ("Date", fmt_date(date)),
        ("Message-ID", "<001801dcc1a2$5f0c3d80$1d24b880$@hatram.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzBol8M2cS1J0gTRkm1d7q7n4aEqw=="),
        ("Content-Language", "zh-cn"),
    ]
    raw = build("A", date, "LUXIAOWEN-PC (unknown [10.20.3.57])", hdrs, alt, queue_id="4fLz2b0Q7Wz1kP")
    items = [
        item("葛建华", "加密节日行车计划", "2026-04-03", ("abs", "2026-04-03")),
        item(None, "完成全部在线车辆节前专项检查", "2026-04-02", ("abs", "2026-04-02"), flags=["no_owner"],
             dept="车辆维修部"),
        item("戴琳", "通过官方微信公众号和站台PIS屏发布节日出行提示", "2026-04-02", ("plus_days", 1), time="15:00"),
        item("许明哲", "梳理节日期间运营情况并形成书面总结", "2026-04-07", ("after_holiday", "Tomb-sweeping Day")),
    ]
    notes = ("Formal SOE minutes (Outlook zh-CN, gb2312, quoted-printable, plain + Word HTML). Sent Wed 2026-04-01 16:40 +0800. "
             "The '会议认为 一是…二是…三是…' paragraph is findings plus a standing rule (24小时值班), not items. "
             "（一） 'Responsible unit: 运营调度中心（葛建华）' -> the person in brackets owns it; '4月3日前' -> 2026-04-03. "
             "（二） names only 车辆维修部 (配合单位 安全质量部 is support, never an owner) -> owner null, no_owner, department 车辆维修部; '4月2日' -> 2026-04-02. "
             "（三） 票务营销部（戴琳）; '明天下午3点前' -> 2026-04-02 15:00. "
             "（四） 安全质量部（许明哲）; '节后第一个工作日': Qingming holiday Sat 04-04..Mon 04-06, so the first working day after it is Tue 2026-04-07. "
             "Next meeting '4月8日（周三）上午9:00' -> 2026-04-08 09:00 (a Wednesday). Task text drops the '，高峰时段…' detail and the '报孙总' addressee loosely.")
    add_case(7101, "soe-qingming-duty-units-outlook-gb2312", "minutes", raw, items,
             nxt("2026-04-08", "09:00", ("abs", "2026-04-08", 2)), notes,
             summary="4 items: 葛建华 04-03; 车辆维修部 no_owner 04-02; 戴琳 04-02 15:00; 许明哲 04-07 (节后); next 04-08 09:00",
             tests="SOE 一是/二是 findings, （一）（二） with 责任单位（人）/配合单位/完成时限 labels; 明天下午3点前; 节后第一个工作日 after Qingming",
             org="A", client="Outlook 16 zh-CN", encoding="gb2312 QP, multipart/alternative", plain=True)


c7101()


# ----------------------------------------------------------------------------
# 7102  Coremail, UTF-8 base64, seed 跨部门协作事项跟踪表 in HTML
# ----------------------------------------------------------------------------
def c7102():
    date = mkdate(2026, 4, 10, 16, 5, 37)
    head = ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间",
            "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"]
    rows = [
        ["1", "站台PIS屏清明出行提示上线", "票务营销部", "工务设备部", "周嘉怡", "柏云飞", "2026-03-30", "2026-04-02",
         "2026-04-02", "已完成", "-"],
        ["2", "车载视频监控存储扩容", "车辆维修部", "工务设备部", "潘志强", "柏云飞", "2026-04-01", "2026-04-24", "-",
         "进行中（已完成60%）", "硬盘到货慢，已协调供应商4月15日前补货"],
        ["3", "五一假期客流预测及运力方案", "运营调度中心", "票务营销部", "严立新", "戴琳", "2026-04-13", "2026-04-22", "-",
         "未开始", "需票务营销部提供近三年五一客流数据"],
        ["4", "道岔融雪装置拆除及入库", "工务设备部", "安全质量部", "韩旭东", "许明哲", "待定", "待定", "-",
         "未开始", "视气温情况确定拆除时间"],
        ["5", "乘车码二期（银联闪付）接入测试", "票务营销部", "财务部", "戴琳", "吕红梅", "2026-04-07", "2026-04-30", "-",
         "进行中（已完成20%）", "银联测试环境排期紧张，已提前预约"],
    ]
    intro = ["各位：", "",
             "本周跨部门协作事项跟踪会（4月10日 14:30-15:40，公司二楼小会议室）已开，跟踪表更新如下，请各责任人按计划推进。",
             ""]
    outro = ["", "说明：责任人（发起方）为事项第一责任人，协作方负责配合。",
             "下周五同一时间再过一遍，请各位提前在表里更新进展。", "", "邵文彬", "综合办公室", "淮安有轨电车运营有限公司"]
    plain = "\n".join(intro) + "\n跨部门协作事项跟踪表（截至2026年4月10日）\n" + \
        "\n".join("\t".join(r) for r in [head] + rows) + "\n" + "\n".join(outro) + "\n"
    tbl = html_table([head] + rows, attrs='border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:13px"')
    html = ('<div style="font-family:\u5fae\u8f6f\u96c5\u9ed1;font-size:14px">'
            + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in intro)
            + '<div><b>跨部门协作事项跟踪表（截至2026年4月10日）</b></div>' + tbl
            + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in outro) + "</div>\n")
    alt = multi("alternative", [text(plain, "plain", "utf-8", "base64"),
                                text(html, "html", "utf-8", "base64")],
                "----=_Part_218734_1390861157.1775808337845")
    to = [P("潘志强"), P("严立新"), P("韩旭东"), P("戴琳"), P("周嘉怡")]
    cc = [P("柏云飞"), P("许明哲"), P("吕红梅"), P("孙立峰"), BOT]
    hdrs = [
        ("Date", fmt_date(date)),
        ("From", paddr("邵文彬", "UTF-8", quote=True)),
        ("To", addrs(to, "UTF-8", quote=True)),
        ("Cc", addrs(cc, "UTF-8", quote=True)),
        ("Subject", ew("跨部门协作事项跟踪表（4月10日更新）", "UTF-8")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230604(a9b2e1c3)\n Copyright (c) 2002-2026 www.mailtech.cn hatram"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<6b1f7e0a.3c41.19d7a2f3e55.Coremail.shaowenbin@hatram.example.cn>"),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-CM-TRANSID", "AQAAfwBHaZ1bVdhpPk0LAA--.21987W"),
    ]
    raw = build("A", date, "mail.hatram.example.cn (unknown [10.20.1.12])", hdrs, alt, queue_id="4fNc8R2m1kz7Lq",
                proto="ESMTP")
    items = [
        item("潘志强", "车载视频监控存储扩容", "2026-04-24", ("abs", "2026-04-24")),
        item("严立新", "五一假期客流预测及运力方案", "2026-04-22", ("abs", "2026-04-22")),
        item("韩旭东", "道岔融雪装置拆除及入库", None, None, flags=["vague_due"]),
        item("戴琳", "乘车码二期（银联闪付）接入测试", "2026-04-30", ("abs", "2026-04-30")),
    ]
    notes = ("Seed 跨部门协作事项跟踪表 as a Coremail HTML table (UTF-8 base64, plain part tab-separated). Sent Fri 2026-04-10. "
             "Row 1 is 已完成 with an actual completion date -> status, not an item. Rows 2-5 are open: the owner is 责任人（发起方）; "
             "责任人（协作方） only supports (and the note under the table says so). Due = 计划完成时间: 2026-04-24, 2026-04-22, '待定' -> "
             "null + vague_due, 2026-04-30. The 风险点 cells ('已协调供应商4月15日前补货', '需票务营销部提供…') are remarks, not items. "
             "'下周五同一时间' -> next calendar week's Friday 2026-04-17 at the meeting's own time 14:30 (stated in the first paragraph).")
    add_case(7102, "collab-tracking-table-coremail", "minutes", raw, items,
             nxt("2026-04-17", "14:30", ("next_week", 4)), notes,
             summary="4 items (潘志强 04-24, 严立新 04-22, 韩旭东 待定 vague, 戴琳 04-30); done row skipped; next 04-17 14:30",
             tests="seed 跨部门协作事项跟踪表: 发起方 owner vs 协作方, 已完成 row, remark cells with dates, '下周五同一时间' needs the meeting time",
             org="A", client="Coremail XT5 webmail", encoding="UTF-8 base64, multipart/alternative (HTML table + TSV)", plain=True)


c7102()


# ----------------------------------------------------------------------------
# 7103  Government office (Coremail, HTML only, gb18030 base64): 督导会议纪要 to the tram company
# ----------------------------------------------------------------------------
def c7103():
    date = mkdate(2026, 4, 21, 10, 12, 44)
    paras = [
        ("", "淮安有轨电车运营有限公司、市公交集团："),
        ("indent", "4月20日下午，市交通运输局在局五楼会议室召开五一假期城市公共交通运营保障督导会议。局分管领导出席并讲话，城市客运管理处、有轨电车公司、公交集团有关负责同志参加。现将有关事项纪要如下："),
        ("h", "一、关于假期运力保障"),
        ("indent", "会议指出，五一假期（5月1日至5日）全市预计接待游客较去年同期增长，有轨电车沿线景区客流集中。一是要科学编制假期运行图；二是要做好应急运力储备；三是要加强站台客流组织，严防拥挤踩踏。"),
        ("h", "二、工作要求"),
        ("indent", "（一）有轨电车公司运营调度中心将假期运行图及应急预案报局城市客运管理处备案，4月28日前完成。"),
        ("indent", "（二）有轨电车公司安全质量部完成全线安全隐患排查，形成问题清单和整改台账，4月30日前报局。"),
        ("indent", "（三）市公交集团做好与有轨电车接驳线路的运力衔接，具体方案5月底前报局。"),
        ("indent", "（四）城市客运管理处（单志平）汇总各单位报送材料，形成督导报告报局领导，4月29日前完成。"),
        ("indent", "（五）假期期间，各单位每日17:00前报送当日客流及运营情况，遇突发情况随时报告。"),
        ("h", "三、其他"),
        ("indent", "下次督导会视假期运营情况另行通知。"),
        ("right", "淮安市交通运输局城市客运管理处"),
        ("right", "2026年4月21日"),
        ("", ""),
        ("sig", "单志平  科长"),
        ("sig", "淮安市交通运输局城市客运管理处  0517-8366 0871"),
    ]
    out = []
    for kind, t in paras:
        if kind == "h":
            out.append('<p style="font-family:黑体;font-size:16pt;margin:0">%s</p>' % esc(t))
        elif kind == "indent":
            out.append('<p style="font-family:仿宋_GB2312;font-size:16pt;text-indent:2em;margin:0;line-height:28pt">%s</p>' % esc(t))
        elif kind == "right":
            out.append('<p style="font-family:仿宋_GB2312;font-size:16pt;text-align:right;margin:0">%s</p>' % esc(t))
        elif kind == "sig":
            out.append('<div style="font-size:12px;color:#666">%s</div>' % esc(t))
        else:
            out.append('<p style="font-family:仿宋_GB2312;font-size:16pt;margin:0">%s</p>' % (esc(t) or "&nbsp;"))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB18030"></head>'
            '<body><div style="line-height:1.7;font-size:14px;font-family:宋体">\n' + "\n".join(out) +
            '\n</div></body></html>\n')
    body = text(html, "html", "GB18030", "base64", codec="gb18030", params="!")
    to = [P("邵文彬"), P("葛建华"), P("许明哲"), ("公交集团运营部", "yunying@habus.example.cn")]
    cc = [BOT]
    hdrs = [
        ("Date", fmt_date(date)),
        ("From", addr_gov()),
        ("To", addrs(to, "GB18030")),
        ("Cc", addrs(cc, "GB18030")),
        ("Subject", ew("关于五一假期城市公共交通运营保障督导会议的纪要", "GB18030")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version 2.1.4 build 20210811(3b7d9f0b)\n Copyright (c) 2002-2026 www.mailtech.cn gov"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<2c7a19e4.5d02.19dae71b0c4.Coremail.shanzhiping@hajtj.example.gov.cn>"),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-Originating-IP", "[10.31.8.122]"),
    ]
    raw = build("A", date, "mail.hajtj.example.gov.cn (mail.hajtj.example.gov.cn [58.218.41.17])", hdrs, body,
                queue_id="4fTq0y1R9bzMv2", proto="ESMTPS")
    items = [
        item(None, "将假期运行图及应急预案报局城市客运管理处备案", "2026-04-28", ("abs", "2026-04-28"), flags=["no_owner"],
             dept="运营调度中心"),
        item(None, "完成全线安全隐患排查，形成问题清单和整改台账", "2026-04-30", ("abs", "2026-04-30"), flags=["no_owner"],
             dept="安全质量部"),
        item(None, "做好与有轨电车接驳线路的运力衔接", "2026-05-31", ("month_end", 1), flags=["no_owner"]),
        item("单志平", "汇总各单位报送材料，形成督导报告报局领导", "2026-04-29", ("abs", "2026-04-29")),
    ]
    notes = ("Minutes written by a government office (市交通运输局城市客运管理处, outside the company) and copied to the tram company's bot. "
             "Single text/html part, charset GB18030, base64, official-document fonts. Sent Tue 2026-04-21. "
             "The 一是/二是/三是 sentence under '会议指出' is guidance, not items. "
             "（一）/（二） name a unit of the tram company only -> owner null, no_owner, department 运营调度中心 / 安全质量部; 4月28日 and 4月30日. "
             "（三） belongs to 市公交集团 (another organisation) -> no_owner and department null; '5月底前' -> the last day of May, 2026-05-31 (the month after sending, as written). "
             "（四） 城市客运管理处（单志平）: the person in brackets owns it; he is the sender (roster lists him as an outsider who writes, department empty) -> 2026-04-29. "
             "（五） is a standing daily reporting duty during the holiday, not a one-off item. '下次督导会…另行通知' -> no follow-up.")
    add_case(7103, "gov-supervision-minutes-html-gb18030", "minutes", raw, items, None, notes,
             summary="4 items: 运营调度中心 no_owner 04-28; 安全质量部 no_owner 04-30; 公交集团 no_owner 05-31; 单志平 04-29; no next",
             tests="government 督导纪要 from outside: units of our org vs another org, （五） standing daily duty, 5月底前, 另行通知",
             org="A (government writer)", client="Coremail (government)", encoding="GB18030 base64, text/html only")


def addr_gov():
    n, e, _ = person("单志平")
    return "%s <%s>" % (ew(n, "GB18030"), e)


c7103()


# ----------------------------------------------------------------------------
# 7127  Foxmail forward of earlier minutes with a preface; absolute dates; 钱总牵头
# ----------------------------------------------------------------------------
def c7127():
    date = mkdate(2026, 5, 7, 9, 15, 26)
    pre = [
        "纪要助手：",
        "    转发4月30日总经理办公会纪要，请帮忙跟踪落实。邵主任交代，各部门请于5月8日前在OA上确认各自事项。",
        "",
        "卢晓雯 | 综合办公室",
        "",
    ]
    fwd_hdr = [
        "发件人： 邵文彬",
        "发送时间： 2026-04-30 17:42",
        "收件人： 葛建华; 蒋国栋; 韩旭东; 许明哲; 戴琳; 吕红梅",
        "抄送： 钱振宇; 孙立峰",
        "主题： 总经理办公会会议纪要（2026年第8期）",
    ]
    orig = [
        "总经理办公会会议纪要",
        "（2026年第8期）",
        "",
        "时间：2026年4月30日 14:30",
        "地点：公司一楼会议室",
        "主持：钱振宇",
        "参加：孙立峰、邵文彬、葛建华、蒋国栋、韩旭东、许明哲、戴琳、吕红梅",
        "记录：卢晓雯",
        "",
        "会议听取了一季度经营情况汇报，研究了暑期运营、车辆架修及票价优惠政策等事项。现纪要如下：",
        "一、一季度完成客运量412万人次，占年度目标的24%，票务收入同比增长6.3%。会议认为，二季度要抓住暑期客流高峰，进一步提升服务质量。",
        "二、议定事项",
        "1. 暑期延时运营方案由运营调度中心葛建华牵头制定，票务营销部、车辆维修部配合，5月15日前报总经理办公会审议。",
        "2. 一号线第3、4列车架修招标文件由蒋国栋负责编制，5月20日前完成挂网。",
        "3. 由钱总牵头，与市文旅局对接“有轨电车+景区”联票合作事宜，5月29日前形成合作框架。",
        "4. 老年人免费乘车政策执行情况专项审计，由财务部吕红梅负责，6月10日前出具审计报告。",
        "5. 综合办公室牵头做好办公会议定事项的督办，每月通报一次。",
        "三、下次总经理办公会定于5月14日（周四）下午2:30召开。",
        "",
        "综合办公室",
        "2026年4月30日",
    ]
    plain = "\n".join(pre + fwd_hdr + [""] + orig) + "\n"
    fh = ('<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
          '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; '
          'BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
          + "".join("<div><b>%s</b>%s</div>" % (esc(x.split(" ", 1)[0]), esc(" " + x.split(" ", 1)[1])) for x in fwd_hdr)
          + "</div></div>")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '<style>body { line-height: 1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }'
            'body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head>'
            '<body>\n' + "".join("<div>%s</div>" % (esc(x).replace("    ", "&nbsp;&nbsp;&nbsp;&nbsp;") or "<br>") for x in pre)
            + '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
            + fh + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in orig)
            + "</blockquote>\n</body></html>\n")
    alt = multi("alternative", [text(plain, "plain", "utf-8", "base64"), text(html, "html", "utf-8", "base64")],
                "----=_001_NextPart184467022815_=----")
    to = [BOT]
    cc = [P("邵文彬")]
    hdrs = [
        ("Date", fmt_date(date)),
        ("From", paddr("卢晓雯", "utf-8")),
        ("To", addrs(to, "utf-8", quote=True)),
        ("Cc", addrs(cc, "utf-8", quote=True)),
        ("Subject", "Fw: " + ew("总经理办公会会议纪要（2026年第8期）", "utf-8")),
        ("X-Priority", "3"),
        ("X-GUID", "8D3E1C7A-2B6F-4E51-9A0D-64C2F5B71E93"),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.228[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<202605070915260187312@hatram.example.cn>"),
    ]
    raw = build("A", date, "LUXIAOWEN-PC (unknown [10.20.3.57])", hdrs, alt, queue_id="4fZm6K0c2rz3Hd")
    items = [
        item("葛建华", "暑期延时运营方案", "2026-05-15", ("abs", "2026-05-15")),
        item("蒋国栋", "一号线第3、4列车架修招标文件", "2026-05-20", ("abs", "2026-05-20")),
        item("钱振宇", "与市文旅局对接“有轨电车+景区”联票合作事宜", "2026-05-29", ("abs", "2026-05-29")),
        item("吕红梅", "老年人免费乘车政策执行情况专项审计", "2026-06-10", ("abs", "2026-06-10")),
    ]
    notes = ("Foxmail 'Fw:' of minutes sent on 2026-04-30 without the bot; 卢晓雯 forwards them on Thu 2026-05-07 To the bot with a preface. "
             "The preface ('请于5月8日前在OA上确认各自事项') is the forwarder's request, not an item. The minutes sit below Foxmail's "
             "发件人/发送时间/收件人/主题 block and must not be cut as a quote. Items: 1 葛建华牵头制定 (票务营销部、车辆维修部配合 are support) -> 2026-05-15; "
             "2 蒋国栋 -> 2026-05-20; 3 '由钱总牵头' -> 钱振宇 (alias 钱总) -> 2026-05-29; 4 财务部吕红梅 -> 2026-06-10. "
             "5 '每月通报一次' is a standing duty, not an item; 一、 is a report of results plus a finding. Only absolute dates, so the forward date "
             "and the original date give the same answers. Next meeting '5月14日（周四）下午2:30' -> 2026-05-14 14:30.")
    add_case(7127, "forward-gm-office-minutes-foxmail", "minutes", raw, items,
             nxt("2026-05-14", "14:30", ("abs", "2026-05-14", 3)), notes,
             summary="4 items (葛建华 05-15, 蒋国栋 05-20, 钱振宇 05-29, 吕红梅 06-10); next 05-14 14:30",
             tests="forward with a preface that has its own date; Foxmail forward block; 牵头/配合; 由钱总牵头 (title alias); standing 每月通报",
             org="A", client="Foxmail 7.2", encoding="UTF-8 base64, multipart/alternative")


c7127()


# ----------------------------------------------------------------------------
# 7128  Thunderbird plain text 8bit, items hard-wrapped over two lines, 端午节前
# ----------------------------------------------------------------------------
def c7128():
    date = mkdate(2026, 6, 2, 17, 48, 9)
    body = """各位：

今天下午安全生产月启动会的纪要发给大家，请对照落实。

会议时间：2026年6月2日 14:00-15:30
会议地点：公司一楼会议室
参会人员：孙总、许明哲、蒋国栋、韩旭东、葛建华、戴琳及各部门安全员

一、会议内容
孙总传达了市交通运输局关于2026年“安全生产月”活动的通知要求，各部门汇报
了5月份安全隐患整改情况，安全质量部通报了5月份发生的三起一般设备故障及处
理结果。

二、落实事项
1. 安全质量部许明哲：编制公司“安全生产月”活动实施方案，明确每周主题和检
   查清单，6月5日前下发各部门。
2. 车辆维修部潘工：对全部14列车的车门防夹功能逐车测试，形成测试记录，
   6月12日前完成。
3. 工务设备部柏工：完成接触网及变电所夏季高温专项巡检，端午节前报送巡
   检报告。
4. 运营调度中心：组织一次正线车辆故障救援应急演练，6月30日前完成。
5. 票务营销部戴经理：在车站和车厢张贴安全乘车宣传海报，
   下周五前完成。

下次会议时间另行通知。

-- 
许明哲
安全质量部 部长
淮安有轨电车运营有限公司
"""
    part = text(body, "plain", "UTF-8", "8bit", params="!")
    to = [P("潘志强"), P("柏云飞"), P("戴琳"), P("葛建华")]
    cc = [P("孙立峰"), P("蒋国栋"), P("韩旭东"), BOT]
    hdrs = [
        ("Message-ID", "<3e7b0c1d-5a26-4f8e-b1d9-0c6a2f47e815@hatram.example.cn>"),
        ("Date", fmt_date(date, pad=False)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "zh-CN"),
        ("To", addrs(to, "UTF-8")),
        ("Cc", addrs(cc, "UTF-8")),
        ("From", paddr("许明哲", "UTF-8")),
        ("Subject", ew("安全生产月启动会纪要", "UTF-8")),
    ]
    raw = build("A", date, "[10.20.5.31] (unknown [10.20.5.31])", hdrs, part, queue_id="4fqW1s3T8Mz2Gk")
    items = [
        item("许明哲", "编制公司“安全生产月”活动实施方案，明确每周主题和检查清单", "2026-06-05", ("abs", "2026-06-05")),
        item("潘志强", "对全部14列车的车门防夹功能逐车测试，形成测试记录", "2026-06-12", ("abs", "2026-06-12")),
        item("柏云飞", "完成接触网及变电所夏季高温专项巡检", "2026-06-18", ("before_holiday", "Dragon Boat Festival")),
        item(None, "组织一次正线车辆故障救援应急演练", "2026-06-30", ("abs", "2026-06-30"), flags=["no_owner"],
             dept="运营调度中心"),
        item("戴琳", "在车站和车厢张贴安全乘车宣传海报", "2026-06-12", ("next_week", 4)),
    ]
    notes = ("Thunderbird plain text, UTF-8 8bit, not flowed: the writer hard-wrapped the lines, so items 1, 3 and 5 continue on an "
             "indented second line (item 5's deadline '下周五前完成' is alone on the continuation line; item 1's task word 检查 is split "
             "across the break). Sent Tue 2026-06-02. 1 许明哲 -> 2026-06-05. 2 '潘工' = 潘志强 (alias) -> 2026-06-12. "
             "3 '柏工' = 柏云飞; '端午节前' -> the last working day before the Dragon Boat holiday (Fri 06-19..Sun 06-21) = Thu 2026-06-18 "
             "(convention added in README: 节前 = last working day before the holiday block). 4 unit only -> no_owner, 运营调度中心, 2026-06-30. "
             "5 '戴经理' = 戴琳; '下周五前' -> Friday of next week 2026-06-12. '一、会议内容' reports what was done. '下次会议时间另行通知' -> null.")
    add_case(7128, "safety-month-wrapped-lines-thunderbird", "minutes", raw, items, None, notes,
             summary="5 items (许明哲 06-05, 潘志强 06-12, 柏云飞 06-18 端午节前, 运营调度中心 no_owner 06-30, 戴琳 06-12); no next",
             tests="items wrapped over two lines (deadline alone on the continuation), 潘工/柏工/戴经理 aliases, 端午节前, 下周五前",
             org="A", client="Thunderbird", encoding="UTF-8 8bit, text/plain")


c7128()


# ----------------------------------------------------------------------------
# 7129  Coremail, WPS table pasted (UTF-8 QP): 主责/配合 in one cell, two owners, remarks, 长期, 已完成
# ----------------------------------------------------------------------------
def c7129():
    date = mkdate(2026, 6, 12, 17, 20, 51)
    head = ["序号", "工作事项", "责任部门", "责任人", "完成时限", "备注"]
    rows = [
        ["1", "3号车架修方案评审意见整改", "车辆维修部", "潘志强", "6月18日", "原定6月10日，因评审意见较多延后"],
        ["2", "车辆段洗车机水循环系统维修", "工务设备部", "韩旭东（主责）、柏云飞（配合）", "端午节后第一个工作日", "—"],
        ["3", "架修期间运行图调整", "运营调度中心", "严立新", "6月16日前", "—"],
        ["4", "架修备件采购付款", "财务部", "吕红梅", "6月底", "合同已于6月8日签订"],
        ["5", "段内作业安全交底培训", "车辆维修部", "蒋国栋、潘志强", "6月17日", "两人分别负责白班、夜班"],
        ["6", "受电弓碳滑板更换", "车辆维修部", "潘志强", "已完成", "6月9日完成"],
        ["7", "严格执行段内动火作业审批制度", "各部门", "—", "长期", "—"],
    ]
    intro = ["各位领导、同事：", "",
             "6月12日下午车辆架修及设备维护协调会纪要如下（表格从WPS贴过来，格式如有错乱请见谅）：", ""]
    outro = ["", "下次协调会视架修进度另行安排。", "", "潘志强", "车辆维修部"]
    tbl_rows = "\n".join(
        '<tr style="height:20.25pt">' + "".join(
            '<td width="%d" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center">'
            '<span style="font-family:宋体;font-size:10.5pt">%s</span></p></td>' % (w, esc(c))
            for c, w in zip(r, [36, 180, 90, 150, 110, 170])) + "</tr>" for r in [head] + rows)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in intro)
            + '<table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n'
            + tbl_rows + "\n</table>"
            + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in outro)
            + "</div></body></html>\n")
    plain = "\n".join(intro) + "\n" + "\n".join(" ".join(r) for r in [head] + rows) + "\n" + "\n".join(outro) + "\n"
    alt = multi("alternative", [text(plain, "plain", "UTF-8", "quoted-printable"),
                                text(html, "html", "UTF-8", "quoted-printable")],
                "----=_Part_502117_718926354.1781256051208")
    to = [P("蒋国栋"), P("韩旭东"), P("柏云飞"), P("严立新"), P("吕红梅")]
    cc = [P("孙立峰"), P("葛建华"), BOT]
    hdrs = [
        ("Date", fmt_date(date)),
        ("From", paddr("潘志强", "UTF-8")),
        ("To", addrs(to, "UTF-8", quote=True)),
        ("Cc", addrs(cc, "UTF-8", quote=True)),
        ("Subject", ew("车辆架修及设备维护协调会纪要（6月12日）", "UTF-8")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230604(a9b2e1c3)\n Copyright (c) 2002-2026 www.mailtech.cn hatram"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<1f4b2a77.7e11.19e6b83c2d0.Coremail.panzhiqiang@hatram.example.cn>"),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-CM-TRANSID", "AQAAfwCXaZ5pH2tqkA0MAA--.30451W"),
    ]
    raw = build("A", date, "mail.hatram.example.cn (unknown [10.20.1.12])", hdrs, alt, queue_id="4fwK0d6P3Lz5Rr",
                proto="ESMTP")
    items = [
        item("潘志强", "3号车架修方案评审意见整改", "2026-06-18", ("abs", "2026-06-18")),
        item("韩旭东", "车辆段洗车机水循环系统维修", "2026-06-22", ("after_holiday", "Dragon Boat Festival")),
        item("严立新", "架修期间运行图调整", "2026-06-16", ("abs", "2026-06-16")),
        item("吕红梅", "架修备件采购付款", "2026-06-30", ("month_end",)),
        item("蒋国栋", "段内作业安全交底培训", "2026-06-17", ("abs", "2026-06-17")),
        item("潘志强", "段内作业安全交底培训", "2026-06-17", ("abs", "2026-06-17")),
    ]
    notes = ("Coremail mail with a WPS table pasted as HTML (UTF-8 quoted-printable, plain part space-separated). Sent Fri 2026-06-12. "
             "Row 1 -> 潘志强 2026-06-18; the 备注 '原定6月10日…延后' is a remark, not a due date. Row 2: one cell '韩旭东（主责）、柏云飞（配合）' "
             "-> owner 韩旭东 only; '端午节后第一个工作日' -> Dragon Boat holiday 06-19..06-21, first working day Mon 2026-06-22. "
             "Row 3 -> 2026-06-16. Row 4 '6月底' -> 2026-06-30; the remark '合同已于6月8日签订' is a fact. Row 5 has two owners for the same "
             "task ('蒋国栋、潘志强') -> two items with the same task and date 2026-06-17. Row 6 is 已完成 (status). Row 7 '各部门 … 长期' is a "
             "standing rule, not an item. '下次协调会视架修进度另行安排' -> null.")
    add_case(7129, "wps-table-lead-support-two-owners-coremail", "minutes", raw, items, None, notes,
             summary="6 items (潘志强 06-18, 韩旭东 06-22 节后, 严立新 06-16, 吕红梅 06-30, 蒋国栋+潘志强 06-17 ×2); no next",
             tests="主责/配合 in one cell, same task for two owners = two items, remark cells with dates, 已完成 row, 长期 standing rule, 6月底",
             org="A", client="Coremail XT5 webmail (WPS paste)", encoding="UTF-8 QP, multipart/alternative")


c7129()


# ----------------------------------------------------------------------------
# 7130  NetEase Mail Master (Android) quick minutes: 我 = sender, 小周, 柏工 尽快, 下周三同一时间
# ----------------------------------------------------------------------------
def c7130():
    date = mkdate(2026, 6, 24, 17, 52, 30)
    lines = [
        "各位，今天下午3点和支付宝乘车码项目组碰了一下，简单记一下：",
        "",
        "1. 小周下周二前整理近三个月乘车码交易对账差异明细，发给支付宝；",
        "2. 我周五前跟吕部长确认手续费结算账户变更的事；",
        "3. 柏工那边尽快排出闸机固件升级计划，支付宝要求7月中旬前全线升级完；",
        "4. 7月1日起乘车码八折优惠继续执行（这个是结论，不用跟）。",
        "",
        "下周三同一时间再碰一次，线上。",
        "",
        "戴琳",
    ]
    plain = "\n".join(lines) + "\n\n发自网易邮箱大师\n"
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in lines)
            + '<div><br></div><div id="ntes-android-mail-signature">'
              '<div style="font-size:12px;color:#999">发自网易邮箱大师</div></div></div>\n')
    alt = multi("alternative", [text(plain, "plain", "UTF-8", "base64"), text(html, "html", "UTF-8", "base64")],
                "----=_Part_88341_1472095523.1782294750121")
    to = [P("周嘉怡"), P("柏云飞"), P("吕红梅")]
    cc = [P("葛建华"), BOT]
    hdrs = [
        ("Date", fmt_date(date)),
        ("From", paddr("戴琳", "UTF-8")),
        ("To", addrs(to, "UTF-8")),
        ("Cc", addrs(cc, "UTF-8")),
        ("Message-ID", "<6f1d0e3a.1c72.19f4a5b7e20.Coremail.dailin@hatram.example.cn>"),
        ("Subject", ew("今天乘车码碰头会纪要", "UTF-8")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "MailMaster Android 7.19.6"),
        ("X-Priority", "3"),
    ]
    raw = build("A", date, "[112.86.214.90] (unknown [112.86.214.90])", hdrs, alt, queue_id="4gB1pL7y0Vz8Ws")
    items = [
        item("周嘉怡", "整理近三个月乘车码交易对账差异明细，发给支付宝", "2026-06-30", ("next_week", 1)),
        item("戴琳", "跟吕部长确认手续费结算账户变更", "2026-06-26", ("weekday", 4)),
        item("柏云飞", "排出闸机固件升级计划", None, None, flags=["vague_due"]),
    ]
    notes = ("Quick minutes typed on a phone (NetEase Mail Master, UTF-8 base64, '发自网易邮箱大师'). Sent Wed 2026-06-24 17:52, the first "
             "week after the Dragon Boat holiday. 1 '小周' = 周嘉怡 (alias); '下周二前' -> Tuesday of next week 2026-06-30. "
             "2 '我' is the sender 戴琳; bare '周五前' -> this week's Friday 2026-06-26 (not yet past); 吕部长 is only the person to ask. "
             "3 '柏工' = 柏云飞; '尽快' -> null + vague_due. AMBIGUOUS: '支付宝要求7月中旬前全线升级完' is the partner's requirement for the upgrade "
             "itself, while the item is the plan 'as soon as possible'; a careful assistant records the plan as vague (and 中旬 is vague anyway). "
             "4 is marked by the writer as a 结论 -> not an item. '下周三同一时间' -> Wed 2026-07-01 at the meeting's time 15:00 ('今天下午3点').")
    add_case(7130, "phone-quick-minutes-self-owner-mailmaster", "minutes", raw, items,
             nxt("2026-07-01", "15:00", ("next_week", 2)), notes,
             summary="3 items (周嘉怡 06-30, 戴琳 06-26 '我', 柏云飞 尽快 vague); decision line skipped; next 07-01 15:00",
             tests="'我' = sender, 小周/柏工 aliases, bare 周五前 vs 下周二前, 尽快, writer-labelled 结论, 下周三同一时间 with time from '下午3点'",
             org="A", client="NetEase Mail Master (Android)", encoding="UTF-8 base64, multipart/alternative", plain=True)


c7130()


# ----------------------------------------------------------------------------
# 7138  Outlook zh-CN weekly minutes, UTF-8 QP, CRLF: 上周回顾 (done) + 本周事项
# ----------------------------------------------------------------------------
def c7138():
    date = mkdate(2026, 7, 20, 11, 5, 18)
    body = [
        "各位：",
        "",
        "今天上午运营调度中心周例会纪要如下。",
        "",
        "一、上周事项回顾",
        "1. 暑期运行图第二版上线——已完成，7月18日起执行。",
        "2. 司机高温时段轮岗排班调整——已完成。",
        "3. 正线3号道岔表示故障处理——已关闭（7月16日厂家更换表示杆）。",
        "",
        "二、本周事项",
        "1. 严立新：编制暑期夜间延时运营的司机及调度排班表，7月24日前报葛主任。",
        "2. 车辆维修部潘工：完成正线信号机显示异常的复测，下周三前出报告。",
        "3. 周嘉怡：3个工作日内统计7月上中旬客流分时段数据。",
        "4. 综合办公室：协调高温慰问物资发放，时间待定。",
        "",
        "三、下次例会",
        "下周一同一时间（上午9:00），调度中心三楼会议室。",
        "",
        "严立新",
        "运营调度中心 值班调度长",
    ]
    plain = "\n".join(body) + "\n"
    html = outlook_html(mso_paras(body)).replace("charset=gb2312", "charset=utf-8")
    alt = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                text(html, "html", "utf-8", "quoted-printable")],
                "----=_NextPart_000_0042_01DD181C.7B3E9A10", preamble="This is a multipart message in MIME format.\n")
    to = [P("葛建华"), P("潘志强"), P("周嘉怡")]
    cc = [P("卢晓雯"), BOT]
    hdrs = [
        ("From", paddr("严立新", "utf-8")),
        ("To", addrs(to, "utf-8")),
        ("Cc", addrs(cc, "utf-8")),
        ("Subject", ew("运营调度中心周例会纪要（7月20日）", "utf-8")),
        ("Date", fmt_date(date)),
        ("Message-ID", "<004201dd17e3$a1c2d3e0$e548 7ba0$@hatram.example.cn>".replace(" ", "")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "Ad0X46HC0+BlSHugQ2u2Yl9T7qz1Cw=="),
        ("Content-Language", "zh-cn"),
    ]
    raw = build("A", date, "YANLIXIN-PC (unknown [10.20.4.18])", hdrs, alt, queue_id="4gM7tQ2c5Hz1Xn", crlf=True)
    items = [
        item("严立新", "编制暑期夜间延时运营的司机及调度排班表", "2026-07-24", ("abs", "2026-07-24")),
        item("潘志强", "完成正线信号机显示异常的复测", "2026-07-29", ("next_week", 2)),
        item("周嘉怡", "统计7月上中旬客流分时段数据", "2026-07-23", ("workdays", 3)),
        item(None, "协调高温慰问物资发放", None, None, flags=["no_owner", "vague_due"], dept="综合办公室"),
    ]
    notes = ("Outlook zh-CN weekly minutes, UTF-8 quoted-printable, CRLF line ends. Sent Mon 2026-07-20 11:05. '一、上周事项回顾' lists "
             "three rows marked 已完成/已关闭 with dates -> status, not items. '二、本周事项': 1 严立新 '7月24日前' -> 2026-07-24 (葛主任 is the addressee); "
             "2 '潘工' = 潘志强; '下周三前' -> Wednesday of next week 2026-07-29 (not this week's 07-22); 3 '3个工作日内' counted from Tue 07-21 -> "
             "07-21, 07-22, 07-23 -> 2026-07-23; 4 unit only + '时间待定' -> no_owner + vague_due, department 综合办公室. "
             "'下周一同一时间（上午9:00）' -> 2026-07-27 09:00.")
    add_case(7138, "weekly-review-done-and-new-outlook-crlf", "minutes", raw, items,
             nxt("2026-07-27", "09:00", ("next_week", 0)), notes,
             summary="4 items (严立新 07-24, 潘志强 07-29, 周嘉怡 07-23 3个工作日, 综合办公室 no_owner+vague); review rows skipped; next 07-27 09:00",
             tests="上周事项回顾 (已完成/已关闭) vs 本周事项; 下周三前 from a Monday; 3个工作日内; 时间待定 + unit owner; CRLF",
             org="A", client="Outlook 16 zh-CN", encoding="UTF-8 QP, multipart/alternative, CRLF", plain=True)


c7138()
