# -*- coding: utf-8 -*-
"""Cases of organisation A: 襄阳市城市环境卫生管理局 (a city sanitation bureau, Xiangyang)."""
from h40gold import I, case
from h40lib import (ORGS, T, Q, Leaf, Multi, P, addr, addrs, attach_leaf, build_message, email_of, epoch_ms,
                    html_body, hval, hx, hx_upper, outlook_mid, thread_index, make_docx, render_text, rfc_date, shift, text_leaf, trace)

BOT_A = (ORGS["A"]["bot_name"], ORGS["A"]["bot"])


def coremail_mid(t, user, n):
    return f"<{hx(n, 8)}.{hx(n+1, 4)}.{format(epoch_ms(t), 'x')}.Coremail.{user}>"


def coremail_boundary(n, t):
    return f"----=_Part_{int(hx(n, 6), 16) % 1000000}_{int(hx(n + 7, 8), 16) % 1000000000}.{epoch_ms(t)}"


def coremail_hop(user, ip, dh):
    return f"from {user.replace('@', '$')} ( [{ip}] ) by ajax-webmail-mx (Coremail) ; {dh}"


# ---------------------------------------------------------------------------
# 6801 清明 保障专题会 — formal 一、（一） 责任单位/完成时限, Coremail GBK base64
# ---------------------------------------------------------------------------
N6801 = ("Sent Thu 2026-04-02 17:40 (two days before the Qingming holiday 04-04..04-06). Formal government minutes: "
         "议定事项 （一）-（四） each with 责任单位/完成时限 labels. （一） '环卫作业科（鲁建平）' = the person in brackets "
         "after the unit is the owner; '4月3日前' -> 2026-04-03. （二） names only the unit 垃圾分类指导科 -> owner null, "
         "no_owner, department kept; '节后第一个工作日' = first working day after Qingming = Tue 2026-04-07. （三） "
         "'安全监管科（邓永胜），各区环卫所配合' -> 邓永胜 (配合 units are not owners); '4月3日17:00前' -> 2026-04-03 17:00. "
         "（四） 龚丽萍, 2026-04-10. The 汇报/会议认为 paragraph (假期为4月4日至6日, 增加三成) is information, and "
         "'遇突发情况1小时内报局办公室' under 有关要求 is a standing rule, not an item. No next meeting.")


@case(6801, "qingming-duty-formal-coremail", "minutes", "A", notes=N6801,
      items=[I("制定清明节期间墓园周边及主次干道保洁力量调配方案", "鲁建平", ("abs", "2026-04-03")),
             I("在各公墓入口设置分类宣传点，节后报送宣传工作小结", dept="垃圾分类指导科",
               due=("after_holiday", "Tomb-sweeping Day")),
             I("对全市垃圾中转站、作业车辆开展一次节前安全检查，形成问题清单", "邓永胜", ("abs", "2026-04-03"), "17:00"),
             I("按照节日加班人数和班次测算加班经费，报局领导审定", "龚丽萍", ("abs", "2026-04-10"))],
      summary="4 items (1 unit-only), no next meeting",
      tests="formal SOE/government minutes, 责任单位（姓名）/完成时限 labels, 节后第一个工作日 after Qingming, standing rule with '1小时内'",
      client="Coremail XT5 webmail", enc="multipart/alternative, GBK base64 (both parts)")
def c6801():
    dh, t = rfc_date(2026, 4, 2, 17, 40, 26, suffix=" (GMT+08:00)")
    blocks = [
        "各科室、各环卫所：",
        "现将4月2日上午专题会议纪要发送如下，请按分工抓好落实。",
        "清明节期间城区环境卫生保障工作专题会议纪要",
        "时间：2026年4月2日（星期四）9:00—10:30\n地点：局三楼会议室\n主持：严卫东\n"
        "参加：鲁建平、汪立新、邓永胜、龚丽萍、田茂林、聂文斌、赵国强\n记录：孟晓雯",
        "会议听取了环卫作业科关于一季度城区道路保洁工作情况的汇报，分析了清明节期间墓园周边、城区主次干道保洁面临的形势。"
        "会议认为，今年清明节假期为4月4日至6日，祭扫人流集中，垃圾产生量预计较平日增加三成左右，各单位要提高认识、提前部署。"
        "现纪要如下：",
        "一、议定事项",
        "（一）节日保洁力量调配。制定清明节期间墓园周边及主次干道保洁力量调配方案，明确每日作业班次和应急机动队伍。\n"
        "责任单位：环卫作业科（鲁建平）\n完成时限：4月3日前",
        "（二）文明祭扫垃圾分类宣传。在各公墓入口设置分类宣传点，节后报送宣传工作小结。\n"
        "责任单位：垃圾分类指导科\n完成时限：节后第一个工作日",
        "（三）中转站及作业车辆安全检查。对全市垃圾中转站、作业车辆开展一次节前安全检查，形成问题清单。\n"
        "责任单位：安全监管科（邓永胜），各区环卫所配合\n完成时限：4月3日17:00前",
        "（四）节日加班经费测算。按照节日加班人数和班次测算加班经费，报局领导审定。\n"
        "责任单位：计划财务科（龚丽萍）\n完成时限：4月10日前",
        "二、有关要求",
        "各单位主要负责同志节日期间保持通讯畅通，严格执行24小时值班和信息报送制度，遇突发情况1小时内报局办公室。",
        "（此件不另行文）",
        "局办公室  孟晓雯\n电话：0710-3261570",
    ]
    text = render_text(blocks)
    htm = html_body("coremail", blocks, "GBK")
    b = coremail_boundary(6801, t)
    root = Multi('Content-Type: multipart/alternative; \n\tboundary="{b}"', b, [
        text_leaf(text, "plain", "gbk", "base64", label="GBK"),
        text_leaf(htm, "html", "gbk", "base64", label="GBK")])
    cs = "GBK"
    to = [P(n) for n in ["鲁建平", "汪立新", "邓永胜", "龚丽萍", "田茂林", "聂文斌"]]
    cc_ = [P("严卫东"), P("赵国强"), BOT_A]
    me = email_of("孟晓雯")
    hs = trace(6801, "A", t, return_path=f"<{me}>", more=[coremail_hop(me, "10.31.8.66", dh)]) + [
        f"Date: {dh}",
        f"From: {addr('孟晓雯', me, cs)}",
        "To: " + addrs(to, cs, sep=", \n\t"),
        "Cc: " + addrs(cc_, cs, sep=", \n\t"),
        "Subject: " + hval("清明节期间城区环境卫生保障工作专题会议纪要", cs),
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9e2b1f4c)\n Copyright (c) 2002-2026 www.mailtech.cn xyhw",
        "MIME-Version: 1.0",
        f"Message-ID: {coremail_mid(t, me, 6801)}",
        "X-Coremail-Locale: zh_CN",
        f"X-CM-TRANSID:{hx(68011, 22)}--.{hx(68012, 6)}",
        "X-Originating-IP: [10.31.8.66]",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6802 垃圾分类周例会 — 一是…二是… prose, Outlook plain text, gb2312 label with a GBK-only 玥, QP
