"""heldout77 cases 10501-10506."""
from hk77_clients import coremail, dingmail, exmail, foxmail, m365, outlook_zh
from hk77_lib import (BOTS, P, assemble, fu, html_escape, html_table, item, leaf, lines_to_divs, multi)


def c10501():
    date = "Thu, 2 Apr 2026 16:20:37 +0800"
    bot = BOTS["Y"]
    text = """各位好：

今天下午生产调度会（4月2日 14:30-15:40，二楼小会议室）要点如下，按人分了一下：

【程厂长】
①3号线石磨更换，清明节前装好并试机；
②清明假期值班表今天下班前排出来，发车间群里。

【付主管】
①正阳合作社新到的那批芝麻（约40吨）抽检酸价、水分，节后第一个工作日出报告。

【范科】
联系正阳合作社，确认新季芝麻订单量和到货批次，4月10日前回复孟总。

【小党】
上周反映的滤油机漏油已经修好了，这周不再跟。

其他：
1. 4月起车间交接班记录统一用新表，不再手写。
2. 灌装线夜班暂停，恢复时间另行通知。

下次调度会：下周四上午9点，还在二楼小会议室。

葛丽娟
综合办 | 驻马店豫香坊小磨油业有限公司
电话：0396-8213307
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK">'
            '<style>body { font-size: 10.5pt; font-family: 微软雅黑; color: rgb(0, 0, 0); line-height: 1.5; }</style>'
            '</head><body>\n' + lines_to_divs(text) + '\n</body></html>\n')
    body = multi("alternative", [leaf("text/plain", text, "GBK"), leaf("text/html", html, "GBK")],
                 "----=_001_NextPart385917220466_=----", preamble="This is a multi-part message in MIME format.")
    people = [P("程志远"), P("付春梅"), P("范磊"), P("党小勇")]
    hdr = foxmail(P("葛丽娟"), people, [P("孟庆国"), bot], "4月2日生产调度会纪要", date, "20260402162037", bot)
    return dict(
        slug="10501-foxmail-gbk-grouped-by-person-qingming", kind="minutes", org="Y", date=date,
        eml=assemble(hdr, body),
        items=[
            item("程志远", "更换3号线石磨并试机", ("before_hol", "2026-04-04"), expect="2026-04-03"),
            item("程志远", "排出清明假期值班表并发车间群", ("today",), expect="2026-04-02"),
            item("付春梅", "抽检正阳合作社新到芝麻的酸价、水分并出报告", ("after_hol", "2026-04-06"), expect="2026-04-07"),
            item("范磊", "确认新季芝麻订单量和到货批次并回复孟总", ("abs", "2026-04-10")),
        ],
        followup=fu(("next", 3), "09:00", expect="2026-04-09"),
        what="Foxmail GBK base64 text+html, minutes grouped by person under 【程厂长】/【付主管】/【范科】 (title aliases) with ①② sub-items; "
             "清明节前 (holiday 04-04..06) -> Fri 04-03, 节后第一个工作日 -> 04-07, 今天下班前; a done report (小党) and rules are not items; 下周四上午9点",
        notes="Sent Thu 2026-04-02 16:20 +0800. Owners are the section headings: 程厂长 = 程志远, 付主管 = 付春梅, 范科 = 范磊 (roster aliases). "
              "清明 2026 is 04-04..04-06, so 清明节前 = last workday before = Fri 04-03 and 节后第一个工作日 = Tue 04-07. "
              "今天下班前 -> send date, no time. 【小党】 only reports a repair already done (status, not an item); the two lines under 其他 "
              "are rules/notices. 下次调度会 下周四上午9点 -> 2026-04-09 09:00.")


def c10502():
    date = "Mon, 13 Apr 2026 17:40:12 +0000"
    bot = BOTS["M"]
    text = """Hi all,

Notes from today's gateway/probe sync (Ennis + Suqian, Teams). Apologies for the late send.

Attendees: Declan Brennan, Aoife Gallagher (Ennis); Lu Wenbin, Jiaqi Shen, Yvonne Zhu, Leo Bian (Suqian)

Summary
- SP-40 probe drift is within spec after the epoxy change; no field recall needed.
- Gateway v2 BOM still has two single-source parts. We agreed to keep the current
  enclosure until the autumn build.

Actions

Action 1 - Recalibrate probe batch SP-0412 against the reference rig
Owner: Jiaqi Shen
Due: Friday 17 April

Action 2 - Send the revised BOM for LoRa gateway v2 (alternates marked)
Owner: Yvonne
Due: by Wednesday

