"""Cases 10101-10109: 沧州恒澜管件有限公司 (pipe fittings, Mengcun, Cangzhou, Hebei)."""
from h73_common import (BOT, Part, addr, addrs, attachment, case, ew, fu, html_escape, html_paras, html_table, it,
                        message, multipart, received, rfc_date, t8, text_part)

DOM = "hlpipefit.example.cn"
BOTA = BOT["A"]
MX = "mail.hlpipefit.example.cn"


def outlook_html(body_html, charset):
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            f'<head><meta http-equiv=Content-Type content="text/html; charset={charset}">'
            f'<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            f'<style><!--p.MsoNormal {{margin:0cm;font-size:10.5pt;font-family:等线;}}--></style></head>'
            f'<body lang=ZH-CN link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:'
            f'punctuation"><div class=WordSection1>\n{body_html}\n</div></body></html>\n')


def mso_paras(text):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(f"<p class=MsoNormal>{html_escape(line) if line else '<o:p>&nbsp;</o:p>'}</p>")
    return "\n".join(out)


# ------------------------------------------------------------------------------------------------------------
def c10101():
    t = t8("2026-04-21 17:40:12")
    body = """各位领导、同事：

4月21日（周二）14:00在三楼会议室召开生产周例会，马厂长主持，纪要如下，请查收。

一、上周事项完成情况
1. DN200碳钢弯头订单（渤海湾石化）已全部入库，4月17日发货，已完成。
2. 中频加热炉温控仪更换，已完成。

二、本周情况
1. 4月订单排产：热推弯头线满负荷，冲压三通线两班倒至月底。
2. 304不锈钢三通批次（炉号H26-0412）壁厚抽检有2件偏薄，已隔离待复检。

三、工作安排
1. 马厂长：本周五前完成DN300热推弯头模具更换并试推3件。
2. 沙工：下周二前出具炉号H26-0412批次复检报告，不合格品走评审流程。
3. 米经理：4月30日前与板材供应商确认5月到货计划（Q345B、304各一批）。
4. 技术部丁一鸣：更新三维模型库中DN350-DN600三通模型，时间另行安排。

下次例会：下周二同一时间，地点不变。

生产部 刘俊峰
电话：0317-6812035
"""
    alt = multipart("alternative", "----=_NextPart_001_0021_01DCD17A.5B2E4C60", [
        text_part(body, "gb2312", "base64", crlf=True),
        text_part(outlook_html(mso_paras(body), "gb2312"), "gb2312", "quoted-printable", "html"),
    ])
    hdr = [
        ("Return-Path", f"<liujunfeng@{DOM}>"), ("Delivered-To", BOTA[1]),
        received("LIUJF-PC", "192.168.10.57", MX, t8("2026-04-21 17:40:15"), "4fG2bK0Z1sz9tQ", BOTA[1]),
        ("From", addr("刘俊峰", f"liujunfeng@{DOM}", "gb2312")),
        ("To", addrs(["马占良", "哈文静", "沙宏伟", "米晓燕", "杨振", "丁一鸣"], "gb2312")),
        ("Cc", addrs(["田国栋", BOTA], "gb2312")),
        ("Subject", ew("生产周例会纪要（4月21日）", "gb2312")),
        ("Date", rfc_date(t)), ("Message-ID", f"<000001dcd17a$5b2e4c60$118ce520$@{DOM}>"),
        ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzReluAqk3vQ2XNTR2ylwCkZ1Ee4g=="), ("Content-Language", "zh-cn"),
    ]
    items = [
        it("马占良", "完成DN300热推弯头模具更换并试推3件", ("thisweek", 4), "2026-04-24"),
        it("沙宏伟", "出具炉号H26-0412批次复检报告，不合格品走评审流程", ("nextweek", 1), "2026-04-28"),
        it("米晓燕", "与板材供应商确认5月到货计划（Q345B、304各一批）", ("date", "2026-04-30"), "2026-04-30"),
        it("丁一鸣", "更新三维模型库中DN350-DN600三通模型", None, None, flags=["vague_due"]),
    ]
    notes = ("Outlook zh-CN, gb2312 base64 text (CRLF) + gb2312 QP HTML. Sent Tue 2026-04-21 17:40. Owners by title: "
             "马厂长 = 马占良, 沙工 = 沙宏伟, 米经理 = 米晓燕 (aliases). '本周五前' -> 2026-04-24; '下周二前' -> Tuesday "
             "of the following week 2026-04-28; '4月30日前' -> 2026-04-30 (eve of May Day). The 上周事项完成情况 lines "
             "marked 已完成 are status, not items. AMBIGUOUS: '时间另行安排' (to be scheduled) is read like 待定 -> "
             "vague_due; a reader could also treat it as no_due. Next meeting '下周二同一时间' = Tue 2026-04-28 at the "
             "14:00 start of this meeting.")
    return case(10101, "hl-weekly-titles-outlook-gb2312", "minutes", message(hdr, alt), notes, items,
                fu(("nextweek", 1), "2026-04-28", "14:00"),
                "Outlook gb2312 weekly minutes: owners by title (马厂长/沙工/米经理), 本周五前/下周二前/4月30日前, "
                "done section, '时间另行安排', next meeting '下周二同一时间'")


