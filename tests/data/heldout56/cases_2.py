"""Cases 8409-8416."""
import io
import zipfile
from urllib.parse import quote

from gen_common import *  # noqa


def fixed_zip(data):
    """Rewrite a zip with fixed timestamps so attachments are byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ------------------------------------------------------------------ 8409
def c8409():
    date = "Tue, 21 Apr 2026 17:55:31 +0800"
    text = """各位：

今天周例会部分同志在库区，采用线上+群聊方式开的，纪要整理如下。

一、本周重点工作
1. 韦志远：4月24日前完成1号库玉米出库后的清仓消杀，并报安全环保部验收。
2. 铁路专用线装车计划：由储运部调度室编排下周装车计划，本周五前报我。
3. 宋雨晴（质检中心）：出库随车扦样计划，明天下午3点前发群里。
4. 刘振宇：与中储粮直属库对接竞价交易结果，下周二前反馈。

二、群聊记录（供参考）
[04-21 15:02] 赵立军：@韦志远 1号库清仓消杀24号前要弄完，安全环保部要来验收
[04-21 15:03] 韦志远：收到，24号前完成
[04-21 15:05] 宋雨晴：扦样计划我明天下午3点前发群里
[04-21 15:07] 刘振宇：竞价结果下周二前给到
[04-21 15:08] 赵立军：好的，大家抓紧，周五前调度室把装车计划报上来

下次例会：4月28日（周二）下午2点半。

赵立军
储运部
"""
    html = text_to_html(text, font="宋体")
    body = multipart("alternative", "----=_Part_551902_2083771154.1776765331204", [
        leaf("text/plain", text, "utf-8", "base64"),
        leaf("text/html", html, "utf-8", "base64"),
    ])
    hdrs = [
        ("Date", date),
        ("From", addr("zhaolj")),
        ("To", addrs(["weizy", "songyq", "liuzy"])),
        ("Cc", addr("baocs") + ",\n " + addr(("纪要助手", ORGS["A"]["bot"]))),
        ("Message-ID", "<2b7e90a4.8c1f.19db0d6f2a4.Coremail.zhaolj@jlgrain.example.cn>"),
        ("Subject", ew("储运部周例会纪要（4月21日）")),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.13 build 20220113(9b3b7e35) Copyright (c) 2002-2026 www.mailtech.cn"),
        ("X-Coremail-Locale", "zh_CN"),
    ]
    case(8409, "chat-log-restates-list-coremail", "minutes", "A", date, hdrs, body, [
        I("weizy", "完成1号库玉米出库后的清仓消杀并报安全环保部验收", "abs:2026-04-24", "2026-04-24"),
        I(None, "编排下周铁路专用线装车计划", "this:4", "2026-04-24", dept="储运部"),
        I("songyq", "出库随车扦样计划发群里", "tomorrow", "2026-04-22", time="15:00"),
        I("liuzy", "与中储粮直属库对接竞价交易结果并反馈", "next:1", "2026-04-28"),
    ], NF("abs:2026-04-28", "2026-04-28", "14:30"),
        notes=("Coremail UTF-8 minutes sent Tue 2026-04-21. 4 items in 一; the 群聊记录 section restates them (not items). Item 2 is owned by "
               "储运部调度室, a unit of 储运部 with nobody named -> no_owner, department 储运部 (AMBIGUOUS: 调度室 is a sub-unit; the "
               "roster department is 储运部); 本周五前 -> 2026-04-24. Item 3 宋雨晴（质检中心） = person with her unit; 明天下午3点前 -> "
               "2026-04-22 15:00. Item 4 下周二前 -> 2026-04-28. 下次例会 4月28日（周二）下午2点半 -> 14:30."),
        tests="chat log restating the list; sub-unit owner (调度室); 明天下午3点前 -> due_time; 下午2点半",
        from_host="webmail.jlgrain.example.cn", from_ip="10.20.5.11")


# ------------------------------------------------------------------ 8410
def c8410():
    date = "Mon, 27 Apr 2026 09:12:48 +0800"
    text = """各位：

转发孟主任上周五的安全生产例会纪要，请各部门按分工落实，周三前把落实情况报综合办公室汇总。已抄送纪要助手跟踪。

于海洋

________________________________
发件人: 孟庆国 <mengqg@jlgrain.example.cn>
发送时间: 2026年4月24日 17:30
收件人: 鲍春生 <baocs@jlgrain.example.cn>; 赵立军 <zhaolj@jlgrain.example.cn>; 谭文博 <tanwb@jlgrain.example.cn>; 常丽 <changli@jlgrain.example.cn>
抄送: 张德明 <zhangdm@jlgrain.example.cn>
主题: 安全生产例会纪要（4月24日）