Action 3 - Update the firmware 2.4 release notes on the distributor portal
Owner: Product owner Aoife
Due: EOD Thursday

Action 4 - Qualify a second source for the IP67 cable glands
Owner: TBD
Due: TBD

Next check-in: Tuesday 21 April, 09:00 IST / 16:00 Beijing time, same Teams link.

Declan
--
Declan Brennan | Head of Engineering
Moher Sensors Ltd | Ennis, Co. Clare, Ireland
"""
    html_lines = []
    for ln in text.split("\n"):
        if ln.startswith("Action ") or ln in ("Summary", "Actions"):
            html_lines.append(f'<p class="MsoNormal"><b>{html_escape(ln)}</b></p>')
        else:
            html_lines.append(f'<p class="MsoNormal">{html_escape(ln) if ln else "&nbsp;"}</p>')
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '</head><body lang="EN-IE" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
            + "\n".join(html_lines) + "\n</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "_000_DB9PR07MB4417A1C3E2F90B5D61E4C8DB9PR07MB4417eurp_")
    to = [P("陆文斌"), P("沈佳琪"), P("朱燕"), P("卞磊")]
    to = [("Lu Wenbin", to[0][1]), ("Jiaqi Shen", to[1][1]), ("Yvonne Zhu", to[2][1]), ("Leo Bian", to[3][1])]
    hdr = m365(P("Declan Brennan"), to, [P("Aoife Gallagher"), bot], "Gateway/probe sync - notes & actions (13 Apr)",
               date, "10502", bot, arrival="13 Apr 2026 17:40:12.0410 (UTC)")
    return dict(
        slug="10502-m365-english-owner-due-blocks-ireland-utc", kind="minutes", org="M", date=date,
        eml=assemble(hdr, body),
        items=[
            item("沈佳琪", "Recalibrate probe batch SP-0412 against the reference rig", ("abs", "2026-04-17")),
            item("朱燕", "Send the revised BOM for LoRa gateway v2 (alternates marked)", ("wd", 2), expect="2026-04-15"),
            item("Aoife Gallagher", "Update the firmware 2.4 release notes on the distributor portal", ("wd", 3), expect="2026-04-16"),
            item(None, "Qualify a second source for the IP67 cable glands", None, flags=["vague_due"]),
        ],
        followup=fu(("abs", "2026-04-21"), "16:00"),
        what="M365 English from the Irish parent, Date in +0000 (Mon 17:40 UTC = Tue 01:40 Shanghai); 'Action N / Owner: / Due:' blocks; "
             "owners 'Yvonne', 'Product owner Aoife' via aliases; Owner TBD + Due TBD; next check-in written in two time zones (IST / Beijing)",
        notes="Date Mon 2026-04-13 17:40 +0000 = Tue 2026-04-14 01:40 in Shanghai. 'Friday 17 April' -> 2026-04-17. 'by Wednesday' "
              "(bare weekday) -> 2026-04-15. 'EOD Thursday' -> 2026-04-16, EOD gives no time (corpus convention). Owner 'Yvonne' = 朱燕 and "
              "'Product owner Aoife' = Aoife Gallagher (roster aliases; To shows 'Yvonne Zhu'). Action 4: Owner TBD -> no_owner, Due TBD -> "
              "vague_due. Summary bullets are decisions/facts. 'Next check-in: Tuesday 21 April, 09:00 IST / 16:00 Beijing time' -> "
              "2026-04-21 16:00 (IST = Irish Summer Time UTC+1).")


def c10503():
    date = "Mon, 20 Apr 2026 10:15:44 +0800"
    bot = BOTS["Q"]
    text = """各股室、所，各乡镇卫生院：

4月17日（星期五）下午，区卫生健康局在三楼会议室召开春季传染病防控暨基层卫生重点工作推进会。栾秀丽副局长主持会议，局班子成员、各股室负责人、各乡镇卫生院院长参加。现将会议议定事项纪要如下：

一、会议听取了疾病预防控制股关于一季度全区传染病疫情形势的汇报。一季度全区报告法定传染病较去年同期下降，但托幼机构手足口病聚集性疫情风险仍然较高。

二、会议议定事项

一是抓好老年人健康体检预约登记。各乡镇卫生院要摸清辖区65岁及以上常住老年人底数，完成体检预约登记并报送名册。
责任单位：基层卫生股，各乡镇卫生院
完成时限：5月15日前

二是做好手足口病等春季高发传染病防控。加强托幼机构晨午检督导，发现聚集性病例2小时内报告。
责任单位：疾病预防控制股（初晓燕）
完成时限：4月底前