# ------------------------------------------------------------------------------------------------------------
def c10102():
    t = t8("2026-04-30 11:05:28")
    body = """任工、赵经理：

    您好！今天上午电话沟通的内容整理如下，请核对，如有出入请指正。

【外部沟通跟进表】
沟通编号：EC2026-0430-01
沟通日期：2026-04-30
对方单位/联系人：渤海湾石化工程有限公司 / 任广亮（采购部）、赵立新（设计院）
我方对接人：销售部 / 孟庆海
沟通类型：客户
核心需求/反馈：乙烯改扩建项目需DN600 SCH40长半径热推弯头（A234 WPB）约120件，要求6月底前交货，需随报价提供壁厚减薄计算书。
解决方案/进展：①我方节后第一个工作日提交正式报价（孟庆海）②技术部杨总工3个工作日内提供壁厚减薄计算书 ③贵方5月中旬反馈设计院审图意见（任广亮）
下次沟通时间：5月9日（周六，调休上班）上午10点
负责人：孟庆海

另：5月1日至5日放假期间，我方值班电话0317-6812000。

祝节日愉快！

--------------
孟庆海
沧州恒澜管件有限公司  销售部经理
手机：138 3178 6620
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { '
            'line-height: 1.5; }body { font-size: 14px; font-family: 微软雅黑; color: #000000; line-height: 1.5; }'
            '</style></head><body>\n' + html_paras(body) + '\n</body></html>\n')
    alt = multipart("alternative", "----=_001_NextPart715204617335_=----", [
        text_part(body, "GBK", "base64", crlf=True),
        text_part(html, "GBK", "base64", "html", crlf=True),
    ])
    hdr = [
        ("Return-Path", f"<mengqinghai@{DOM}>"), ("Delivered-To", BOTA[1]),
        received("MQH-NB", "192.168.10.23", MX, t8("2026-04-30 11:05:31"), "4fH0Xn3Vq7z8mR", BOTA[1]),
        ("Date", rfc_date(t)),
        ("From", addr("孟庆海", f"mengqinghai@{DOM}", "GBK")),
        ("To", addrs(["任广亮", "赵立新"], "GBK")),
        ("Cc", addrs(["杨振", "白雪梅", BOTA], "GBK")),
        ("Subject", ew("外部沟通跟进表 EC2026-0430-01 DN600弯头询价", "GBK")),
        ("X-Priority", "3"), ("X-GUID", "4B1E0D3C-77A2-4F0B-9E51-2C6A1D3F8E90"), ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
        ("Message-ID", f"<202604301105284132718@{DOM}>"),
    ]
    items = [
        it("孟庆海", "提交正式报价", ("after_holiday", "劳动节"), "2026-05-06"),
        it("杨振", "提供壁厚减薄计算书", ("workdays", 3), "2026-05-08"),
        it("任广亮", "反馈设计院审图意见", None, None, flags=["vague_due"]),
    ]
    notes = ("Foxmail GBK base64 (text + HTML), seed 外部沟通跟进表 written as key：value lines to the customer. Sent "
             "Thu 2026-04-30 11:05, the last working day before May Day (05-01..05-05 off, Sat 05-09 make-up). "
             "① '节后第一个工作日' -> Wed 2026-05-06. ② '技术部杨总工' = 杨振; '3个工作日内' counts 05-06, 05-07, "
             "05-08 -> 2026-05-08 (a weekday count from 04-30 would give 05-05, a holiday). ③ the customer's own item, "
             "owner 任广亮 (external, address from To), '5月中旬' -> null + vague_due. '6月底前交货' is the customer's "
             "requirement and '5月1日至5日' the holiday notice, not items. 下次沟通时间 5月9日（周六，调休上班）上午10点 "
             "-> 2026-05-09 10:00.")
    return case(10102, "hl-customer-followup-foxmail-gbk", "minutes", message(hdr, alt), notes, items,
                fu(("date", "2026-05-09"), "2026-05-09", "10:00"),
                "Foxmail GBK 外部沟通跟进表 (key：value) on May Day eve: 节后第一个工作日, 3个工作日内 across the "
                "holiday, customer's 5月中旬 item, next contact on the 05-09 make-up Saturday")


# ------------------------------------------------------------------------------------------------------------
def c10103():
    t = t8("2026-06-03 16:20:47")
    rows = [
        ["序号", "事项名称", "发起部门", "协作部门", "责任人", "计划开始时间", "计划完成时间", "实际完成时间",
         "进展情况", "风险点及应对措施"],
        ["1", "压力管道元件制造许可换证资料整理", "质检部", "技术部", "主责：哈部长\n配合：丁工", "2026-05-20",
         "2026-05-29", "2026-05-28", "已完成", "-"],
        ["2", "焊接工艺评定（PQR）补充试件", "质检部", "生产部", "主责：马厂长 / 配合：沙工", "2026-06-01",
         "2026-06-12", "-", "进行中（试件已下料）", "外委检测排队约5天，已预约"],
        ["3", "理化室拉力试验机计量校准", "质检部", "采购部", "米经理", "2026-06-03", "待定（等计量所排期）", "-",
         "未开始", "若6月内排不上，先借用协作单位设备"],
        ["4", "质量手册（第5版）修订", "质检部", "技术部、总经办", "主责：杨总工；配合：质检部", "2026-06-01",
         "6月底", "-", "进行中（40%）", "-"],
    ]
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">
<div>各位：</div><div>特检院监检提出的问题整改已纳入第22周跟踪，表格如下（按周更新）。</div><div><br></div>
<div><b>跨部门协作事项跟踪表（第22周，2026-06-03）</b></div>
{html_table(rows, attrs='cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:13px"')}
<div><br></div>
<div>补充：无损检测人员持证复审材料由沙工汇总（6月10日（周三）前交办公室（（逾期协会不再受理）））。</div>
<div>第1项已于5月28日提交，本周起不再跟踪。</div><div><br></div>
<div>质检部 哈文静</div></div></body></html>
"""
    body = text_part(html, "utf-8", "base64", "html")
    hdr = [
        ("Return-Path", f"<hawenjing@{DOM}>"), ("Delivered-To", BOTA[1]),
        received("hawenjing", "223.89.14.7", MX, t8("2026-06-03 16:20:49"), "4fJ9Tq1sW2z5kP", BOTA[1], "ESMTPA"),
        ("Date", rfc_date(t)), ("From", addr("哈文静", f"hawenjing@{DOM}", "UTF-8")),
        ("To", addrs(["马占良", "沙宏伟", "米晓燕", "杨振", "丁一鸣"], "UTF-8")),
        ("Cc", addrs(["田国栋", BOTA], "UTF-8")),
        ("Subject", ew("跨部门协作事项跟踪表（第22周）——特检院监检问题整改", "UTF-8")),
        ("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9d2a4f0e)"),
        ("Copyright", "Copyright 2002-2026 www.mailtech.cn"), ("X-CM-CTRLDATA", "k3n2c2Zvb3Rlcl9odG09MTY0MDo2MTg="),
        ("MIME-Version", "1.0"), ("Message-ID", f"<3b7e21a9.5c2.19a8f4d2e61.Coremail.hawenjing@{DOM}>"),
        ("X-Coremail-Locale", "zh_CN"),
    ]
    items = [
        it("马占良", "焊接工艺评定（PQR）补充试件", ("date", "2026-06-12"), "2026-06-12"),
        it("米晓燕", "理化室拉力试验机计量校准", None, None, flags=["vague_due"]),
        it("杨振", "质量手册（第5版）修订", ("month_end",), "2026-06-30"),
        it("沙宏伟", "汇总无损检测人员持证复审材料交办公室", ("date", "2026-06-10"), "2026-06-10"),
    ]
    notes = ("Coremail single-part text/html (UTF-8 base64), seed 跨部门协作事项跟踪表. Sent Wed 2026-06-03. Row 1 is "
             "已完成 -> not an item. 责任人 cells carry 主责 and 配合 in one cell: the 主责 person owns the row "
             "(马厂长 = 马占良, 杨总工 = 杨振); 配合 people are not owners. Row 3 '待定（等计量所排期）' -> null + "
             "vague_due, owner 米经理 = 米晓燕. Row 4 '6月底' -> 2026-06-30. The 补充 line is an item with a deadline "
             "in nested brackets '（6月10日（周三）前交办公室（（…）））' -> 2026-06-10 (a Wednesday), owner 沙工 = "
             "沙宏伟. 计划开始时间 dates are not deadlines.")
    return case(10103, "hl-collab-tracking-coremail-html-only", "minutes", message(hdr, body), notes, items, None,
                "Coremail HTML-only 跨部门协作事项跟踪表: 已完成 row, 主责/配合 in one cell, 待定, 6月底, item "
                "in nested brackets below the table")


