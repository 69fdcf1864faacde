"""Cases 8401-8408."""
from gen_common import *  # noqa

# ------------------------------------------------------------------ 8401
def c8401():
    date = "Thu, 2 Apr 2026 16:48:20 +0800"
    text = """各部门：

4月2日上午，张德明副总经理主持召开春季粮食收购及储备轮换工作专题会议，储运部、购销部、质检中心、财务部、安全环保部负责同志参加。现将会议议定事项纪要如下：

一、会议听取了购销部关于一季度玉米收购进度的汇报。截至3月底累计收购玉米12.6万吨，完成年度计划的63%。

二、会议认为，当前储备轮换窗口期较短，各部门要强化协同配合，确保轮换期间库存数量真实、质量良好、储存安全。

三、会议明确以下工作事项：

（一）储备轮换出库方案。由储运部仓储主管韦志远牵头，购销部配合，编制2号、5号仓储备轮换出库方案。
责任单位：储运部
完成时限：节后第一个工作日

（二）入库粮食质量抽检。对3月下旬入库的玉米开展扦样检验，重点检测水分和霉变粒。
责任单位：质检中心
完成时限：3个工作日内

（三）收购资金测算。购销部刘振宇会同财务部测算二季度收购资金需求，形成书面报告报公司领导。
责任单位：购销部
完成时限：4月15日前

（四）清明节假期安全工作。一是严格执行节假日24小时值班和领导带班制度；二是完成各库区消防设施和电气线路检查。
责任单位：安全环保部（鲍春生）
完成时限：4月3日（周五）前

下次会议：4月9日（周四）上午9:00，公司二楼第一会议室。

综合办公室
2026年4月2日

于海洋
吉林省粮油贸易集团有限公司 综合办公室
电话：0431-8895 2210
"""
    html_body = ""
    for para in text.split("\n"):
        if para.startswith(("一、", "二、", "三、")):
            html_body += f'<p class=MsoNormal style="text-indent:21.0pt"><b><span style="font-family:仿宋_GB2312">{html_escape(para)}</span></b></p>\n'
        elif para:
            html_body += f'<p class=MsoNormal><span style="font-family:仿宋_GB2312;font-size:14.0pt">{html_escape(para)}</span></p>\n'
        else:
            html_body += '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head><meta http-equiv=Content-Type content="text/html; charset=gb2312">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>\n'
            '<body lang=ZH-CN link="#0563C1" vlink="#954F72" style="text-justify-trim:punctuation">'
            '<div class=WordSection1>\n' + html_body + '</div></body></html>\n')
    body = multipart("alternative", "----=_NextPart_000_0017_01DCC2A4.3E9F1A20", [
        leaf("text/plain", text, "gb2312", "base64"),
        leaf("text/html", html, "gb2312", "quoted-printable"),
    ], preamble="This is a multipart message in MIME format.")
    hdrs = [
        ("From", addr("yuhy", "gb2312")),
        ("To", addrs(["zhaolj", "jiangcm", "wangjh", "changli", "baocs"], "gb2312")),
        ("Cc", addrs(["zhangdm", "weizy", "liuzy"], "gb2312") + ",\n " + addr(("纪要助手", ORGS["A"]["bot"]), "gb2312")),
        ("Subject", ew("关于春季粮食收购及储备轮换工作专题会议纪要", "gb2312")),
        ("Date", date),
        ("Message-ID", "<001701dcc2a4$3e9f1a20$bbdd4e60$@jlgrain.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzCpD6fpu2TxW1vQq6Kc0Yb8xZ1Ng=="),
        ("Content-Language", "zh-cn"),
    ]
    case(8401, "soe-special-meeting-qingming-outlook-gb2312", "minutes", "A", date, hdrs, body, [
        I("weizy", "编制2号、5号仓储备轮换出库方案", "after_hol", "2026-04-07"),
        I(None, "对3月下旬入库玉米开展扦样检验（水分、霉变粒）", "wd:3", "2026-04-08", dept="质检中心"),
        I("liuzy", "测算二季度收购资金需求并形成书面报告", "abs:2026-04-15", "2026-04-15"),
        I("baocs", "完成各库区消防设施和电气线路检查", "abs:2026-04-03", "2026-04-03"),
    ], NF("abs:2026-04-09", "2026-04-09", "09:00"),
        notes=("Formal SOE minutes sent Thu 2026-04-02, the last working day but one before Qingming (04-04..04-06 off). "
               "一、 is a report (汇报) and 二、 a decision (会议认为): not items. (一) 责任单位 储运部 but 仓储主管韦志远牵头 -> owner 韦志远 "
               "(购销部配合 is not an owner); 节后第一个工作日 = first working day after Qingming = 2026-04-07. (二) only a unit -> no_owner, "
               "department 质检中心; 3个工作日内 from the day after sending: 04-03 (1), 04-07 (2), 04-08 (3). (三) 刘振宇 (会同财务部 is support) "
               "4月15日前 -> 2026-04-15. (四) 一是 is a standing rule (值班制度), 二是 is the task; 安全环保部（鲍春生） = person in brackets "
               "after a unit -> 鲍春生, 2026-04-03. 下次会议 4月9日上午9:00 -> 2026-04-09 09:00. Outlook gb2312 base64 text + QP Word HTML."),
        tests="一、二、三 with （一）（二） 责任单位/完成时限 labels; 牵头 vs 配合; 节后第一个工作日 and 3个工作日内 across Qingming; unit(person)",
        from_host="YUHY-PC", from_ip="10.20.1.57")