安全生产例会纪要

时间：2026年4月24日（周五）下午3:00
主持：张德明
参加：安全环保部、储运部、信息中心、财务部、综合办公室

一、会议通报了一季度安全生产情况，全集团未发生安全生产责任事故。
二、会议要求，劳动节假期前各单位要完成安全隐患自查，落实领导带班和值班制度。
三、工作安排
1. 安全环保部鲍部长：4月29日前组织五一节前安全生产大检查，形成检查通报。
2. 储运部：4月28日前将劳动节假期值班表报综合办公室。
3. 信息中心谭工：节后第一个工作日前完成库区视频监控系统升级。
4. 财务部常总监：5月8日前完成安全生产费用一季度使用情况统计。

综合办公室
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body lang=ZH-CN>'
            '<div class=WordSection1>' + "".join(
                f'<p class=MsoNormal>{html_escape(l) if l else "<o:p>&nbsp;</o:p>"}</p>\n' for l in text.split("\n")[:7])
            + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class=MsoNormal><b>发件人:</b> 孟庆国 &lt;mengqg@jlgrain.example.cn&gt; <br><b>发送时间:</b> 2026年4月24日 17:30<br>'
            '<b>收件人:</b> 鲍春生 &lt;baocs@jlgrain.example.cn&gt;; 赵立军 &lt;zhaolj@jlgrain.example.cn&gt;; 谭文博 &lt;tanwb@jlgrain.example.cn&gt;; 常丽 &lt;changli@jlgrain.example.cn&gt;<br>'
            '<b>抄送:</b> 张德明 &lt;zhangdm@jlgrain.example.cn&gt;<br><b>主题:</b> 安全生产例会纪要（4月24日）</p></div>\n'
            + "".join(f'<p class=MsoNormal>{html_escape(l) if l else "<o:p>&nbsp;</o:p>"}</p>\n' for l in text.split("\n")[13:])
            + "</div></body></html>\n")
    body = multipart("alternative", "----=_NextPart_000_0042_01DCD5F1.8A7B3C10", [
        leaf("text/plain", text, "gb2312", "base64"),
        leaf("text/html", html, "gb2312", "base64"),
    ], preamble="This is a multipart message in MIME format.")
    hdrs = [
        ("From", addr("yuhy", "gb2312")),
        ("To", addrs(["baocs", "zhaolj", "tanwb", "changli"], "gb2312")),
        ("Cc", addr("mengqg", "gb2312") + ";\n " .replace(";", ",") + addr(("纪要助手", ORGS["A"]["bot"]), "gb2312")),
        ("Subject", ew("转发: 安全生产例会纪要（4月24日）", "gb2312")),
        ("Date", date),
        ("Message-ID", "<004201dcd5f1$8a7b3c10$9f71b430$@jlgrain.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHc1V6XyvEo3q1+QUq2m0k4lC7WdA=="),
        ("Content-Language", "zh-cn"),
    ]
    case(8410, "forwarded-safety-minutes-preface-outlook", "minutes", "A", date, hdrs, body, [
        I("baocs", "组织五一节前安全生产大检查并形成检查通报", "abs:2026-04-29", "2026-04-29"),
        I(None, "将劳动节假期值班表报综合办公室", "abs:2026-04-28", "2026-04-28", dept="储运部"),
        I("tanwb", "完成库区视频监控系统升级", "after_hol", "2026-05-06"),
        I("changli", "完成安全生产费用一季度使用情况统计", "abs:2026-05-08", "2026-05-08"),
    ], None,
        notes=("Outlook '转发:' sent Mon 2026-04-27; the forwarder's preface ('周三前把落实情况报综合办公室') is a request of the "
               "forwarder, not a minutes item. The minutes sit under Outlook's 发件人/发送时间 block and are the content. 一 is a report, "
               "二 a standing requirement. 鲍部长 = 鲍春生 4月29日前; 储运部 alone -> no_owner; 谭工 = 谭文博, 节后第一个工作日前 -> "
               "first working day after Labour Day (05-01..05-05) = 2026-05-06 (same answer from the inner 04-24 date); 常总监 = 常丽 "
               "5月8日. No next meeting."),
        tests="forwarded minutes with a preface that contains its own request; Outlook forward header block; titles as owners",
        from_host="YUHY-PC", from_ip="10.20.1.57")