# ---------------------------------------------------------------------------
N6802 = ("Sent Tue 2026-04-14 16:05. Outlook plain-text mail labelled gb2312 but carrying the GBK-only character 玥 "
         "(小区 name 玥珑湾): decode as GBK/GB18030. The tasks are in running prose '一是…二是…三是…四是…'. 一是: "
         "'4月底前' -> end of April 2026-04-30, '由柯雨欣具体负责' -> owner 柯雨欣. 二是: the same task for two units "
         "(樊城区环卫所、襄城区环卫所) -> two items, owner null + no_owner, department = each unit (both are units of the bureau "
         "in the roster), '4月20日前' -> 2026-04-20. 三是: '蔡振华同志牵头、计划财务科配合' -> owner 蔡振华 only; '5个工作日内' "
         "from Tue 04-14: 04-15, 04-16, 04-17, 04-20, 04-21 -> 2026-04-21. 四是 is a standing requirement (纳入日常考核, "
         "每周通报) with no deliverable or date: not an item. The 基本情况 percentages are facts. 下次例会 4月21日（周二）上午9:00 "
         "-> 2026-04-21 09:00 (Tuesday, checked).")


@case(6802, "yishi-ershi-prose-outlook-gb2312-qp", "minutes", "A", notes=N6802, gbk_in_gb2312=True,
      items=[I("完成对新招募的小区桶边督导员全员培训", "柯雨欣", ("month_end", 4)),
             I("将辖区内分类驿站点位核查表报分类指导科", dept="樊城区环卫所", due=("abs", "2026-04-20")),
             I("将辖区内分类驿站点位核查表报分类指导科", dept="襄城区环卫所", due=("abs", "2026-04-20")),
             I("完成20座分类驿站提档改造的预算编制", "蔡振华", ("workdays", 5))],
      nxt=(("abs", "2026-04-21", "Tue"), "09:00"),
      summary="4 items (two unit-only with the same task), next 04-21 09:00",
      tests="一是…二是… prose; one task for two units = two items; 牵头/配合; 5个工作日内; 4月底前; gb2312 label with GBK bytes",
      client="Outlook 2016 zh-CN (plain-text format)", enc="text/plain only, gb2312 label (GBK bytes), quoted-printable")
def c6802():
    dh, t = rfc_date(2026, 4, 14, 16, 5, 33)
    text = render_text([
        "各位：",
        "今天上午召开垃圾分类工作周例会，现将会议主要内容纪要如下。",
        "一、基本情况\n会上，柯雨欣通报了上周全市生活垃圾分类督导检查情况：抽查小区62个，分类准确率71.3%，较前一周提升2.1个百分点；"
        "樊城区有9个小区（含玥珑湾、汉江明珠等）桶边督导员不在岗。",
        "二、工作安排\n会议要求，下一步重点抓好以下几项工作：一是抓好督导员培训，4月底前完成对新招募的小区桶边督导员全员培训，"
        "由柯雨欣具体负责；二是樊城区环卫所、襄城区环卫所于4月20日前将辖区内分类驿站点位核查表报分类指导科；三是设施建设科"
        "蔡振华同志牵头、计划财务科配合，5个工作日内完成20座分类驿站提档改造的预算编制；四是各单位要把分类工作纳入日常考核，"
        "坚持每周通报、每月排名。",
        "三、下次例会\n下次例会定于4月21日（周二）上午9:00召开，地点不变。",
        "汪立新\n垃圾分类指导科",
    ])
    leaf = text_leaf(text, "plain", "gbk", "quoted-printable", ct_style="outlook", label="gb2312", eol="\r\n")
    cs = "gb2312"
    me = email_of("汪立新")
    to = [P(n) for n in ["柯雨欣", "田茂林", "聂文斌", "蔡振华"]]
    cc_ = [P("龚丽萍"), P("严卫东"), BOT_A]
    hs = trace(6802, "A", t, return_path=f"<{me}>",
               more=[f"from WANGLIXIN-PC (unknown [10.31.9.27])\n\tby mx.xyhw.example.gov.cn (Coremail) with SMTP id "
                     f"{hx(68021, 20)};\n\t{dh}"]) + [
        f"From: {addr('汪立新', me, cs)}",
        "To: " + addrs(to, cs, sep=",\n\t"),
        "Cc: " + addrs(cc_, cs, sep=",\n\t"),
        "Subject: " + hval("垃圾分类工作周例会纪要（4月14日）", cs),
        f"Date: {dh}",
        f"Message-ID: {outlook_mid(6802, 'xyhw.example.gov.cn')}",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        f"Thread-Index: {thread_index(6802)}",
        "Content-Language: zh-cn",
    ]
    return build_message(hs, leaf)


# ---------------------------------------------------------------------------
# 6803 跨部门协作事项跟踪表 pasted from WPS/Excel, Coremail HTML only, UTF-8 QP
# ---------------------------------------------------------------------------
N6803 = ("Sent Wed 2026-04-29 11:20, the last working day but one before Labour Day (05-01..05-05; Sat 05-09 is a make-up "
         "working day). Seed 跨部门协作事项跟踪表 pasted from WPS/Excel into a single text/html part. The owner of each row is "
         "责任人（发起方）; 责任人（协作方） is the supporting side (配合) and never an owner -- AMBIGUOUS only in that the seed "
         "has two 责任人 columns; a careful assistant records the initiating side, as the row's 发起部门 owns the deliverable. "
         "Row 1 is 已完成 with an 实际完成时间 -> status, not an item. Row 2 -> 2026-05-20. Row 3 -> 2026-04-30. Row 4 "
         "2026-05-09 is the Saturday make-up working day (kept as written). Row 5 计划完成时间 '待定' -> due null, vague_due. "
         "The 风险点 column is remarks. '下次调度会：5月8日（星期五）下午3:00' -> 2026-05-08 15:00 (Friday, checked).")