# ------------------------------------------------------------------------------------------------------------
def c10104():
    t = t8("2026-05-11 10:42:06")
    body = """各位，早上销售周会的钉钉AI纪要转过来，待办我核对过了，请各自跟进。

白雪梅

------------------------------------------------------------------
【钉钉AI听记】销售周会 · 智能纪要
会议时间：2026-05-11 09:00-09:48
参会人：孟庆海、白雪梅、穆丽、杨振

会议摘要
本次会议回顾了4月销售回款情况，4月回款完成率86%，剩余两笔预计5月20日前到账。渤海湾石化DN600弯头项目已于5月6日提交报价，客户计划5月底前完成审图。会议还讨论了热电行业新客户开发，杨振建议优先推广锻制三通。

章节速览
00:01:32 4月回款情况
穆丽介绍4月回款情况，两笔合计38.6万元预计5月20日前到账，建议销售跟进。
00:14:05 DN600项目进展
孟庆海表示报价已按时提交，客户反馈需补充热处理方案说明，预计下周给出意见。
00:29:51 新客户开发
杨振介绍锻制三通在热电行业的优势，计划6月参加行业展会。

发言人
孟庆海 41%  穆丽 23%  杨振 22%  白雪梅 14%

待办
· 孟庆海：周三前把热电厂项目的补充报价单发给客户
· 丁一鸣：本周内完成DN600弯头三维渲染图，供投标使用
· 穆丽：月底前核对渤海湾石化两笔应收账款并出具对账单
· 白雪梅：整理4月发货明细

以上内容由AI生成，仅供参考
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html;charset=UTF-8"></head><body>'
            '<div style="font-family:Microsoft YaHei;font-size:14px">\n' + html_paras(body) +
            '\n</div></body></html>\n')
    alt = multipart("alternative", "----=ALIBOUNDARY_41783_4a7f1c00_6a0148e2_2c3d", [
        text_part(body, "UTF-8", "base64"), text_part(html, "UTF-8", "base64", "html")])
    hdr = [
        ("Return-Path", f"<baixuemei@{DOM}>"), ("Delivered-To", BOTA[1]),
        ("Received", f"from out30-118.freemail.mail.example.net (out30-118.freemail.mail.example.net "
                     f"[115.124.30.118])\n\tby {MX} (Postfix) with ESMTPS id 4fK7Pz2mD1z6wS\n\tfor <{BOTA[1]}>; "
                     f"{rfc_date(t8('2026-05-11 10:42:09'))}"),
        ("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R781e4;CH=green;FP=0|-1|-1|-1|0|-1|-1|-1;HT=maildocker"),
        ("Date", rfc_date(t)), ("From", addr("白雪梅", f"baixuemei@{DOM}", "UTF-8")),
        ("To", addrs(["孟庆海", "穆丽", "杨振", "丁一鸣"], "UTF-8")), ("Cc", addrs([BOTA], "UTF-8")),
        ("Message-ID", f"<4a7f1c00-6a01-48e2-2c3d-9b0e51f7a201.baixuemei@{DOM}>"),
        ("Subject", ew("转发：销售周会 智能纪要（5月11日）", "UTF-8")),
        ("X-Mailer", "[Alimail-Mailagent revision 7][W11_5.16.0]"), ("MIME-Version", "1.0"),
        ("x-aliyun-mail-creator", "W4_5816061_YmFpeHVlbWVpQGhscGlwZWZpdA=="),
    ]
    items = [
        it("孟庆海", "把热电厂项目的补充报价单发给客户", ("wd", 2), "2026-05-13"),
        it("丁一鸣", "完成DN600弯头三维渲染图，供投标使用", ("weekend",), "2026-05-17"),
        it("穆丽", "核对渤海湾石化两笔应收账款并出具对账单", ("month_end",), "2026-05-31"),
        it("白雪梅", "整理4月发货明细", None, None),
    ]
    notes = ("DingTalk AI minutes (钉钉AI听记 智能纪要) forwarded the same morning through Alimail, UTF-8 base64. Sent "
             "Mon 2026-05-11 10:42. Only the 待办 block counts: 摘要/章节速览 mention dates ('5月20日前到账', '5月底前"
             "完成审图', '下周给出意见', '6月参加行业展会') that are facts or others' plans, not items; 发言人 "
             "percentages are not progress. '周三前' -> 2026-05-13. AMBIGUOUS: '本周内' -> end of this Mon–Sun week "
             "2026-05-17 (research policy); some readers would take Friday 05-15. '月底前' -> 2026-05-31 (a Sunday, "
             "kept literal). 白雪梅's item has no deadline -> no_due.")
    return case(10104, "hl-dingtalk-ai-minutes-forward-alimail", "minutes", message(hdr, alt), notes, items, None,
                "DingTalk 智能纪要 forwarded via Alimail: only 待办 counts (summary dates are facts), 周三前, 本周内 "
                "(AMBIGUOUS), 月底前, undated item")


# ------------------------------------------------------------------------------------------------------------
def c10105():
    t = t8("2026-07-14 09:50:33")
    body = """各位：