# ------------------------------------------------------------------ 8402
def c8402():
    date = "Tue, 14 Apr 2026 17:26:05 +0800"
    text = """各位好，

今天（4月14日）14:00生产周会纪要如下：

参会：陆总、沈经理、吴冬梅、费工、钱工、顾浩、徐师傅、潘雯

一、本周情况
1. SLM两台设备本周排产已满，新接的小批量尼龙件优先走MJF。
2. 上周客户投诉的支架孔位偏差，原因已查明是模型文件版本用错，已重新打印发货。

二、待办
1. 顾浩：周五前把2号SLM打印机的铺粉异常记录整理出来，发给费工
2. 钱工：下周一出汽车格栅样件的支撑优化方案
3. 沈经理：4月22日前跟客户确认格栅样件的表面粗糙度要求

下周二同一时间继续。

--
吴冬梅
生产部 | 苏州三叠纪增材制造科技有限公司
吴江区汾湖高新区临沪大道xx号
"""
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=GBK\">"
            "<style>body { line-height: 1.5; }body { font-size: 14px; font-family: 'Microsoft YaHei UI'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head>"
            "<body>\n" + "".join(f"<div>{html_escape(l) if l else '<br>'}</div>\n" for l in text.split("\n"))
            + "<hr style=\"width: 210px; height: 1px;\" color=\"#b5c4df\" size=\"1\" align=\"left\">\n</body></html>\n")
    body = multipart("alternative", "----=_001_NextPart185563204157_=----", [
        leaf("text/plain", text, "GBK", "base64"),
        leaf("text/html", html, "GBK", "quoted-printable"),
    ], preamble="This is a multi-part message in MIME format.")
    hdrs = [
        ("Date", date),
        ("From", addr("wudm", "GBK")),
        ("To", addrs(["lujf", "shenjy", "feixd", "qianzm", "guhao", "xujp", "panwen"], "GBK")),
        ("Cc", addr(("minutes", ORGS["B"]["bot"]))),
        ("Subject", ew("生产周会纪要 4.14", "GBK")),
        ("X-Priority", "3"),
        ("X-GUID", "6C3F1E0A-2B8D-4F7A-9E21-0D5B7C4A1E93"),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.228[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<2026041417260519381511@sandieji3d.example.cn>"),
    ]
    case(8402, "weekly-production-foxmail-gbk", "minutes", "B", date, hdrs, body, [
        I("guhao", "整理2号SLM打印机铺粉异常记录发给费工", "bare:4", "2026-04-17"),
        I("qianzm", "出汽车格栅样件的支撑优化方案", "next:0", "2026-04-20"),
        I("shenjy", "跟客户确认格栅样件的表面粗糙度要求", "abs:2026-04-22", "2026-04-22"),
    ], NF("next:1", "2026-04-21", "14:00"),
        notes=("Plain Foxmail GBK minutes sent Tue 2026-04-14. 本周情况 lines are facts/reports, not items. 周五前 -> 2026-04-17; "
               "钱工 = 钱志明 (alias), 下周一 -> 2026-04-20; 沈经理 = 沈佳怡, 4月22日前 -> 2026-04-22. '下周二同一时间继续' with the "
               "meeting held 今天14:00 -> 2026-04-21 14:00."),
        tests="plain common minutes; name：task lines; title aliases 钱工/沈经理; '下周二同一时间' using the meeting's own time",
        from_host="WUDM-LAPTOP", from_ip="192.168.10.23")


# ------------------------------------------------------------------ 8403
def c8403():
    date = "Wed, 22 Apr 2026 20:12:44 +0800"
    intro = "各位，今天运营会的钉钉AI听记纪要转一下，待办请各自认领，有出入的直接回我。"
    html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-size:14px;font-family:PingFang SC,Microsoft YaHei">{intro}<br><br>黄晓玲</div>
<div style="border:1px solid #e5e6eb;border-radius:8px;padding:16px;margin-top:12px">
<div style="font-size:18px;font-weight:600">4月运营例会 | 智能纪要</div>
<div style="color:#8f959e">2026-04-22 18:30 - 19:42 · 鼓楼门诊二楼会议室 · 钉钉AI听记生成</div>
<div style="color:#8f959e">参会人：陈思远、林雅琴、钱慧敏、黄晓玲、郑伟、池美华</div>
<h3>智能摘要</h3>
<p>本次会议回顾了一季度复诊率与隐形矫治转化情况。一季度整体复诊率为87%，低于目标3个百分点，主要原因是3月部分患者改约未及时跟进。会议确定钱慧敏老师4月底前牵头完成疑难病例复盘，鼓楼门诊5月排班需在明天提交；预约系统短信提醒模板需要重新梳理。</p>
<h3>章节速览</h3>
<p><b>00:02 一季度复诊率回顾</b><br>陈思远通报一季度复诊率87%，仓山门诊下降明显。</p>
<p><b>00:18 隐形矫治病例复盘</b><br>钱慧敏提出挑选5例疑难病例做复盘，林雅琴同意。</p>
<p><b>00:41 排班与预约</b><br>黄晓玲说明五一期间门诊照常接诊，排班需重新调整；郑伟反馈短信模板过多、内容重复。</p>
<h3>待办</h3>
<ul>
<li>钱慧敏：4月底前完成5例隐形矫治疑难病例复盘</li>
<li>黄晓玲：明天下班前提交鼓楼门诊5月排班表</li>
<li>郑伟：梳理预约系统短信提醒模板</li>
<li>池美华：下周三前回访3月未按时复诊的患者</li>
</ul>
<div style="color:#8f959e;font-size:12px">智能纪要由AI生成，内容仅供参考</div>
</div></body></html>
"""
    body = leaf("text/html", html, "utf-8", "base64")
    hdrs = [
        ("From", addr("huangxl")),
        ("To", addrs(["chensy", "linyq", "qianhm", "zhengwei", "chimh"])),
        ("Cc", addr(("纪要助手", ORGS["C"]["bot"]))),
        ("Subject", ew("转发：4月运营例会 | 智能纪要")),
        ("Date", date),
        ("Message-ID", "<9d3c1a72-5e0b-4d8f-a1c6-20260422201244@mail.dingtalk.com>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "DingTalk Mail"),
    ]
    case(8403, "dingtalk-ai-minutes-todo-html-only", "minutes", "C", date, hdrs, body, [
        I("qianhm", "完成5例隐形矫治疑难病例复盘", "month_end", "2026-04-30"),
        I("huangxl", "提交鼓楼门诊5月排班表", "tomorrow", "2026-04-23"),
        I("zhengwei", "梳理预约系统短信提醒模板", "none"),
        I("chimh", "回访3月未按时复诊的患者", "next:2", "2026-04-29"),
    ], None,
        notes=("DingTalk AI听记 智能纪要 forwarded in a single text/html part (base64) on Wed 2026-04-22. Only the 待办 section counts: the "
               "智能摘要 restates two of the to-dos and 章节速览 reports the discussion. 4月底前 -> 2026-04-30. 明天下班前 -> 2026-04-23, "
               "no clock time written (下班前 gives the date only, like 今天下班前). 郑伟's to-do has no deadline -> no_due. 下周三前 -> "
               "next calendar week's Wednesday 2026-04-29. No next meeting stated -> null. Subject begins 转发： but the preface is "
               "only a request to claim the to-dos."),
        tests="AI minutes (钉钉): only 待办 counts, summary/chapters restate items; 明天下班前 without time; no_due; HTML-only",
        from_host="smtp.dingtalk.example.net", from_ip="47.96.20.11")


# ------------------------------------------------------------------ 8404
def c8404():
    date = "Mon, 27 Apr 2026 18:05:41 +0800"
    text = """Hi all,

Thanks for joining today. Quick notes below.

Attendees: Camila, Valentina (Viña Cordillera), Kevin, Mandy, Grace

Discussion
- Q2 container plan: 3 x 40' reefers of Carmenère and Sauvignon Blanc, first one ETD Valparaíso May 18.
- Tianjin customs now wants the back-label sample before arrival, not after.
- Valentina confirmed the 2025 harvest volumes are in line with the forecast.

AI: Grace to send the updated CIF price list to Valentina by Thursday.
AI: Valentina to share the lab analysis reports for the 2024 vintage by May 8.
AI: Mandy - back-label sample to the customs broker, ASAP.
AI: Kevin - draft the FX hedge note for the first container by EOD.
AI: Camila to confirm the pallet configuration with the bonded warehouse before the May Day holiday.

Next sync: Wed May 6, 9:00 Santiago / 21:00 Beijing.

Best,
Grace

--
Grace Liu 刘佳慧 | Wine Division
Andes Pacífico Trading (Tianjin) Co., Ltd.
+86 22 5896 3310
"""
    html = ('<div dir="ltr">' + "".join(f"<div>{html_escape(l) if l else '<br>'}</div>" for l in text.split("\n")[:-6])
            + '<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">'
            'Grace Liu 刘佳慧 | Wine Division<br>Andes Pacífico Trading (Tianjin) Co., Ltd.<br>+86 22 5896 3310</div></div>\n')
    body = multipart("alternative", "000000000000a3f1c20650e4b1d7", [
        leaf("text/plain", text, "UTF-8", "quoted-printable"),
        leaf("text/html", html, "UTF-8", "quoted-printable"),
    ])
    hdrs = [
        ("MIME-Version", "1.0"),
        ("From", '"Grace Liu" <liujh@andespacifico.example.com>'),
        ("Date", date),
        ("Message-ID", "<CAK7mQx0b3RnHc2v1Vf9pL4sQe8WZ-jY2nT6kD3uR5aH0wE@mail.gmail.com>"),
        ("Subject", "Minutes - weekly wine desk call 27 Apr"),
        ("To", addrs(["csoto", "vrojas", "sunlw", "gaomin"], quote_ascii=True)),
        ("Cc", "minutes@andespacifico.example.com"),
    ]
    case(8404, "english-ai-lines-gmail-mayday", "minutes", "D", date, hdrs, body, [
        I("liujh", "send the updated CIF price list to Valentina", "bare:3", "2026-04-30"),
        I("vrojas", "share the lab analysis reports for the 2024 vintage", "abs:2026-05-08", "2026-05-08"),
        I("gaomin", "back-label sample to the customs broker", "vague"),
        I("sunlw", "draft the FX hedge note for the first container", "today", "2026-04-27"),
        I("csoto", "confirm the pallet configuration with the bonded warehouse", "before_hol", "2026-04-30"),
    ], NF("abs:2026-05-06", "2026-05-06", "21:00"),
        notes=("Google Workspace Gmail, English, sent Mon 2026-04-27 18:05 +0800. Discussion bullets are facts. 'AI:' lines are items: "
               "'by Thursday' -> 2026-04-30; Valentina (outsider in the roster, To address) 'by May 8' -> 2026-05-08, department null; "
               "ASAP -> vague_due; 'by EOD' -> the send date 2026-04-27 without a time; 'before the May Day holiday' -> last working day "
               "before 05-01..05-05 = 2026-04-30. 'Next sync: Wed May 6, 9:00 Santiago / 21:00 Beijing' -> 2026-05-06 21:00 (Chile is "
               "UTC-4 in May, 09:00 CLT = 21:00 CST, consistent)."),
        tests="English 'AI:' lines; by Thursday/by EOD/ASAP/before the holiday; external owner; next sync with two time zones",
        from_host="mail-pj1-f54.google.com", from_ip="209.85.216.54")


# ------------------------------------------------------------------ 8405
def c8405():
    date = "Fri, 10 Apr 2026 11:20:37 +0800"
    head = ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
            "实际完成时间", "进展情况", "风险点及应对措施"]
    rows = [
        ["1", "粮库温湿度监测平台数据接入", "信息中心", "储运部", "谭文博", "韦志远", "2026-03-16", "2026-04-03", "2026-04-03", "已完成", "—"],
        ["2", "质检数据与购销系统对接", "信息中心", "质检中心", "谭文博", "宋雨晴", "2026-03-23", "2026-04-17", "—",
         "进行中（已完成70%）", "接口字段不一致，已约定统一编码"],
        ["3", "二季度收购合同电子签章上线", "购销部", "信息中心", "刘振宇", "谭文博", "2026-04-01", "2026-04-30", "—", "进行中",
         "合同模板需法务审核，已提交"],
        ["4", "库区视频监控补点", "安全环保部", "信息中心", "鲍春生", "—", "2026-04-07", "待定", "—", "未开始", "预算待批复"],
    ]
    intro = "各位领导、同事：\n\n本周跨部门协作事项跟踪表如下（截至4月10日），请各责任人关注计划完成时间，有变化请及时更新。\n"
    text = intro + "\n跨部门协作事项跟踪表\n" + "\n".join("\t".join(r) for r in [head] + rows) + \
        "\n\n信息中心 谭文博\n分机 8023\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
            '<div style="font-family:宋体;font-size:14px">' + intro.replace("\n", "<br>") +
            '<p><b>跨部门协作事项跟踪表</b></p>' + html_table([head] + rows) +
            '<br><div>信息中心 谭文博<br>分机 8023</div></div></body></html>\n')
    body = multipart("alternative", "----=_Part_418273_1190236644.1775791237553", [
        leaf("text/plain", text, "GBK", "base64"),
        leaf("text/html", html, "GBK", "base64"),
    ])
    hdrs = [
        ("Date", date),
        ("From", addr("tanwb", "GBK")),
        ("To", addrs(["zhangdm", "weizy", "songyq", "liuzy", "baocs"], "GBK")),
        ("Cc", addr("mengqg", "GBK") + ",\n " + ORGS["A"]["bot"]),
        ("Message-ID", "<6a8f21c3.4b71.19d75a2e6b1.Coremail.tanwb@jlgrain.example.cn>"),
        ("Subject", ew("【周报】跨部门协作事项跟踪表（截至4月10日）", "GBK")),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.13 build 20220113(9b3b7e35) Copyright (c) 2002-2026 www.mailtech.cn"),
        ("X-Originating-IP", "[10.20.3.18]"),
        ("X-Coremail-Locale", "zh_CN"),
    ]
    case(8405, "collab-tracking-table-coremail-gbk", "minutes", "A", date, hdrs, body, [
        I("tanwb", "质检数据与购销系统对接", "abs:2026-04-17", "2026-04-17"),
        I("liuzy", "二季度收购合同电子签章上线", "abs:2026-04-30", "2026-04-30"),
        I("baocs", "库区视频监控补点", "vague"),
    ], None,
        notes=("Seed 跨部门协作事项跟踪表 (Coremail, GBK, text tab-separated + HTML table) sent Fri 2026-04-10. Row 1 is 已完成 -> not an item. "
               "Rows 2-4 are open. Owner = 责任人（发起方）; 责任人（协作方） is the helping side (like 配合) and is not an owner "
               "(AMBIGUOUS: a reader could list both; a careful assistant records the initiating owner the table puts first). "
               "Due = 计划完成时间: 2026-04-17, 2026-04-30; row 4 待定 -> vague_due. No next meeting."),
        tests="seed tracking table: done row skipped, 发起方/协作方 owners, 计划完成时间 column, 待定",
        from_host="webmail.jlgrain.example.cn", from_ip="10.20.3.18")


# ------------------------------------------------------------------ 8406
def c8406():
    date = "Wed, 6 May 2026 18:40:12 +0800"
    head = ["序号", "问题", "整改措施", "负责人", "截止日期", "状态"]
    rows = [
        ["1", "客户A钛合金件尺寸超差", "复测并出具8D报告", "潘雯", "5/8", "进行中"],
        ["2", "尼龙件表面发黄", "调整MJF冷却时间参数", "钱志明", "本周六（调休上班）", "进行中"],
        ["3", "来料粉末批次记录不全", "补齐4月来料批次台账", "蒋一帆", "3个工作日内", "未开始"],
        ["4", "喷砂后残留粉末", "增加吹扫工序并更新作业指导书", "徐建平", "4/30", "已完成"],
        ["5", "打印室湿度超标", "评估加装除湿机", "吴冬梅", "待定", "未开始"],
    ]
    intro = "各位：\n\n节后第一天的质量会，整改事项如下（从跟踪表里直接贴过来的）：\n"
    outro = "\n下次复盘：5月13日（周三）16:00，还是二楼小会议室。\n\n潘雯\n质量部\n"
    text = intro + "\n" + "\n".join("\t".join(r) for r in [head] + rows) + "\n" + outro
    xl = ('<table border=0 cellpadding=0 cellspacing=0 width=620 style="border-collapse:collapse;width:466pt">\n'
          + "\n".join('<tr height=19 style="height:14.25pt">' + "".join(
              f'<td class=xl65 style="border:.5pt solid windowtext">{c}</td>' for c in r) + "</tr>" for r in [head] + rows)
          + "\n</table>")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:微软雅黑;font-size:10.5pt">' + intro.replace("\n", "<br>") + "</div>" + xl +
            '<div style="font-family:微软雅黑;font-size:10.5pt">' + outro.replace("\n", "<br>") + "</div></body></html>\n")
    body = multipart("alternative", "----=_NextPart_6A1B2C3D_0F27_4E5D6C7B", [
        leaf("text/plain", text, "utf-8", "base64"),
        leaf("text/html", html, "utf-8", "base64"),
    ], preamble="This is a multi-part message in MIME format.")
    hdrs = [
        ("From", addr("panwen")),
        ("To", addrs(["qianzm", "jiangyf", "xujp", "wudm", "feixd"])),
        ("Cc", addr("lujf") + ",\n " + ORGS["B"]["bot"]),
        ("Subject", ew("质量问题整改跟进会纪要（5月6日）")),
        ("Mime-Version", "1.0"),
        ("Content-Transfer-Encoding", "8Bit"),
        ("Date", date),
        ("X-Priority", "3"),
        ("Message-ID", "<tencent_7E2B94C0A1F3D65B8C4E2A1D@sandieji3d.example.cn>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    case(8406, "excel-paste-tabs-exmail-makeup-saturday", "minutes", "B", date, hdrs, body, [
        I("panwen", "复测客户A钛合金件尺寸并出具8D报告", "abs:2026-05-08", "2026-05-08"),
        I("qianzm", "调整MJF冷却时间参数（尼龙件表面发黄）", "this:5", "2026-05-09"),
        I("jiangyf", "补齐4月来料批次台账", "wd:3", "2026-05-09"),
        I("wudm", "评估打印室加装除湿机", "vague"),
    ], NF("abs:2026-05-13", "2026-05-13", "16:00"),
        notes=("Tencent Exmail, Excel range pasted (tab-separated text + Excel HTML table), sent Wed 2026-05-06, the first working day "
               "after Labour Day. Row 4 已完成 -> not an item. 5/8 -> 2026-05-08. 本周六（调休上班） -> 2026-05-09, the make-up "
               "Saturday. 3个工作日内 from 05-07: 05-07 (1), 05-08 (2), 05-09 make-up Saturday (3) -> 2026-05-09. 待定 -> vague_due. "
               "下次复盘 5月13日（周三）16:00 -> next_followup. Top-level 'Content-Transfer-Encoding: 8Bit' on the multipart is "
               "what QQ mail writes; the parts are base64."),
        tests="tab-separated Excel paste + Excel HTML; 已完成 row; make-up Saturday 2026-05-09 via 本周六 and 3个工作日内",
        from_host="smtpbg.qq.example.net", from_ip="113.108.11.20")


# ------------------------------------------------------------------ 8407
def c8407():
    date = "Mon, 11 May 2026 21:03:10 +0800"
    text = """各位同事：

今晚19:30医务例会纪要如下，按人分工：

【钱老师】
①5月15日前完成隐形矫治“拔牙病例”诊疗规范初稿；
②下周三前给仓山门诊新入职的两位医生做一次托槽粘接带教。

【黄店长】
本月底前把鼓楼门诊的消毒登记本全部换成电子登记，表单由郑工配合做。

【郑工】
除配合电子登记外，周四前修复预约小程序重复推送提醒的问题。

【池主管】
4月满意度回访已完成，共回访312人，满意率96.5%，本项不再跟踪。

下周一同一时间再碰一次。

林雅琴
榕悦口腔 医务部
"""
    html = text_to_html(text, font="PingFang SC")
    body = multipart("alternative", "=_wecom_boundary_5f1d0e9c2a7b4e38", [
        leaf("text/plain", text, "utf-8", "quoted-printable"),
        leaf("text/html", html, "utf-8", "quoted-printable"),
    ])
    hdrs = [
        ("From", addr("linyq")),
        ("To", addrs(["qianhm", "huangxl", "zhengwei", "chimh"])),
        ("Cc", addr("chensy") + ", " + ORGS["C"]["bot"]),
        ("Subject", ew("5月11日医务例会纪要（按人分工）")),
        ("Date", date),
        ("Message-ID", "<20260511210310.4f9a2c71e3b8@exmail.work.weixin.example.com>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "WeCom Mail"),
    ]
    case(8407, "grouped-by-person-wecom-qp", "minutes", "C", date, hdrs, body, [
        I("qianhm", "完成隐形矫治“拔牙病例”诊疗规范初稿", "abs:2026-05-15", "2026-05-15"),
        I("qianhm", "给仓山门诊新入职医生做托槽粘接带教", "next:2", "2026-05-20"),
        I("huangxl", "鼓楼门诊消毒登记本全部换成电子登记", "month_end", "2026-05-31"),
        I("zhengwei", "修复预约小程序重复推送提醒的问题", "bare:3", "2026-05-14"),
    ], NF("next:0", "2026-05-18", "19:30"),
        notes=("WeCom mail, UTF-8 QP, minutes grouped by person, sent Mon 2026-05-11 21:03. 钱老师 = 钱慧敏 with ①② sub-tasks -> two "
               "items: 5月15日前 -> 2026-05-15, 下周三前 -> 2026-05-20. 黄店长 = 黄晓玲, 本月底前 -> 2026-05-31 (a Sunday; kept as "
               "written). 郑工 配合 the form (not an item of his); his own task 周四前 -> 2026-05-14. 池主管's block reports done work -> "
               "no item. '下周一同一时间再碰一次' with the meeting at 19:30 -> 2026-05-18 19:30."),
        tests="minutes grouped by person (【钱老师】), ①② sub-tasks, 配合 not an owner, done report skipped, sentence next meeting",
        from_host="wecom-mta.example.net", from_ip="101.226.90.41")


# ------------------------------------------------------------------ 8408
def c8408():
    date = "Thu, 14 May 2026 17:42:09 +0800"
    text = """Hi team, Felipe,

Minutes from today's call on Q3 cathode allocation.

Attendees: Rodrigo Fuentes, Matías Herrera, Kevin Sun, Leo Qu (Andes Pacífico); Felipe Araya (Minera Altiplano)

Decisions
- Q3 allocation stays at 6,000 t; shipments split 50/50 Tianjin / Shanghai bonded.
- Pricing basis: LME cash settlement average of the month of shipment.

Action items
1. Updated Q3 shipping schedule
   Owner: Felipe Araya
   Due: by Friday
2. Credit insurance renewal quote
   Owner: Finance team
   Due: end of month
3. Offtake confirmations from the 3 fabricators in Tianjin
   Owner: Kevin Sun
   Due: May 20
4. Draft side letter on quality claims
   Owner: Matías
   Due: TBD

Next call: Thursday 21 May, 16:00 Beijing / 04:00 Santiago.

Saludos,
Matías Herrera
Head of Copper Desk | Andes Pacífico Trading (Tianjin) Co., Ltd.
"""
    blocks = ""
    for para in text.split("\n\n"):
        blocks += "<p class=MsoNormal>" + html_escape(para).replace("\n", "<br>\n") + "<o:p></o:p></p>\n"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang=EN-US link="#0563C1"><div class=WordSection1>\n' + blocks + "</div></body></html>\n")
    body = multipart("alternative", "_000_SG2PR06MB5311A7C2E4B9D0F1AC3E8B27A1SG2PR06MB5311apcp_", [
        leaf("text/plain", text, "utf-8", "quoted-printable"),
        leaf("text/html", html, "utf-8", "quoted-printable"),
    ])
    hdrs = [
        ("From", '"Matías Herrera" <mherrera@andespacifico.example.com>'.replace("Matías Herrera", ew("Matías Herrera", "utf-8", "Q")).replace('"', "")),
        ("To", addrs(["sunlw", "rfuentes", "quhang"], quote_ascii=True) + ",\n " + addr("faraya", quote_ascii=True)),
        ("CC", "\"minutes\" <minutes@andespacifico.example.com>"),
        ("Subject", "Copper cathode Q3 allocation call - minutes & actions"),
        ("Thread-Topic", "Copper cathode Q3 allocation call - minutes & actions"),
        ("Thread-Index", "AdzjQ8b1m2yK9s0uQFe3xTn7Yw4pLA=="),
        ("Date", date),
        ("Message-ID", "<SG2PR06MB5311A7C2E4B9D0F1AC3E8B27A1@SG2PR06MB5311.apcprd06.prod.outlook.example.com>"),
        ("Accept-Language", "en-US, es-CL"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ]
    case(8408, "owner-due-blocks-outlook-en", "minutes", "D", date, hdrs, body, [
        I("faraya", "Updated Q3 shipping schedule", "bare:4", "2026-05-15"),
        I(None, "Credit insurance renewal quote", "month_end", "2026-05-31", dept="Finance"),
        I("sunlw", "Offtake confirmations from the 3 fabricators in Tianjin", "abs:2026-05-20", "2026-05-20"),
        I("mherrera", "Draft side letter on quality claims", "vague"),
    ], NF("abs:2026-05-21", "2026-05-21", "16:00"),
        notes=("Outlook (Microsoft 365) English minutes, Owner:/Due: blocks, sent Thu 2026-05-14. Decisions are not items. #1 owner Felipe "
               "Araya is external: address from the To display name, department null; 'by Friday' -> 2026-05-15. #2 'Finance team' -> "
               "no_owner, department Finance (one of ours); 'end of month' -> 2026-05-31. #3 May 20. #4 Matías = Matías Herrera, TBD -> "
               "vague_due. 'Next call: Thursday 21 May, 16:00 Beijing' -> 2026-05-21 16:00. From display name is Q-encoded (í)."),
        tests="English Owner/Due blocks; external owner from To; 'Finance team' unit owner; end of month; TBD",
        from_host="SG2PR06MB5311.apcprd06.prod.outlook.example.com", from_ip="40.107.215.98")


for _f in (c8401, c8402, c8403, c8404, c8405, c8406, c8407, c8408):
    _f()