三是开展医疗机构消防安全隐患排查，重点是住院部和药库。
责任单位：医政医管股牵头，卫生监督所配合
完成时限：“五一”节前

四是严格落实家庭医生签约服务“签而有约”要求，各卫生院要常态化开展，局里不定期抽查。

三、有关要求
各单位要高度重视，主要负责同志亲自抓，确保各项工作按时保质完成。工作中遇到困难，及时向局办公室报告。

七台河市茄子河区卫生健康局办公室
2026年4月20日
"""
    html = ('<div style="font-family:仿宋_GB2312,仿宋;font-size:16px;line-height:1.8">\n'
            + lines_to_divs(text, "p", "margin:0") + "\n</div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "----=_Part_417233_1984102277.1776651344512")
    to = [P("关志刚"), P("初晓燕"), P("谭立军"), P("庞国栋"), P("宫雪"), P("隋海鹰")]
    cc = [P("邵长青"), P("栾秀丽"), bot]
    hdr = coremail(P("曲丹"), to, cc, "关于春季传染病防控暨基层卫生重点工作推进会的会议纪要", date, "10503", bot, quote=True)
    return dict(
        slug="10503-coremail-gov-yishi-zerendanwei", kind="minutes", org="Q", date=date,
        eml=assemble(hdr, body),
        items=[
            item(None, "完成辖区65岁及以上常住老年人健康体检预约登记并报送名册", ("abs", "2026-05-15"), dept="基层卫生股"),
            item("初晓燕", "做好手足口病等春季高发传染病防控，加强托幼机构晨午检督导", ("month_end",), expect="2026-04-30"),
            item(None, "开展医疗机构消防安全隐患排查", ("before_hol", "2026-05-01"), expect="2026-04-30", dept="医政医管股"),
        ],
        followup=None,
        what="Coremail UTF-8 government 会议纪要 (一是/二是/三是 with 责任单位/完成时限 lines); unit-only owners -> no_owner with the lead "
             "股室 as department; named person in brackets owns; 4月底前, “五一”节前 -> 04-30; 四是 is a standing requirement",
        notes="Sent Mon 2026-04-20. 一是: 责任单位 基层卫生股 + all township clinics, no person -> no_owner, department 基层卫生股 (first/lead "
              "unit), 5月15日前 -> 2026-05-15. 二是: 疾病预防控制股（初晓燕） -> owner 初晓燕; 4月底前 -> 2026-04-30; '2小时内报告' is a "
              "standing reporting rule, not the deadline. 三是: 医政医管股牵头 (unit only) -> no_owner, department 医政医管股; “五一”节前 -> last "
              "workday before the 05-01..05-05 holiday = Thu 2026-04-30. 四是 says 常态化开展 with no deliverable or date: a standing "
              "requirement, not an item. Section 一 (a report) and 三、有关要求 are not items. No next meeting.")


def c10504():
    date = "Fri, 24 Apr 2026 17:32:10 +0800"
    bot = BOTS["H"]
    head = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"]
    row = ["EC-YX-2604-07", "2026-04-24", "Rīgas Kaligrāfijas Nams / Ilze Kalniņa", "外贸部/费雯", "客户",
           "秋季订单：狼毫小楷1200支、兼毫中楷800支，客户希望6月底前到港；礼盒需加印客户logo",
           "①制笔车间评估狼毫原料库存能否支撑（3个工作日内，钮主任）②五一前回复客户正式报价及交期③设计部出礼盒logo烫金样稿（5月8日前，邱亦舟）",
           "2026-05-08 15:00（里加时间10:00）", "费雯"]
    intro = "沈总、各位：\n\n今天下午和里加的Ilze视频沟通了秋季订单，按外部沟通跟进表整理如下，请相关同事跟进。\n\n"
    outro = "\n\n说明：客户上一批的尾款已于4月20日到账，无需再跟。\n\n费雯 Vivian Fei\n外贸部 | 湖州砚溪湖笔文化有限公司\n"
    plain = intro + "\n".join(f"{h}：{v}" for h, v in zip(head, row)) + outro
    html = ('<div style="font-family: 微软雅黑; font-size: 14px;">' + lines_to_divs(intro.strip()) +
            '<br>' + html_table([head, row], 'border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:13px"')
            + lines_to_divs(outro) + "</div>\n")
    body = multi("alternative", [leaf("text/plain", plain, "gb18030"), leaf("text/html", html, "gb18030")],
                 "----=_NextPart_69EB3B2A_0B3E21C8_4A1F5D7E")
    to = [P("沈砚秋"), P("钮建华"), P("邱亦舟")]
    hdr = exmail(P("费雯"), to, [bot], "外部沟通跟进表 EC-YX-2604-07（Riga秋季订单）", date, "10504", bot, quote=True)
    return dict(
        slug="10504-exmail-gb18030-external-followup-table-riga", kind="minutes", org="H", date=date,
        eml=assemble(hdr, body),
        items=[
            item("钮建华", "评估狼毫原料库存能否支撑秋季订单", ("workdays", 3), expect="2026-04-29"),
            item("费雯", "回复客户正式报价及交期", ("before_hol", "2026-05-01"), expect="2026-04-30"),
            item("邱亦舟", "出礼盒logo烫金样稿", ("abs", "2026-05-08")),
        ],
        followup=fu(("abs", "2026-05-08"), "15:00"),
        what="Exmail gb18030 (Latvian ī/ņ in a gb18030 part) seed 外部沟通跟进表 as HTML table + key：value plain; row 负责人 owns the "
             "unnamed ② ; 3个工作日内 from a Friday, 五一前 -> 04-30; 下次沟通时间 with Riga time in brackets",
        notes="Sent Fri 2026-04-24. ① (钮主任 = 钮建华) 3个工作日内 -> 04-27, 04-28, 04-29 -> 2026-04-29. ② names nobody -> the row's 负责人 "
              "费雯; 五一前 -> last workday before the 05-01..05 holiday = 2026-04-30. ③ 邱亦舟 5月8日前 -> 2026-05-08. The customer's wish "
              "(6月底前到港) and the note about the paid balance are not items. 下次沟通时间 2026-05-08 15:00 (Beijing; Riga 10:00 EEST).")


def c10505():
    date = "Wed, 6 May 2026 11:05:51 +0800"
    bot = BOTS["Y"]
    summary = ("本次会议讨论端午礼盒在天猫、抖音两个平台的上新节奏和直播间口碑问题。牛晓雯建议利用5月9日周六调休上班当天上线预售，"
               "闫宝山提出线下商超堆头需要同步。范磊提到芝麻原料价格5月20日前后可能上调，礼盒定价需留出空间。")
    chapters = [("00:02", "礼盒预售节奏", "牛晓雯介绍预售页进度，主图已定稿，详情页还差检测报告图；计划6月10日结束预售。"),
                ("00:17", "直播间差评", "郜思雨反馈近一个月差评集中在漏油和物流破损，建议换加厚气泡袋。"),
                ("00:31", "原料与定价", "范磊同步芝麻收购价走势，孟庆国要求礼盒定价本周内定下来。")]
    todos = ["牛晓雯：5月9日（周六）前上线端午礼盒预售页", "郜思雨：整理近一个月直播间差评，输出改进清单，下周一",
             "闫宝山：与商超渠道确认端午堆头位置"]
    html = ['<html><body style="margin:0;background:#f5f6f7">',
            '<div style="max-width:680px;margin:0 auto;background:#fff;padding:24px;font-family:PingFang SC,Microsoft YaHei">',
            '<div style="font-size:20px;font-weight:600">端午礼盒电商上新沟通会</div>',
            '<div style="color:#858c96;font-size:13px">2026-05-06 09:30-10:20 ｜ 钉钉视频会议 ｜ 发起人：牛晓雯</div>',
            '<div style="color:#858c96;font-size:13px">参会人：牛晓雯、郜思雨、闫宝山、范磊、孟庆国</div>',
            '<h3 style="font-size:16px">智能摘要</h3>', f'<p style="font-size:14px;line-height:22px">{summary}</p>',
            '<h3 style="font-size:16px">章节速览</h3>']
    for t, title, txt in chapters:
        html.append(f'<p style="font-size:14px"><span style="color:#0089ff">{t}</span> <b>{title}</b><br>{txt}</p>')
    html.append('<h3 style="font-size:16px">待办事项</h3><ul style="list-style:none;padding-left:0">')
    for t in todos:
        html.append(f'<li style="font-size:14px;line-height:24px">☐ {t}</li>')
    html += ['</ul>', '<p style="color:#b3b8bf;font-size:12px">以上内容由钉钉AI智能纪要自动生成，仅供参考，请以实际讨论为准。</p>',
             '<div style="font-size:13px">晓雯：纪要转到邮件里了，抄送纪要助手跟一下待办。</div>',
             '</div></body></html>']
    body = leaf("text/html", "\n".join(html) + "\n", "UTF-8")
    to = [P("郜思雨"), P("闫宝山"), P("范磊")]
    hdr = dingmail(P("牛晓雯"), to, [P("孟庆国"), bot], "【钉钉智能纪要】端午礼盒电商上新沟通会", date, "10505", bot)
    return dict(
        slug="10505-dingtalk-ai-minutes-html-only-todo", kind="minutes", org="Y", date=date,
        eml=assemble(hdr, body),
        items=[
            item("牛晓雯", "上线端午礼盒预售页", ("abs", "2026-05-09")),
            item("郜思雨", "整理近一个月直播间差评，输出改进清单", ("next", 0), expect="2026-05-11"),
            item("闫宝山", "与商超渠道确认端午堆头位置", None),
        ],
        followup=None,
        what="DingTalk mail, HTML-only 钉钉智能纪要 (智能摘要/章节速览/待办事项): only the three ☐ 待办 count; the summary's dates "
             "(5月20日前后, 6月10日, 本周内) are not items; 5月9日（周六） is the Labour-Day make-up workday; 待办 without a date",
        notes="Sent Wed 2026-05-06 (first workday after the 05-01..05 holiday). Only 待办事项 count for AI minutes. ① 5月9日（周六）前 -> "
              "2026-05-09 (a make-up working Saturday). ② '下周一' -> 2026-05-11. ③ no date -> no_due. The 章节速览 sentence "
              "'孟庆国要求礼盒定价本周内定下来' is discussion captured by the AI, not a listed 待办, so it is not an item.")


def c10506():
    date = "Tue, 12 May 2026 14:48:03 +0800"
    bot = BOTS["M"]
    pre = """各位，