@case(6803, "collab-tracking-wps-paste-html-only", "minutes", "A", notes=N6803,
      items=[I("老旧小区垃圾分类驿站改造", "蔡振华", ("abs", "2026-05-20")),
             I("五一期间景区及商圈保洁保障方案", "简红梅", ("abs", "2026-04-30")),
             I("环卫作业车辆GPS监管平台数据对接", "邓永胜", ("abs", "2026-05-09", "Sat")),
             I("厨余垃圾收运补贴资金申请", "龚丽萍", None, vague=True)],
      nxt=(("abs", "2026-05-08", "Fri"), "15:00"),
      summary="4 items (1 done row skipped, 1 待定), next 05-08 15:00",
      tests="seed 跨部门协作事项跟踪表 with two 责任人 columns; done row; make-up Saturday due; 待定; HTML-only WPS table",
      client="Coremail XT5 webmail (table pasted from WPS 表格)", enc="single text/html part, UTF-8 quoted-printable")
def c6803():
    dh, t = rfc_date(2026, 4, 29, 11, 20, 5, suffix=" (GMT+08:00)")
    header = ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间",
              "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"]
    rows = [
        ["1", "人民广场周边垃圾桶更换", "环卫作业科", "设施建设科", "鲁建平", "闵浩", "2026-04-01", "2026-04-20",
         "2026-04-22", "已完成（延期2天，因到货晚）", "-"],
        ["2", "老旧小区垃圾分类驿站改造", "设施建设科", "垃圾分类指导科", "蔡振华", "柯雨欣", "2026-04-22", "2026-05-20",
         "-", "进行中（设计方案已完成）", "节假日施工队人手紧张，已提前排班"],
        ["3", "五一期间景区及商圈保洁保障方案", "环卫作业科", "安全监管科", "简红梅", "邓永胜", "2026-04-27", "2026-04-30",
         "-", "进行中（初稿已完成80%）", "-"],
        ["4", "环卫作业车辆GPS监管平台数据对接", "安全监管科", "办公室", "邓永胜", "赵国强", "2026-04-15", "2026-05-09",
         "-", "进行中", "平台供应商5月9日（周六，调休上班）到场调试"],
        ["5", "厨余垃圾收运补贴资金申请", "计划财务科", "固废处置中心", "龚丽萍", "鄢庆", "2026-04-20", "待定", "-",
         "未开始（等待省厅文件）", "省厅文件下发时间不确定"],
    ]

    def cell(c, cls="et2"):
        from html import escape
        return f'<td class="{cls}" x:str>{escape(c, quote=False)}</td>'

    trs = ['<tr height="36" style="height:27pt">' + "".join(cell(c, "et3") for c in header) + "</tr>"]
    for r in rows:
        trs.append('<tr height="36" style="height:27pt">' + "".join(cell(c) for c in r) + "</tr>")
    table = ('<table width="1380" border="0" cellpadding="0" cellspacing="0" style="width:1035pt;border-collapse:collapse;'
             'table-layout:fixed;">\n<colgroup><col width="48" style="width:36pt"><col width="220" span="10" '
             'style="width:165pt"></colgroup>\n' + "\n".join(trs) + "\n</table>")
    style = ('<style>td.et2{border:.5pt solid #000000;font-size:11pt;font-family:宋体;mso-number-format:"@";'
             'white-space:normal;} td.et3{border:.5pt solid #000000;font-size:11pt;font-weight:700;font-family:宋体;'
             'background:#FFFF00;}</style>')
    htm = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
           "<div>各位领导、同事：</div><div><br></div>"
           "<div>节前最后一次更新，跟踪表如下，请各责任人对照时间节点推进。</div><div><br></div>"
           "<div><b>城区环境综合整治跨部门协作事项跟踪表（截至4月29日）</b></div>\n"
           f"{style}\n{table}\n<div><br></div>"
           "<div>下次调度会：5月8日（星期五）下午3:00，三楼会议室。</div><div><br></div>"
           "<div>孟晓雯</div><div>局办公室</div></div>\n")
    leaf = text_leaf(htm, "html", "utf-8", "quoted-printable", label="UTF-8")
    me = email_of("孟晓雯")
    to = [P(n) for n in ["鲁建平", "蔡振华", "简红梅", "邓永胜", "龚丽萍", "柯雨欣", "闵浩", "鄢庆"]]
    cc_ = [P("严卫东"), P("赵国强"), BOT_A]
    hs = trace(6803, "A", t, return_path=f"<{me}>", more=[coremail_hop(me, "10.31.8.66", dh)]) + [
        f"Date: {dh}",
        f"From: {addr('孟晓雯', me, 'UTF-8')}",
        "To: " + addrs(to, "UTF-8", sep=", \n\t"),
        "Cc: " + addrs(cc_, "UTF-8", sep=", \n\t"),
        "Subject: " + hval("【跟踪表】城区环境综合整治跨部门协作事项跟踪表（截至4月29日）", "UTF-8"),
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9e2b1f4c)\n Copyright (c) 2002-2026 www.mailtech.cn xyhw",
        "MIME-Version: 1.0",
        f"Message-ID: {coremail_mid(t, me, 6803)}",
        "X-Coremail-Locale: zh_CN",
        "X-Originating-IP: [10.31.8.66]",
    ]
    return build_message(hs, leaf)


def foxmail_boundary(n, t, level="001"):
    return f"----=_{level}_NextPart{int(hx(n, 10), 16) % 10**12:012d}_=----"


def foxmail_mid(t, n, domain):
    return f"<{t.strftime('%Y%m%d%H%M%S')}{int(hx(n, 8), 16) % 10**7:07d}@{domain}>"


