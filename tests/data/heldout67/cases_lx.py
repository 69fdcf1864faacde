"""Cases 9508-9511: 三明岚溪新材料有限公司 (private spunlace nonwoven maker)."""
from h67_build import mk
from h67_core import Case, I, T
from h67_mime import esc, html_table, leaf, lines_html, multi, simple_html

ORG = "LX"


def foxmail_html(text, cs="GBK", sig_from=None):
    lines = text.split("\n")
    if sig_from is not None:
        body, sig = lines[:sig_from], lines[sig_from:]
    else:
        body, sig = lines, []
    inner = "\n".join("<div><span>%s</span></div>" % (esc(x) if x.strip() else "<br>") for x in body)
    if sig:
        inner += '\n<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt">%s</div></span></div>' % \
                 "".join("<div>%s</div>" % esc(x) for x in sig if x.strip())
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
            'blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }p { margin-top: 0px; margin-bottom: 0px; }'
            '</style></head><body style="font-size: 10.5pt; font-family: 微软雅黑; color: rgb(0, 0, 0); line-height: 1.5;">\n'
            '%s\n</body></html>' % (cs, inner))


def c9508():
    sent = T("2026-04-30 16:40:21")
    text = """各位好：

今天下午生产例会纪要如下，五一放假前请各自确认。

会议时间：4月30日（周四）14:00-15:10
参会：邱总、罗美玲、吴德胜、林秋萍、余晖、黄诗琪

一、上周事项回顾
1、1号线换网已完成（吴工）。
2、4月出货计划完成率96%，差额已顺延到5月。

二、本次待办
1、2号水刺线节后复产前的全面点检（含烘箱、卷绕机、分切机），由设备部吴工
   负责，节后第一个工作日完成，点检记录交生产部备案。
2、5月份排产计划，罗美玲5个工作日内完成并发各部门。
3、4月客诉克重偏差批次（批号LX2604-118、LX2604-121）出具8D报告，品质部林经理
   负责（完成时间：（最迟5月8日（周五）前））。
4、粘胶短纤节后到货时间，余主管放假前与供应商确认，今天下班前回复邱总。
5、节日期间值班安排按行政通知执行。

三、下次例会：5月7日（周四）上午8:30，三楼会议室。

罗美玲
生产部
三明岚溪新材料有限公司"""
    html = foxmail_html(text, "GBK", sig_from=len(text.split("\n")) - 3)
    body = multi("alternative", [leaf("text/plain", text + "\n", "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 "----=_001_NextPart471953268420_=----", preamble="This is a multi-part message in MIME format.")
    eml = mk(ORG, "foxmail", sent, "罗美玲", ["吴德胜", "林秋萍", "余晖", "黄诗琪"], ["邱振华"],
             "4月30日生产例会纪要", body, "c9508", label="GBK", sender_ip="183.252.77.140",
             hop=("smtp.lanxi-nonwoven.example.cn", ""))
    items = [
        I("吴德胜", "2号水刺线节后复产前的全面点检（含烘箱、卷绕机、分切机）", ("2026-05-06", ("after", "2026-05-01"))),
        I("罗美玲", "编制5月份排产计划并发各部门", ("2026-05-11", ("wd", 5))),
        I("林秋萍", "出具4月客诉克重偏差批次（LX2604-118、LX2604-121）8D报告", ("2026-05-08", ("abs", "2026-05-08"))),
        I("余晖", "与供应商确认粘胶短纤节后到货时间并回复邱总", ("2026-04-30", ("days", 0))),
    ]
    notes = ("Foxmail GBK base64 text+html, sent Thu 2026-04-30, the last working day before the May Day holiday "
             "(05-01..05-05; Sat 05-09 is a make-up working day). Items 1 and 3 wrap over two lines. 节后第一个工作日 -> "
             "Wed 05-06. 5个工作日内 counts 05-06, 05-07, 05-08, 05-09 (make-up Saturday), 05-11 -> 2026-05-11 (a Mon-Fri "
             "count gives 05-12). Item 3 has doubly nested brackets '（完成时间：（最迟5月8日（周五）前））' -> 05-08. "
             "Item 4: '放假前…今天下班前回复' -> today 2026-04-30, no time (下班前 gives no time in this set). Line 5 "
             "(值班 per notice) is an instruction, not an item; 一、上周事项回顾 is status. 下次例会 5月7日 8:30.")
    return Case(9508, "lx-foxmail-gbk-mayday-wrapped", "minutes",
                "Foxmail GBK eve of May Day: wrapped items, 节后第一个工作日, 5个工作日内 over the 05-09 make-up Saturday, "
                "doubly nested brackets, 放假前/今天下班前; review section is status",
                eml, sent, items, ("2026-05-07", ("abs", "2026-05-07"), "08:30"), notes)


def c9509():
    sent = T("2026-05-12 19:20:33")
    text = """邱振华 分享了会议纪要，请查收。
（以下内容由钉钉AI生成，仅供参考）

新客户卫材项目推进会
会议时间：2026-05-12 16:00-17:05 | 时长 65分钟 | 参会人：邱振华、罗美玲、吴德胜、黄诗琪、林秋萍

智能摘要
会议围绕福州某卫材客户的医用擦拭布项目展开。客户要求月底前完成首批打样，品质部需同步准备生物相容性检测资料。设备方面，3号线针板老化导致布面出现针眼，需要尽快更换。

章节速览
00:02 项目背景与客户要求
客户预计年用量约600吨，希望6月中旬前确定供应商。
12:40 打样安排
罗美玲表示这周五前可以把烘箱温控调好再打样。
31:15 设备问题
吴德胜提出3号线针板需整体更换，备件已到。

发言人观点
黄诗琪：报价需要等打样成本核算后才能出。
林秋萍：检测报告外送周期约10个工作日。

待办事项
☐ 罗美玲：下周三前完成新客户卫材级水刺布打样
☐ 吴德胜：本周内完成3号线针板更换
☐ 黄诗琪：5月22日前向客户提交正式报价
☐ 整理客户历史投诉台账（未指定负责人）

查看完整纪要 >"""
    blocks = text.split("\n\n")
    inner = []
    for b in blocks:
        ls = b.split("\n")
        head = ls[0]
        if head in ("智能摘要", "章节速览", "发言人观点", "待办事项"):
            inner.append('<h3 style="font-size:15px;color:#171A1D;margin:16px 0 8px">%s</h3>' % esc(head))
            ls = ls[1:]
        for x in ls:
            inner.append('<p style="margin:4px 0;color:#171A1D">%s</p>' % esc(x))
    html = simple_html('<div style="max-width:640px;margin:0 auto;padding:16px">\n%s\n</div>' % "\n".join(inner),
                       body_style="font-family:PingFang SC,Microsoft YaHei;font-size:14px")
    body = leaf("text/html", html, "UTF-8", "base64", quote=False)
    eml = mk(ORG, "dingtalk", sent, "邱振华", ["罗美玲", "吴德胜", "黄诗琪", "林秋萍"], [],
             "【智能纪要】新客户卫材项目推进会 2026-05-12", body, "c9509", sender_ip="47.246.22.18",
             hop=("out30-18.mail.aliyun.example.com", ""))
    items = [
        I("罗美玲", "完成新客户卫材级水刺布打样", ("2026-05-20", ("nextwk", 2))),
        I("吴德胜", "完成3号线针板更换", ("2026-05-17", ("weekend",))),
        I("黄诗琪", "向客户提交正式报价", ("2026-05-22", ("abs", "2026-05-22"))),
        I(None, "整理客户历史投诉台账", None, flags=["no_owner", "no_due"]),
    ]
    notes = ("DingTalk AI minutes (钉钉智能纪要) shared by mail as single-part HTML. Only 待办事项 counts: the summary "
             "(月底前完成首批打样, 尽快更换), chapter notes (这周五前…调好) and speaker views (10个工作日) are AI prose, not "
             "items. Sent Tue 2026-05-12. 下周三前 -> 2026-05-20. AMBIGUOUS: 本周内 is taken as the end of the calendar "
             "week, Sun 2026-05-17 (research/date-phrases.tsv policy); some readers would say Fri 05-15. The unowned "
             "to-do has neither owner nor date: no_owner + no_due.")
    return Case(9509, "lx-dingtalk-ai-minutes-html", "minutes",
                "DingTalk 智能纪要 HTML-only: only 待办 counts (summary/chapters/speakers have dates); 下周三前, 本周内, "
                "unassigned to-do",
                eml, sent, items, None, notes)


def c9510():
    sent = T("2026-06-12 17:30:02")
    head = ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
            "实际完成时间", "进展情况", "风险点及应对措施"]
    rows = [head,
            ["1", "医用级产品线ISO 13485内审准备", "品质部", "生产部", "林秋萍", "罗美玲", "2026-06-01", "2026-06-18", "",
             "进行中", "文件量大，生产部需指派专人配合"],
            ["2", "新分切机安装调试", "设备部", "生产部", "吴德胜", "罗美玲", "2026-06-03", "2026-06-10", "2026-06-10",
             "已完成", "—"],
            ["3", "端午期间值班及安全巡检安排", "总经办", "各部门", "邱振华", "—", "2026-06-12", "端午节前", "", "进行中", "无"],
            ["4", "粘胶短纤三季度备货", "采购部", "财务部", "余晖", "陈小燕", "2026-06-10", "待定", "", "进行中",
             "价格波动大，需财务确认资金安排"],
            ["5", "客户A验厂问题整改", "销售部", "品质部", "黄诗琪", "林秋萍", "2026-06-08", "2026-06-24", "", "延期",
             "整改项12条，已完成7条"]]
    intro = "各位：\n\n本周跨部门协作事项跟踪表更新如下，请各责任人核对，有变化直接回复我。\n下周五（6月19日）端午放假，周会提前到6月18日（周四）下午4点。\n"
    tail = "\n林秋萍\n品质部"
    text = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + tail + "\n"
    html = simple_html("<div>%s</div>\n<div><b>跨部门协作事项跟踪表（截至6月12日）</b></div>\n%s\n<div>%s</div>" % (
        lines_html(intro), html_table(rows), lines_html(tail)), cs="gb18030")
    body = multi("alternative", [leaf("text/plain", text, "gb18030", "base64"), leaf("text/html", html, "gb18030", "base64")],
                 "----=_NextPart_6A6BD8F2_0C3D5E71_4B2A1C09")
    eml = mk(ORG, "exmail", sent, "林秋萍", ["罗美玲", "吴德胜", "余晖", "黄诗琪", "陈小燕"], ["邱振华"],
             "跨部门协作事项跟踪表（6月第2周）", body, "c9510", label="gb18030", sender_ip="113.108.11.52",
             hop=("smtpbg.exmail.example.com", ""))
    items = [
        I("林秋萍", "医用级产品线ISO 13485内审准备", ("2026-06-18", ("abs", "2026-06-18"))),
        I("邱振华", "端午期间值班及安全巡检安排", ("2026-06-18", ("before", "2026-06-19"))),
        I("余晖", "粘胶短纤三季度备货", None, flags=["vague_due"]),
        I("黄诗琪", "客户A验厂问题整改", ("2026-06-24", ("abs", "2026-06-24"))),
    ]
    notes = ("Seed 跨部门协作事项跟踪表 (11 columns, two 责任人 columns) in an Exmail gb18030 HTML table with a tab-separated "
             "text part. The 发起方 责任人 owns the row (the 协作方 assists). Row 2 is 已完成 with an 实际完成时间: status. "
             "Row 3 计划完成时间 '端午节前' -> last working day before 06-19 = Thu 2026-06-18. Row 4 '待定' -> vague_due. "
             "Row 5 '延期' is still open: 2026-06-24. The intro moves the weekly meeting: 6月18日（周四）下午4点 -> "
             "next_followup 2026-06-18 16:00.")
    return Case(9510, "lx-exmail-gb18030-collab-tracking-table", "minutes",
                "Exmail gb18030 seed 跨部门协作事项跟踪表 (发起方/协作方 owners, 已完成 and 延期 rows, 端午节前, 待定); "
                "weekly meeting moved before the holiday",
                eml, sent, items, ("2026-06-18", ("abs", "2026-06-18"), "16:00"), notes)


def c9511():
    sent = T("2026-06-24 10:12:45")
    text = """余主管、林经理：

您好！昨天电话会议的要点整理如下，请查阅，如有出入请指正。

一、会议结论
1. 因我司纺丝线检修，原定6月20日交付的粘胶短纤剩余12吨推迟交付。
2. 自7月起，双方每月5日前完成上月对账。

二、后续安排
1. 我司（蔡志明）6月30日前将剩余12吨分两车补发到贵司三明工厂。
2. 贵司余主管：到货后安排来料检验，检验结果同步我司。
3. 贵司林经理：下周一前把更新后的来料检验标准发给我司质量部。

三、下次沟通时间：7月1日上午10:00电话确认到货情况。

顺祝商祺！
蔡志明
永安闽丰化纤有限公司 销售部
手机：138-0598-2231
"""
    html = simple_html('<div style="line-height:1.7;font-size:14px">%s</div>' % lines_html(text), cs="utf-8",
                       body_style="font-family:微软雅黑")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                 "----=_Part_318842_1470052193.1782267165402")
    eml = mk(ORG, "mailmaster", sent, "蔡志明", ["余晖", "林秋萍"], ["罗美玲"],
             "交期协调电话会议纪要（闽丰-岚溪）6.23", body, "c9511", sender_ip="120.37.161.90",
             hop=("mail.minfeng-fiber.example.cn", ""))
    items = [
        I("蔡志明", "将剩余12吨粘胶短纤分两车补发到三明工厂", ("2026-06-30", ("abs", "2026-06-30"))),
        I("余晖", "到货后安排来料检验，检验结果同步闽丰", None, flags=["no_due"]),
        I("林秋萍", "把更新后的来料检验标准发给闽丰质量部", ("2026-06-29", ("nextwk", 0))),
    ]
    notes = ("Minutes written by the supplier (external From, NetEase Mail Master, UTF-8 base64). Sent Wed 2026-06-24. "
             "The supplier's own item is owned by the From person 蔡志明 (outside the roster, department null). "
             "余主管's item is conditional on arrival with no date -> no_due. 下周一前 -> 2026-06-29. 会议结论 lines "
             "(the delay, monthly reconciliation before the 5th) are decisions, not items. 下次沟通时间 7月1日上午10:00.")
    return Case(9511, "lx-supplier-minutes-mailmaster", "minutes",
                "Supplier-written minutes (NetEase Mail Master UTF-8): external owner = From, conditional item no_due, "
                "下周一前; 结论 not items; 下次沟通时间",
                eml, sent, items, ("2026-07-01", ("abs", "2026-07-01"), "10:00"), notes)