腾讯会议生成的智能纪要转给大家。第3条负责人AI听错了，温漂补偿方案由卞工负责，不是我；其余没问题。

陆文斌
"""
    fwd = """
________________________________
发件人: 腾讯会议 <smartnotes@txmeeting.example.net>
发送时间: 2026年5月12日 11:32
收件人: 陆文斌 <luwenbin@moher-sq.example.cn>
主题: 腾讯会议智能纪要｜产线周例会 2026/05/12

会议主题：产线周例会
会议时间：2026/05/12 10:00-11:15（GMT+08:00）
参会人：陆文斌、仲海涛、朱燕、卞磊、沈佳琪

智能总结
本次会议回顾了SMT产线4月良率（98.6%）和PCB到料延迟问题，讨论了新款湿度探头的温漂表现。沈佳琪表示上周的来料检验问题已于5月8日关闭。

待办事项
1. 仲海涛：5月15日前完成SMT产线首件检验记录模板更新
2. 朱燕：跟进PCB供应商交期，本周五给出结论
3. 陆文斌：评估新款湿度探头的温漂补偿方案，月底前

本纪要由AI生成，内容仅供参考。
"""
    text = pre + fwd
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="ZH-CN"><div class="WordSection1">\n' + lines_to_divs(pre, "p", "") +
            '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
            lines_to_divs(fwd.strip("\n")[33:], "p", "") + "</div></div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "----=_NextPart_000_0041_01DCE1F8.5A6B7C80")
    to = [P("仲海涛"), P("朱燕"), P("卞磊"), P("沈佳琪")]
    hdr = outlook_zh(P("陆文斌"), to, [bot], "转发: 腾讯会议智能纪要｜产线周例会 2026/05/12", date, "10506", bot, cs="utf-8")
    return dict(
        slug="10506-outlook-utf8-forwarded-ai-minutes-owner-corrected", kind="minutes", org="M", date=date,
        eml=assemble(hdr, body),
        items=[
            item("仲海涛", "完成SMT产线首件检验记录模板更新", ("abs", "2026-05-15")),
            item("朱燕", "跟进PCB供应商交期并给出结论", ("this", 4), expect="2026-05-15"),
            item("卞磊", "评估新款湿度探头的温漂补偿方案", ("month_end",), expect="2026-05-31"),
        ],
        followup=None,
        what="Outlook zh-CN UTF-8 '转发:' of Tencent Meeting AI minutes; the forwarder's preface corrects the owner of item 3 (卞工, not 陆文斌); "
             "only 待办事项 count; 本周五, 月底前; a closed issue (5月8日关闭) is status",
        notes="Sent Tue 2026-05-12. The items sit below an Outlook 发件人/发送时间 forward header (not a quote to strip). The preface says "
              "item 3's owner was misheard: 卞工 = 卞磊 owns it, so the gold records 卞磊, not 陆文斌. 5月15日前 -> 2026-05-15; 本周五 -> "
              "2026-05-15; 月底前 -> 2026-05-31 (a Sunday, kept). The summary's '5月8日已关闭' is status. No next meeting.")


CASES = [c10501, c10502, c10503, c10504, c10505, c10506]