今早8:40渤海湾石化现场反馈，上周发的DN150等径三通（304，炉号H26-0623）试压时焊缝 
渗漏2件。9:20在质检部开了紧急会，记录如下。

问题协调解决记录表
问题编号：Q20260714-01
问题描述：DN150等径三通焊缝试压渗漏（客户现场2件）
提交人：销售部 孟庆海
提交时间：2026-07-14 08:40
紧急程度：高
影响范围：该炉批共发货46件
责任部门：质检部
责任人：哈文静
计划解决时间：2026-07-17
实际解决时间：-
解决方案：查明渗漏原因，制定返修/换货方案并闭环

分工（时限从本邮件发出算起）：
1. 沙宏伟：2小时内将同炉批留样三通送理化室做渗透检测，结果直接报哈部长
2. 孟经理：今天下班前联系客户现场确认渗漏件数量、安装位置及剩余库存，并 
商定换货还是现场返修
3. 马厂长：明天中午12点前提交该批次生产记录（焊接参数、固溶处理曲线）
4. 杨总工：24小时内给出原因分析初稿

大家电话保持畅通。

-- 
沙宏伟
质检部 理化室
"""
    alt = multipart("alternative", "------------7Q2mC0s8fZlE4xYbT1nR3aVd", [
        text_part(body, "UTF-8", "8bit", extra_params={"format": "flowed"}),
        text_part("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"content-type\" content=\"text/html; "
                  "charset=UTF-8\">\n  </head>\n  <body>\n" + html_paras(body.replace(" \n", "")) +
                  "\n  </body>\n</html>\n", "UTF-8", "8bit", "html"),
    ])
    hdr = [
        ("Return-Path", f"<shahongwei@{DOM}>"), ("Delivered-To", BOTA[1]),
        received("[192.168.10.81]", "192.168.10.81", MX, t8("2026-07-14 09:50:36"), "4fQ3Lk6cR8z2nV", BOTA[1]),
        ("Message-ID", f"<7c2e9d41-5b3a-4f86-9e0c-1d7a2b6f3c85@{DOM}>"), ("Date", rfc_date(t)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "zh-CN"),
        ("To", addrs(["哈文静", "孟庆海", "马占良", "杨振"], "UTF-8").replace(",\n\t", ",\n ")),
        ("Cc", addrs(["田国栋", BOTA], "UTF-8").replace(",\n\t", ",\n ")),
        ("From", addr("沙宏伟", f"shahongwei@{DOM}", "UTF-8")),
        ("Subject", ew("【紧急】DN150三通焊缝渗漏应急会记录", "UTF-8")),
    ]
    items = [
        it("哈文静", "查明DN150等径三通焊缝试压渗漏原因，制定返修/换货方案并闭环", ("date", "2026-07-17"),
           "2026-07-17"),
        it("沙宏伟", "将同炉批留样三通送理化室做渗透检测", ("hours", 2), "2026-07-14", "11:50"),
        it("孟庆海", "联系客户现场确认渗漏件数量、安装位置及剩余库存，并商定换货还是现场返修", ("today",),
           "2026-07-14"),
        it("马占良", "提交该批次生产记录（焊接参数、固溶处理曲线）", ("days", 1), "2026-07-15", "12:00"),
        it("杨振", "给出原因分析初稿", ("hours", 24), "2026-07-15", "09:50"),
    ]
    notes = ("Thunderbird 8bit UTF-8, text/plain format=flowed (two lines soft-wrapped with a trailing space, one of "
             "them inside item 2) + HTML. Sent Tue 2026-07-14 09:50. Seed 问题协调解决记录表 as key：value lines: "
             "责任人 哈文静 with 计划解决时间 2026-07-17 is an item (task from 解决方案/问题描述). '2小时内' -> 09:50 + 2 h "
             "= 11:50; '今天下班前' -> 2026-07-14, no time; '明天中午12点前' -> 2026-07-15 12:00; '24小时内' -> "
             "2026-07-15 09:50. 孟经理/马厂长/杨总工 are aliases. '8:40', '9:20', '46件' are facts.")
    return case(10105, "hl-urgent-issue-hours-thunderbird-flowed", "minutes", message(hdr, alt), notes, items,
                None, "Thunderbird format=flowed 8bit: 问题协调解决记录表 row as an item, hour deadlines "
                      "(2小时内/24小时内), 今天下班前, 明天中午12点前, item wrapped over two lines")