# ---------------------------------------------------------------------------
# 6804 印发会议纪要 as .docx, Foxmail gb2312 base64 short body
# ---------------------------------------------------------------------------
N6804 = ("Sent Fri 2026-05-08 16:30; the next day, Sat 05-09, is the Labour Day make-up working day. The body only covers "
         "the attachment: the minutes are in the .docx (襄环卫纪〔2026〕9号), read as a human reading the document would. "
         "（一） '由环卫作业科负责，简红梅同志具体承办' -> owner 简红梅 (the named person); '3个工作日内' from Fri 05-08: Sat 05-09 "
         "(make-up working day) = 1, Sun 05-10 rest, Mon 05-11 = 2, Tue 05-12 = 3 -> 2026-05-12 (a Mon-Fri count gives 05-13). "
         "（二） '闵浩同志牵头' -> 闵浩; '下周三前' = Wednesday of the following calendar week = 2026-05-13. （三） unit only "
         "(垃圾分类指导科) -> no_owner; '本月底前' -> 2026-05-31 (a Sunday, kept as written). （四） 安全监管科 with "
         "'具体时间另行商定' -> owner null, due null, flags no_owner + vague_due (the time is left open, like 待定); 城管执法部门 "
         "is not a unit of the bureau. 一、会议认为 (出动1.2万人次, 4860吨) and 三、 are information/exhortation. No next meeting.")


@case(6804, "docx-minutes-notice-foxmail", "minutes", "A", notes=N6804,
      items=[I("对照第一批68条背街小巷问题清单逐条销号，形成整改台账", "简红梅", ("workdays", 3)),
             I("完成15座公厕改造的施工图审查", "闵浩", ("nextweek", "Wed")),
             I("完成示范片区申报材料", dept="垃圾分类指导科", due=("month_end",)),
             I("会同城管执法部门开展渣土车夜间抛洒联合检查", dept="安全监管科", vague=True)],
      summary="4 items from the .docx (2 unit-only), no next meeting",
      tests=".docx attachment with a covering note; 3个工作日内 over the 05-09 make-up Saturday; 下周三前; 本月底前; 另行商定",
      client="Foxmail 7.2 (Windows)", enc="multipart/mixed: alternative gb2312 base64 + .docx (RFC 2231 gb18030 filename)")