# ------------------------------------------------------------------ 8411
def c8411():
    date = "Thu, 21 May 2026 18:20:16 +0800"
    text = """各位，

本周（5/21）例会纪要如下，上周的纪要留在下面方便对照。

1. 钱工：下周二前完成髋臼杯多孔结构第二版晶格参数，并出仿真报告。
2. 潘经理：5月29日前完成首批10件样件的CT检测。
3. 蒋一帆：TC4钛粉（15-53μm）补货，询价3家，本周五前出比价表。
4. 客户灭菌验证由沈经理跟进，时间等客户定。

下次例会：5月28日（周四）同一时间 16:00。

费晓东
工程部

-----Original Message-----
From: 费晓东 <feixd@sandieji3d.example.cn>
Sent: 2026年5月14日 17:50
To: 钱志明 <qianzm@sandieji3d.example.cn>; 潘雯 <panwen@sandieji3d.example.cn>; 蒋一帆 <jiangyf@sandieji3d.example.cn>; 沈佳怡 <shenjy@sandieji3d.example.cn>
Cc: minutes@sandieji3d.example.cn
Subject: 医疗器械客户钛合金植入物打样项目 周例会纪要

各位，

5/14例会纪要：
1. 钱工：5月20日前完成髋臼杯多孔结构第一版晶格参数。
2. 潘经理：下周一前确认CT检测外协单位。
3. 顾浩：本周五前完成打印参数包归档。

下次例会：5月21日（周四）16:00。

费晓东
"""
    html = text_to_html(text, font="等线")
    body = multipart("alternative", "----=_NextPart_000_00A3_01DCE8F9.6B1D2E30", [
        leaf("text/plain", text, "utf-8", "quoted-printable"),
        leaf("text/html", html, "utf-8", "quoted-printable"),
    ], preamble="This is a multipart message in MIME format.")
    hdrs = [
        ("From", addr("feixd")),
        ("To", addrs(["qianzm", "panwen", "jiangyf", "shenjy"])),
        ("Cc", ORGS["B"]["bot"]),
        ("References", "<00a201dce36e$1c2d3e40$54877ac0$@sandieji3d.example.cn>"),
        ("In-Reply-To", "<00a201dce36e$1c2d3e40$54877ac0$@sandieji3d.example.cn>"),
        ("Subject", "RE: " + ew("医疗器械客户钛合金植入物打样项目 周例会纪要")),
        ("Date", date),
        ("Message-ID", "<00a301dce8f9$6b1d2e30$414b8a90$@sandieji3d.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHc427BHC0+QHwZ1kSxv1aT6c2ZHgAAb3Ew"),
        ("Content-Language", "zh-cn"),
    ]
    case(8411, "new-minutes-as-re-old-thread-outlook-qp", "minutes", "B", date, hdrs, body, [
        I("qianzm", "完成髋臼杯多孔结构第二版晶格参数并出仿真报告", "next:1", "2026-05-26"),
        I("panwen", "完成首批10件样件的CT检测", "abs:2026-05-29", "2026-05-29"),
        I("jiangyf", "TC4钛粉补货询价3家并出比价表", "this:4", "2026-05-22"),
        I("shenjy", "跟进客户灭菌验证", "vague"),
    ], NF("abs:2026-05-28", "2026-05-28", "16:00"),
        notes=("New week's minutes written as 'RE:' on last week's thread (Outlook, UTF-8 QP) on Thu 2026-05-21. Only the new part counts; "
               "the quoted 5/14 minutes under '-----Original Message-----' are old items (not extracted, and their 下次例会 is not the "
               "next follow-up). 钱工 下周二前 -> 2026-05-26; 潘经理 = 潘雯 5月29日前; 蒋一帆 本周五前 -> 2026-05-22; 沈经理 = 沈佳怡, "
               "'时间等客户定' -> vague_due. 下次例会 5月28日 16:00."),
        tests="new minutes as RE: in an old thread; quoted old minutes with their own items and next meeting must be ignored",
        from_host="FEIXD-WS", from_ip="192.168.10.41")


# ------------------------------------------------------------------ 8412
def _docx_8412():
    import docx
    d = docx.Document()
    cp = d.core_properties
    import datetime as _dt
    cp.author = "陈思远"
    cp.title = "榕悦口腔5月运营月会纪要"
    cp.created = _dt.datetime(2026, 5, 29, 17, 0, 0)
    cp.modified = _dt.datetime(2026, 5, 29, 18, 20, 0)
    cp.last_modified_by = "陈思远"
    cp.revision = 3
    d.add_heading("榕悦口腔5月运营月会纪要", level=1)
    d.add_paragraph("时间：2026年5月29日（周五）14:00-16:10")
    d.add_paragraph("地点：鼓楼门诊三楼会议室")
    d.add_paragraph("参会：陈思远、林雅琴、卢敏、施建、池美华、黄晓玲、郑伟")
    d.add_heading("一、会议内容", level=2)
    d.add_paragraph("1. 5月全院新增正畸患者146例，环比增长12%；隐形矫治占比41%。")
    d.add_paragraph("2. 会议同意暑期推出学生档正畸套餐，价格方案由运营部报陈总审定后执行。")
    d.add_heading("二、工作安排", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["序号", "工作事项", "负责人", "完成时限"]):
        c.text = h
    for r in [("1", "暑期学生档正畸营销方案", "卢敏", "6月5日前"),
              ("2", "仓山门诊CBCT设备维保合同续签", "施建", "下周三"),
              ("3", "客服中心夜间咨询排班调整", "池美华", "6月中旬"),
              ("4", "医生绩效方案征求意见稿", "林主任牵头，陈总审定", "6月10日前")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_heading("三、下次会议", level=2)
    d.add_paragraph("6月12日（周五）下午2点，地点另行通知。")
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def c8412():
    date = "Fri, 29 May 2026 18:32:07 +0800"
    text = "各位好，\n\n5月运营月会纪要见附件，请查收，按分工推进。谢谢！\n\n陈思远\n榕悦口腔 运营部\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family:微软雅黑;font-size:14px">各位好，<br><br>5月运营月会纪要见附件，请查收，按分工推进。谢谢！'
            '<br><br>陈思远<br>榕悦口腔 运营部</div><div><br></div><div id="ntes-pcmac-signature" style="font-family:微软雅黑">'
            '</div></body></html>\n')
    fn = "5月运营月会纪要.docx"
    att = leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", _docx_8412(), None, "base64",
               extra=[f"Content-Disposition: attachment;\n\tfilename*=UTF-8''{quote(fn)}"], params=f";\n\tname*=UTF-8''{quote(fn)}")
    body = multipart("mixed", "----=_Part_126847_1532095163.1780050727000", [
        multipart("alternative", "----=_Part_126848_689145230.1780050727000", [
            leaf("text/plain", text, "UTF-8", "base64"),
            leaf("text/html", html, "UTF-8", "base64"),
        ]),
        att,
    ])
    hdrs = [
        ("Date", date),
        ("From", addr("chensy")),
        ("To", addrs(["linyq", "lumin", "shijian", "chimh", "huangxl", "zhengwei"])),
        ("Cc", ORGS["C"]["bot"]),
        ("Message-ID", "<6f2e1a90.3c7.19e7a2b4c11.Coremail.chensy@rongyue-ortho.example.cn>"),
        ("Subject", ew("5月运营月会纪要（附件）")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "MailMasterPC/5.3.2.1015 (Windows 11 23H2)"),
        ("X-CUSTOM-MAIL-MASTER-SENT-ID", "Lb2mZ0Q7Rfe1Y8xV-1780050727"),
    ]
    case(8412, "docx-attachment-mailmaster", "minutes", "C", date, hdrs, body, [
        I("lumin", "暑期学生档正畸营销方案", "abs:2026-06-05", "2026-06-05"),
        I("shijian", "仓山门诊CBCT设备维保合同续签", "next:2", "2026-06-03"),
        I("chimh", "客服中心夜间咨询排班调整", "vague"),
        I("linyq", "医生绩效方案征求意见稿", "abs:2026-06-10", "2026-06-10"),
    ], NF("abs:2026-06-12", "2026-06-12", "14:00"),
        notes=("NetEase Mail Master, short body, minutes in a real .docx attachment (RFC 2231 UTF-8 filename). Gold = what a human reading the "
               "attachment records. Sent Fri 2026-05-29. 一、会议内容 are facts/decisions. Table: 6月5日前 -> 2026-06-05; 下周三 -> "
               "2026-06-03; 6月中旬 -> vague_due (a period, per corpus README); '林主任牵头，陈总审定' -> 林雅琴 (牵头), 陈总 only approves; "
               "6月10日前. 下次会议 6月12日（周五）下午2点 -> 2026-06-12 14:00."),
        tests=".docx attachment with a table; 牵头/审定; 6月中旬 vague; 下周三 from a Friday; 下午2点",
        from_host="CHENSY-PC", from_ip="192.168.1.66")