def c6804():
    dh, t = rfc_date(2026, 5, 8, 16, 30, 44)
    doc = make_docx([
        ("center", "襄阳市城市环境卫生管理局"),
        ("title", "会 议 纪 要"),
        ("center", "襄环卫纪〔2026〕9号"),
        ("normal", ""),
        ("title", "全市市容环境卫生整治调度会议纪要"),
        ("normal", "2026年5月8日上午，严卫东副局长主持召开全市市容环境卫生整治调度会，听取各科室、各环卫所五一假期保洁保障"
                   "工作情况汇报，研究部署下一阶段整治工作。现纪要如下："),
        ("normal", "一、会议认为，五一假期期间全市环卫系统累计出动作业人员1.2万人次，清运垃圾4860吨，未发生重大环境卫生问题，"
                   "保障工作总体有力。"),
        ("normal", "二、会议明确以下事项："),
        ("normal", "（一）背街小巷整治。对照第一批68条背街小巷问题清单逐条销号，形成整改台账。由环卫作业科负责，简红梅同志具体"
                   "承办，3个工作日内报送整改台账。"),
        ("normal", "（二）公厕提档升级。设施建设科闵浩同志牵头，下周三前完成15座公厕改造的施工图审查。"),
        ("normal", "（三）垃圾分类示范片区创建。垃圾分类指导科负责，本月底前完成示范片区申报材料。"),
        ("normal", "（四）渣土车夜间抛洒整治。安全监管科会同城管执法部门开展渣土车夜间抛洒联合检查，具体时间另行商定。"),
        ("normal", "三、会议要求，各单位要严格落实“门前三包”责任制，坚持问题导向，举一反三，切实巩固五一期间保障成果。"),
        ("normal", ""),
        ("normal", "出席：严卫东  赵国强  鲁建平  蔡振华  汪立新  邓永胜  田茂林  聂文斌"),
        ("normal", "列席：简红梅  闵浩"),
        ("normal", "记录：孟晓雯"),
        ("normal", "分送：局领导，各科室，各环卫所，固废处置中心"),
        ("right", "襄阳市城市环境卫生管理局办公室        2026年5月8日印发"),
    ], title="全市市容环境卫生整治调度会议纪要", author="孟晓雯")
    cs = "gb2312"
    body = ["各科室、各环卫所、固废处置中心：",
            "现将《全市市容环境卫生整治调度会议纪要》（襄环卫纪〔2026〕9号）印发给你们，请认真抓好落实。具体内容见附件。",
            "局办公室\n2026年5月8日"]
    text = render_text(body)
    sig = ["赵国强", "襄阳市城市环境卫生管理局办公室", "电话：0710-3261570"]
    htm = html_body("foxmail", body, "gb2312", signature=sig)
    text = text + "\n\n\n" + "\n".join(sig) + "\n"
    alt = Multi('Content-Type: multipart/alternative;\n\tboundary="{b}"', foxmail_boundary(68041, t, "002"), [
        text_leaf(text, "plain", "gb2312", "base64", ct_style="outlook", eol="\r\n"),
        text_leaf(htm, "html", "gb2312", "base64", ct_style="outlook", eol="\r\n")])
    att = attach_leaf(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      "襄环卫纪〔2026〕9号 全市市容环境卫生整治调度会议纪要.docx", cs="gb18030")
    root = Multi('Content-Type: multipart/mixed;\n\tboundary="{b}"', foxmail_boundary(6804, t), [alt, att],
                 preamble="This is a multi-part message in MIME format.\n")
    me = email_of("赵国强")
    to = [("各科室", "keshi@xyhw.example.gov.cn"), ("各环卫所", "huanweisuo@xyhw.example.gov.cn"), P("鄢庆")]
    cc_ = [P("严卫东"), BOT_A]
    hs = trace(6804, "A", t, return_path=f"<{me}>",
               more=[f"from ZHAOGQ-PC (unknown [10.31.8.12])\n\tby mx.xyhw.example.gov.cn (Coremail) with SMTP id "
                     f"{hx(68042, 20)};\n\t{dh}"]) + [
        f"Date: {dh}",
        f"From: {addr('赵国强', me, cs)}",
        "To: " + addrs(to, cs, sep=",\n\t"),
        "Cc: " + addrs(cc_, cs, sep=",\n\t"),
        "Subject: " + hval("印发《全市市容环境卫生整治调度会议纪要》的通知", cs),
        "X-Priority: 3",
        f"X-GUID: {hx_upper(68043, 8)}-{hx_upper(68044, 4)}-{hx_upper(68045, 4)}-{hx_upper(68046, 4)}-{hx_upper(68047, 12)}",
        "X-Has-Attach: yes",
        "X-Mailer: Foxmail 7.2.25.228[cn]",
        "Mime-Version: 1.0",
        f"Message-ID: {foxmail_mid(t, 6804, 'xyhw.example.gov.cn')}",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6805 contractor's 外部沟通跟进表 as key：value lines, 126 webmail GBK base64
# ---------------------------------------------------------------------------
N6805 = ("Sent Mon 2026-06-15 18:10 by the outsourced street-cleaning contractor 章海涛 (a personal 126.com mailbox), the "
         "week of the Dragon Boat holiday (06-19..06-21). Seed 外部沟通跟进表 written as 字段：值 lines. ① is the contractor's "
         "own task: 我方 = the row 负责人 章海涛 (outsider in the roster, department null) -> '6月18日前' 2026-06-18. ② "
         "'局环卫作业科简工' = alias of 简红梅; '下周一前' from Monday 06-15 = Monday of the following week 2026-06-22 (the first "
         "working day after the holiday). ③ is joint work ('由局计划财务科与我方商务部对接') with '时间待定': no single person -> "
         "owner null, no_owner + vague_due; department 计划财务科, the bureau's unit named (AMBIGUOUS: department null is "
         "also defensible, as the contractor's 商务部 shares the task). '端午假期（6月19日-21日）' in 核心需求 is information. "
         "下次沟通时间 6月22日（周一）上午9:30 -> 2026-06-22 09:30.")


@case(6805, "contractor-followup-table-126-gbk", "minutes", "A", notes=N6805,
      items=[I("增派夜间洗扫车3台", "章海涛", ("abs", "2026-06-18")),
             I("核定新增作业面积并出具书面确认", "简红梅", ("nextweek", "Mon")),
             I("增加的作业费用核算", dept="计划财务科", vague=True, src="增加的作业费用由局计划财务科与我方商务部对接核算")],
      nxt=(("abs", "2026-06-22", "Mon"), "09:30"),
      summary="3 items (1 external owner, 1 joint/no owner), next 06-22 09:30",
      tests="minutes written by an outside contractor; seed 外部沟通跟进表 as key：value lines; 我方 = row 负责人; title alias 简工; 下周一前",
      client="126.com webmail (NetEase, Coremail-based)", enc="multipart/alternative, GBK base64")
def c6805():
    dh, t = rfc_date(2026, 6, 15, 18, 10, 21, suffix=" (CST)")
    blocks = [
        "简工：您好！",
        "今天下午与贵局就樊城片区机扫作业面积调整进行了沟通，现按贵局要求的格式整理跟进表如下，请审阅：",
        "沟通编号：QY-FC-2026-0615\n沟通日期：2026-06-15\n对方单位/联系人：襄阳市城市环境卫生管理局/简红梅\n"
        "我方对接人：清源环境樊城项目部/章海涛\n沟通类型：合作方（环卫作业外包）\n"
        "核心需求/反馈：局方反映长虹路、人民路夜间机扫频次不足，端午假期（6月19日-21日）期间需加密作业\n"
        "解决方案/进展：①我方增派夜间洗扫车3台，6月18日前到位；②局环卫作业科简工核定新增作业面积并出具书面确认（下周一前）；"
        "③增加的作业费用由局计划财务科与我方商务部对接核算，时间待定\n"
        "下次沟通时间：6月22日（周一）上午9:30\n负责人：章海涛",
        "以上如有不妥请指正。",
        "章海涛\n襄阳清源环境服务有限公司  樊城项目部经理\n手机：139 7210 5568",
    ]
    text = render_text(blocks)
    htm = html_body("coremail", blocks, "GBK") + '<br><br><span title="neteasefooter"><p>&nbsp;</p></span>\n'
    root = Multi('Content-Type: multipart/alternative; \n\tboundary="{b}"', coremail_boundary(6805, t), [
        text_leaf(text, "plain", "gbk", "base64", label="GBK"),
        text_leaf(htm, "html", "gbk", "base64", label="GBK")])
    me = "qingyuan_zht@126.com"
    cs = "GBK"
    hs = trace(6805, "A", t, return_path=f"<{me}>",
               src="m126-41.mail.126.com (m126-41.mail.126.com [220.197.31.41])",
               more=[f"from qingyuan_zht$126.com ( [27.17.204.88] ) by ajax-webmail-wmsvr-41-118\n (Coremail) ; {dh}"]) + [
        f"Date: {dh}",
        f"From: {addr('章海涛', me, cs)}",
        "To: " + addr("简红梅", email_of("简红梅"), cs),
        "Cc: " + addrs([P("鲁建平"), BOT_A], cs, sep=", \n\t"),
        "Subject: " + hval("清源环境—樊城片区机扫作业沟通纪要（6月15日）", cs),
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9e2b1f4c)\n Copyright (c) 2002-2026 www.mailtech.cn 126com",
        f"X-NTES-SC: AL_Qu2{hx(68051, 40)}",
        "MIME-Version: 1.0",
        f"Message-ID: <{hx(6805, 8)}.{hx(68052, 4)}.{format(epoch_ms(t), 'x')}.Coremail.qingyuan_zht@126.com>",
        f"X-Coremail-Locale: zh_CN",
        f"X-CM-TRANSID:KSgvCgD3H{hx(68053, 16)}--.{hx(68054, 5)}",
        "X-Originating-IP: [27.17.204.88]",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6806 new minutes as 答复: in the thread of the meeting notice, Outlook UTF-8 QP
# ---------------------------------------------------------------------------
N6806 = ("Sent Wed 2026-06-10 17:20 as '答复:' to the organiser's own meeting notice (In-Reply-To/References point at it): "
         "new minutes at the top, the old notice quoted below an Outlook 发件人/发送时间 block. It is minutes, not a reply "
         "to a recap. 1 -> 2026-06-12. 2 '龚科长' = 龚丽萍; '本周五前' from Wednesday -> 2026-06-12. 3 the writer himself "
         "(赵国强); '明天下午3点前' -> 2026-06-11 15:00. 4 is marked 已完成 -> status, not an item. The quoted notice's "
         "'6月9日下班前…报办公室' is old and quoted: not an item. '下次会议：端午节后第一个工作日下午3点' -> Dragon Boat "
         "holiday 06-19..06-21, first working day after = Mon 2026-06-22, 15:00. The 35℃ and 11:00—15:00 are facts/rules.")


@case(6806, "re-thread-flood-heat-outlook", "minutes", "A", notes=N6806,
      items=[I("防汛物资清点补充，缺口清单报办公室", "邓永胜", ("abs", "2026-06-12"),
               src="防汛物资清点补充"),
             I("拟定一线环卫工人高温津贴发放方案", "龚丽萍", ("wd", "Fri")),
             I("高温时段作业时间调整公告起草后报严局审定", "赵国强", ("tomorrow",), "15:00",
               src="调整后的作业时间公告起草后报严局审定")],
      nxt=(("after_holiday", "Dragon Boat Festival"), "15:00"),
      summary="3 items (1 done item skipped), next 06-22 15:00 (节后第一个工作日)",
      tests="new minutes sent as 答复: in the notice thread with the notice quoted; 本周五前; 明天下午3点前; next meeting 节后第一个工作日下午3点",
      client="Outlook 2016 zh-CN", enc="multipart/alternative, UTF-8 quoted-printable; In-Reply-To/References")
def c6806():
    dh, t = rfc_date(2026, 6, 10, 17, 20, 9)
    quote = Q("outlook", ["发件人: 赵国强", "发送时间: 2026年6月8日 9:12", "收件人: 鲁建平; 邓永胜; 龚丽萍; 田茂林; 聂文斌",
                          "抄送: 严卫东", "主题: 关于召开汛期及高温天气环卫作业保障专题会的通知"],
              ["各科室、各环卫所：",
               "经局领导同意，定于6月10日（周三）下午2:30在三楼会议室召开汛期及高温天气环卫作业保障专题会，请各单位主要负责同志"
               "参加，并于6月9日下班前将本单位防汛物资储备情况报办公室。",
               "局办公室\n2026年6月8日"])
    blocks = [
        "各位：",
        "今天下午专题会的纪要如下，不再另行发文。",
        "一、会议情况\n会议通报了近期天气形势：据气象部门预测，6月中下旬我市将进入主汛期，同时将出现连续35℃以上高温天气。",
        "二、工作安排\n"
        "1. 防汛物资清点补充：各中转站、车辆停放场的防汛沙袋、抽水泵逐一清点，缺口清单报办公室。负责人：邓永胜；时间：6月12日前。\n"
        "2. 高温津贴发放方案：按照省里标准拟定一线环卫工人高温津贴发放方案。负责人：龚科长；时间：本周五前。\n"
        "3. 高温时段作业时间调整公告：11:00—15:00暂停露天作业，调整后的作业时间公告起草后报严局审定。负责人：赵国强；时间：明天下午3点前。\n"
        "4. 防暑降温物资采购：藿香正气水、清凉油等由各环卫所自行采购，费用据实报销。（已完成，各所已于上周采购到位）",
        "三、下次会议\n端午节后第一个工作日下午3点，仍在三楼会议室，请邓科长汇报物资清点情况。",
        "赵国强\n局办公室\n电话：0710-3261570",
        quote,
    ]
    text = render_text(blocks)
    htm = html_body("outlook", blocks, "utf-8")
    b = f"_000_{hx_upper(6806, 8)}_"
    root = Multi('Content-Type: multipart/alternative;\n\tboundary="{b}"', b, [
        text_leaf(text, "plain", "utf-8", "quoted-printable", ct_style="outlook"),
        text_leaf(htm, "html", "utf-8", "quoted-printable", ct_style="outlook")])
    me = email_of("赵国强")
    notice_mid = outlook_mid(68060, "xyhw.example.gov.cn")
    to = [P(n) for n in ["鲁建平", "邓永胜", "龚丽萍", "田茂林", "聂文斌"]]
    hs = trace(6806, "A", t, return_path=f"<{me}>",
               more=[f"from ZHAOGQ-PC (unknown [10.31.8.12])\n\tby mx.xyhw.example.gov.cn (Coremail) with SMTP id "
                     f"{hx(68061, 20)};\n\t{dh}"]) + [
        f"From: {addr('赵国强', me)}",
        "To: " + addrs(to, sep=",\n\t"),
        "CC: " + addrs([P("严卫东"), BOT_A], sep=",\n\t"),
        "Subject: " + hval("答复: 关于召开汛期及高温天气环卫作业保障专题会的通知"),
        "Thread-Topic: " + hval("关于召开汛期及高温天气环卫作业保障专题会的通知"),
        f"Thread-Index: {thread_index(6806, parent=68060)}",
        f"Date: {dh}",
        f"Message-ID: {outlook_mid(6806, 'xyhw.example.gov.cn')}",
        f"References: {notice_mid}",
        f"In-Reply-To: {notice_mid}",
        "Accept-Language: zh-CN, en-US",
        "Content-Language: zh-CN",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6807 minutes grouped by person, ①② sub-tasks, next meeting date and time on two lines; Foxmail gb2312
# ---------------------------------------------------------------------------
N6807 = ("Sent Mon 2026-07-06 17:05 by 简红梅, who keeps the 科's minutes. Minutes grouped by person (【鲁科长】, 【简红梅】, 【田所长】, 【聂所长】): titles resolve by "
         "roster aliases (鲁科长 = 鲁建平, 田所长 = 田茂林, 聂所长 = 聂文斌). ①② under one person are separate items. "
         "鲁建平 '7月10日前' -> 2026-07-10. 简红梅 ① '本周五前' from Monday -> 2026-07-10; ② -> 2026-07-15. 田茂林 ① "
         "'下周二前' -> Tuesday of the following week 2026-07-14; ② '尽快' -> due null, vague_due. 聂文斌 -> 2026-07-10. "
         "'另：…已全部完成，不再跟踪' is a report of finished work, not an item. The next meeting is split over two lines "
         "('下次例会：7月13日（周一）' then '时间：下午2点半') -> 2026-07-13 14:30.")


@case(6807, "grouped-by-person-foxmail-gb2312", "minutes", "A", notes=N6807,
      items=[I("将城区主干道“以克论净”考核细则（修订稿）报严局", "鲁建平", ("abs", "2026-07-10")),
             I("汇总上半年各片区作业考核得分", "简红梅", ("wd", "Fri")),
             I("完成下半年外包作业合同续签的资料准备", "简红梅", ("abs", "2026-07-15")),
             I("樊城片区夜间作业噪音投诉整改，书面回复投诉人", "田茂林", ("nextweek", "Tue"), src="樊城片区夜间作业噪音投诉整改"),
             I("汉江沿线亲水平台垃圾桶加密布点方案", "田茂林", None, vague=True, src="汉江沿线亲水平台垃圾桶加密布点"),
             I("襄城古城片区旅游旺季保洁方案报环卫作业科", "聂文斌", ("abs", "2026-07-10"), src="襄城古城片区旅游旺季保洁方案")],
      nxt=(("abs", "2026-07-13", "Mon"), "14:30"),
      summary="6 items by person (①② split), next 07-13 14:30",
      tests="minutes grouped by person with titles (鲁科长/田所长/聂所长); ①② sub-items; 本周五前/下周二前/尽快; next meeting date and time on separate lines",
      client="Foxmail 7.2 (Windows)", enc="multipart/alternative, gb2312 base64 (CRLF text)")
def c6807():
    dh, t = rfc_date(2026, 7, 6, 17, 5, 48)
    blocks = [
        "各位：",
        "本周作业例会纪要如下，按人列出，请各自对照落实。",
        "【鲁科长】\n1. 7月10日前将城区主干道“以克论净”考核细则（修订稿）报严局。",
        "【简红梅】\n① 本周五前汇总上半年各片区作业考核得分；\n② 7月15日前完成下半年外包作业合同续签的资料准备。",
        "【田所长】\n① 樊城片区夜间作业噪音投诉整改，下周二前书面回复投诉人；\n② 汉江沿线亲水平台垃圾桶加密布点，尽快拿出方案。",
        "【聂所长】\n襄城古城片区旅游旺季保洁方案，7月10日前报环卫作业科。",
        "另：上周布置的作业车辆冲洗点改造已全部完成，不再跟踪。",
        "下次例会：7月13日（周一）\n时间：下午2点半，地点：局三楼小会议室",
    ]
    sig = ["简红梅", "环卫作业科"]
    text = render_text(blocks) + "\n\n" + "\n".join(sig) + "\n"
    htm = html_body("foxmail", blocks, "gb2312", signature=sig)
    root = Multi('Content-Type: multipart/alternative;\n\tboundary="{b}"', foxmail_boundary(6807, t), [
        text_leaf(text, "plain", "gb2312", "base64", ct_style="outlook", label="gb2312", eol="\r\n"),
        text_leaf(htm, "html", "gb2312", "base64", ct_style="outlook", label="gb2312", eol="\r\n")],
        preamble="This is a multi-part message in MIME format.\n")
    cs = "gb2312"
    me = email_of("简红梅")
    to = [P("鲁建平"), P("田茂林"), P("聂文斌")]
    hs = trace(6807, "A", t, return_path=f"<{me}>",
               more=[f"from JIANHM-PC (unknown [10.31.9.53])\n\tby mx.xyhw.example.gov.cn (Coremail) with SMTP id "
                     f"{hx(68071, 20)};\n\t{dh}"]) + [
        f"Date: {dh}",
        f"From: {addr('简红梅', me, cs)}",
        "To: " + addrs(to, cs, sep=",\n\t"),
        "Cc: " + addrs([P("严卫东"), BOT_A], cs, sep=",\n\t"),
        "Subject: " + hval("环卫作业科周例会纪要（7月6日）", cs),
        "X-Priority: 3",
        f"X-GUID: {hx_upper(68072, 8)}-{hx_upper(68073, 4)}-{hx_upper(68074, 4)}-{hx_upper(68075, 4)}-{hx_upper(68076, 12)}",
        "X-Has-Attach: no",
        "X-Mailer: Foxmail 7.2.25.228[cn]",
        "Mime-Version: 1.0",
        f"Message-ID: {foxmail_mid(t, 6807, 'xyhw.example.gov.cn')}",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6808 腾讯会议 智能纪要 pasted with a preface; only 待办事项 counts. Coremail UTF-8 QP
# ---------------------------------------------------------------------------
N6808 = ("Sent Thu 2026-05-21 10:40. A 腾讯会议 智能纪要 pasted into a mail with a short preface (not an item). Only the "
         "'待办事项' section is read: the 会议摘要 and 分段纪要 restate plans ('5月底前报送省厅', '预计6月10日完工', "
         "'闵浩负责跟进') and are not items. 待办: 田茂林 and 聂文斌 -> 2026-05-25 each; 闵浩 '6月10日前完工' -> 2026-06-10; "
         "柯雨欣 '（5月28日前）' -> 2026-05-28; the last 待办 has no owner and no date -> owner null, department null, "
         "flags no_owner + no_due. No next meeting (the AI text has none).")


@case(6808, "tencent-meeting-ai-minutes-coremail", "minutes", "A", notes=N6808,
      items=[I("提交樊城区示范小区分类数据及现场照片", "田茂林", ("abs", "2026-05-25")),
             I("提交襄城区示范小区分类数据及现场照片", "聂文斌", ("abs", "2026-05-25")),
             I("跟进剩余8座分类驿站改造", "闵浩", ("abs", "2026-06-10")),
             I("汇总各片区材料，形成申报材料初稿", "柯雨欣", ("abs", "2026-05-28")),
             I("整理督导员考核办法征求意见稿")],
      summary="5 items from 待办事项 only (1 without owner or date), no next meeting",
      tests="腾讯会议 智能纪要 pasted into mail: summary and chapters restate plans but only 待办 counts; preface",
      client="Coremail XT5 webmail", enc="multipart/alternative, UTF-8 quoted-printable")
def c6808():
    dh, t = rfc_date(2026, 5, 21, 10, 40, 17, suffix=" (GMT+08:00)")
    blocks = [
        "汪科及各位：",
        "今天上午推进会的腾讯会议智能纪要导出来了，待办我对着录音核了一遍，没有问题。全文如下：",
        "【腾讯会议】智能纪要\n会议主题：垃圾分类示范片区创建推进会\n"
        "会议时间：2026/05/21 09:00-10:05 (GMT+08:00) 中国标准时间 - 北京\n参会成员：汪立新、柯雨欣、蔡振华、闵浩、田茂林、聂文斌",
        "会议摘要\n本次会议围绕垃圾分类示范片区创建工作展开讨论。汪立新提出示范片区申报材料需在5月底前报送省厅，要求各环卫所尽快"
        "提交辖区示范小区的分类数据；蔡振华介绍了分类驿站改造进度，20座驿站中已有12座完成主体改造，预计6月10日完工；"
        "会议还讨论了督导员考核办法的修订方向。",
        "分段纪要\n00:02:15 申报材料准备情况\n汪立新表示申报材料框架已完成，还需补充各片区现场照片和近三个月分类数据，由柯雨欣汇总。\n"
        "00:18:40 分类驿站改造进度\n蔡振华表示剩余8座驿站受雨天影响进度偏慢，闵浩负责跟进。\n"
        "00:41:05 督导员考核\n田茂林、聂文斌建议考核办法增加在岗率指标，并按月通报。",
        "待办事项\n□ 田茂林：5月25日前提交樊城区示范小区分类数据及现场照片\n"
        "□ 聂文斌：5月25日前提交襄城区示范小区分类数据及现场照片\n"
        "□ 闵浩：跟进剩余8座分类驿站改造，6月10日前完工\n"
        "□ 柯雨欣：汇总各片区材料，形成申报材料初稿（5月28日前）\n"
        "□ 整理督导员考核办法征求意见稿",
        "以上内容由AI生成，仅供参考",
        "柯雨欣\n垃圾分类指导科",
    ]
    text = render_text(blocks)
    htm = html_body("coremail", blocks, "UTF-8")
    root = Multi('Content-Type: multipart/alternative; \n\tboundary="{b}"', coremail_boundary(6808, t), [
        text_leaf(text, "plain", "utf-8", "quoted-printable", label="UTF-8"),
        text_leaf(htm, "html", "utf-8", "quoted-printable", label="UTF-8")])
    me = email_of("柯雨欣")
    to = [P(n) for n in ["汪立新", "蔡振华", "闵浩", "田茂林", "聂文斌"]]
    hs = trace(6808, "A", t, return_path=f"<{me}>", more=[coremail_hop(me, "10.31.9.140", dh)]) + [
        f"Date: {dh}",
        f"From: {addr('柯雨欣', me, 'UTF-8')}",
        "To: " + addrs(to, "UTF-8", sep=", \n\t"),
        "Cc: " + addr(*BOT_A, cs="UTF-8"),
        "Subject: " + hval("垃圾分类示范片区创建推进会智能纪要（5月21日）", "UTF-8"),
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9e2b1f4c)\n Copyright (c) 2002-2026 www.mailtech.cn xyhw",
        "MIME-Version: 1.0",
        f"Message-ID: {coremail_mid(t, me, 6808)}",
        "X-Coremail-Locale: zh_CN",
        "X-Originating-IP: [10.31.9.140]",
    ]
    return build_message(hs, root)


# ---------------------------------------------------------------------------
# 6837 a plain 所务会 note from a grass-roots unit head on a Huawei phone; owners outside the roster
# ---------------------------------------------------------------------------
N6837 = ("Sent Fri 2026-07-17 09:10 from a phone. Short plain minutes of a 环卫所 staff meeting. 1 '李强负责' -> owner "
         "李强, a team leader who is neither in the roster nor in From/To/Cc: owner_name as written, email null, department "
         "null; '今天下班前' -> the send date 2026-07-17, no time. 2 王凯 likewise (email null) -> 2026-07-22. 3 the writer "
         "田茂林 -> 2026-07-24. 4 is a rule already in force ('已执行'), not an item. '下次所务会：下周五上午8:30' -> Friday of "
         "the following week 2026-07-24 08:30.")


@case(6837, "unit-staff-meeting-huawei-phone", "minutes", "A", notes=N6837,
      items=[I("把沿江路段下水口杂物清掏分工表报所里", name="李强", due=("today",),
               src="分工表报所里"),
             I("对3台洒水车做汛期检修", name="王凯", due=("abs", "2026-07-22")),
             I("上半年临时工考勤汇总报局计划财务科", "田茂林", ("abs", "2026-07-24"), src="上半年临时工考勤汇总")],
      nxt=(("nextweek", "Fri"), "08:30"),
      summary="3 items (2 owners outside the roster, no email), next 07-24 08:30",
      tests="plain phone mail; owners not in roster or headers (email null); 今天下班前; standing rule '已执行'; 下周五上午8:30",
      client="Huawei Email (Android phone)", enc="multipart/alternative, UTF-8 base64")
def c6837():
    dh, t = rfc_date(2026, 7, 17, 9, 10, 52)
    blocks = [
        "鲁科长：",
        "今天早上所务会的情况报一下，请科里知悉。",
        "所务会纪要（7月17日）\n参加：田茂林、李强（作业一班班长）、周敏华（作业二班班长）、王凯（车队队长）",
        "一、汛期作业\n1. 沿江路段下水口杂物每日清掏，李强负责，今天下班前把分工表报所里。\n"
        "2. 车队对3台洒水车做汛期检修，王凯负责，7月22日前完成。",
        "二、人员管理\n3. 上半年临时工考勤汇总，田茂林负责，7月24日前报局计划财务科。\n"
        "4. 防暑：各班组中午11点至下午3点停止露天作业（已执行）。",
        "下次所务会：下周五上午8:30",
        "田茂林",
        "发自我的华为手机",
    ]
    text = render_text(blocks)
    htm = html_body("div", blocks, "utf-8", head=True)
    b = f"--_com.android.email_{int(hx(6837, 12), 16) % 10**15}"
    root = Multi('Content-Type: multipart/alternative; boundary="{b}"', b, [
        text_leaf(text, "plain", "utf-8", "base64"),
        text_leaf(htm, "html", "utf-8", "base64")])
    me = email_of("田茂林")
    hs = trace(6837, "A", t, return_path=f"<{me}>",
               more=[f"from [10.31.60.23] (unknown [223.104.23.17])\n\tby mx.xyhw.example.gov.cn (Coremail) with SMTP id "
                     f"{hx(68371, 20)};\n\t{dh}"]) + [
        f"Date: {dh}",
        f"Subject: {hval('樊城区环卫所所务会纪要（7月17日）')}",
        f"Message-ID: <{hx(68372, 8)}-{hx(68373, 4)}-{hx(68374, 4)}-{hx(68375, 4)}-{hx(68376, 12)}@email.android.com>",
        "X-Android-Message-ID: <" + hx(68377, 24) + "@email.android.com>",
        f"From: {addr('田茂林', me)}",
        "To: " + addr("鲁建平", email_of("鲁建平")),
        "Cc: " + addrs([P("简红梅"), BOT_A], sep=", "),
        "MIME-Version: 1.0",
        "Importance: Normal",
        "X-Priority: 3 (Normal)",
    ]
    return build_message(hs, root)