# ------------------------------------------------------------------ 8413
def _pdf_8413():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Minutes - Label compliance meeting")
    c.setAuthor("Camila Soto")
    y = 800
    lines = [
        ("Helvetica-Bold", 14, "Minutes - Label compliance meeting"),
        ("Helvetica", 10, "Date: 2 June 2026, 10:00-11:15 (Tianjin office)"),
        ("Helvetica", 10, "Attendees: Camila Soto, Grace Liu, Mandy Gao, Leo Qu"),
        ("Helvetica", 10, ""),
        ("Helvetica-Bold", 11, "Discussion"),
        ("Helvetica", 10, "- New back-label rules: importer name and address must be printed, stickers accepted until Aug 31."),
        ("Helvetica", 10, "- Decision: all July arrivals will carry the new label; no stickering in the bonded warehouse."),
        ("Helvetica", 10, ""),
        ("Helvetica-Bold", 11, "Action items"),
        ("Helvetica", 10, "#  | Action                                                        | Owner     | Due"),
        ("Helvetica", 10, "1  | Submit the back-label registration dossier to the customs broker | Grace Liu | June 10"),
        ("Helvetica", 10, "2  | Confirm FOB price for 2025 Carmenere with Vina Cordillera       | Camila    | by Friday"),
        ("Helvetica", 10, "3  | Reefer container booking for the July shipment                 | Logistics | TBD"),
        ("Helvetica", 10, "4  | Pay the inspection fee for the May lot                         | Leo       | Done"),
        ("Helvetica", 10, ""),
        ("Helvetica", 10, "Next meeting: Tuesday 16 June, 10:00, Tianjin office / Teams."),
    ]
    for font, size, s in lines:
        c.setFont(font, size)
        c.drawString(40, y, s)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def c8413():
    date = "Tue, 2 Jun 2026 19:05:33 +0800"
    text = ("Hi all,\n\nAttached the minutes of this morning's label-compliance meeting. Please check your actions.\n\n"
            "Cheers,\nCamila\n\nCamila Soto\nHead of Wine Division\nAndes Pacífico Trading (Tianjin) Co., Ltd.\n")
    att = leaf("application/pdf", _pdf_8413(), None, "base64",
               extra=["Content-Disposition: attachment;\n\tfilename=Minutes_label_compliance_2026-06-02.pdf"],
               params=";\n\tx-unix-mode=0644;\n\tname=\"Minutes_label_compliance_2026-06-02.pdf\"")
    body = multipart("mixed", "Apple-Mail=_5B0C3E71-94A2-4D8E-B1F6-2C7A9D04E813", [
        leaf("text/plain", text, "utf-8", "quoted-printable"),
        att,
        leaf("text/plain", "\n", "us-ascii", "7bit"),
    ])
    hdrs = [
        ("From", "Camila Soto <csoto@andespacifico.example.com>"),
        ("Content-Type-Placeholder", ""),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
        ("Subject", "Minutes: label compliance meeting 2 June"),
        ("Message-Id", "<8F3A1C2B-7D4E-4F90-A5B6-C1D2E3F4A5B6@andespacifico.example.com>"),
        ("Date", date),
        ("To", addrs(["liujh", "gaomin", "quhang"], quote_ascii=True)),
        ("Cc", "minutes@andespacifico.example.com"),
        ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
    ]
    hdrs = [h for h in hdrs if h[0] != "Content-Type-Placeholder"]
    case(8413, "pdf-attachment-apple-mail-en", "minutes", "D", date, hdrs, body, [
        I("liujh", "Submit the back-label registration dossier to the customs broker", "abs:2026-06-10", "2026-06-10"),
        I("csoto", "Confirm FOB price for 2025 Carmenere with Vina Cordillera", "bare:4", "2026-06-05"),
        I(None, "Reefer container booking for the July shipment", "vague", dept="Logistics"),
    ], NF("abs:2026-06-16", "2026-06-16", "10:00"),
        notes=("Apple Mail (macOS) with the minutes as a PDF attachment (reportlab, invariant) and a short body; gold = what a reader of "
               "the PDF records. Sent Tue 2026-06-02. Discussion/Decision lines are not items ('until Aug 31' is a rule). #1 Grace Liu "
               "June 10; #2 Camila = Camila Soto (sender), 'by Friday' -> 2026-06-05; #3 'Logistics' is a department -> no_owner, "
               "department Logistics, TBD -> vague_due; #4 is Done -> not an item. Next meeting Tuesday 16 June 10:00."),
        tests="PDF attachment minutes; done row; department owner in English; the sender owns an item",
        from_host="[192.168.31.20]", from_ip="111.30.164.7")


for _f in (c8409, c8410, c8411, c8412, c8413):
    _f()
