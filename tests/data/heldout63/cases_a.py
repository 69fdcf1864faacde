"""Cases 9101-9105: 巴彦淖尔市临河区农牧局 (government unit, A)."""
from hl63_case import Case, alt, coremail, html_doc, mixed, msgid, outlook, render_html
from hl63_lib import attachment, bot, esc, leaf, make_docx, person, ts

P = person


def c9101():
    c = Case(9101, "gov-yishi-ershi-outlook-gb2312", "minutes", "A", ts("2026-04-02 16:40:18"),
             "Outlook zh-CN gb2312 base64 alternative; government 一是/二是 with 责任单位/责任人/完成时限; 清明节后第一个工作日 "
             "(holiday 04-04..06 -> 04-07); dept-only owners (ours and township centres); weekly report clause not an item; "
             "下次调度会 with a time")
    text = """临河区农牧局
春播备耕工作推进会议纪要
〔2026〕第7期

4月2日上午，乔振国局长主持召开春播备耕工作推进会，种植业股、畜牧兽医股、农机推广站、综合执法大队负责同志参加。会议听取了各股室前期工作汇报，研究部署了下一阶段重点工作。现将会议议定事项纪要如下：

一是抓好良种供应保障。由种植业股牵头，对全区玉米、向日葵种子经营门店开展备案核查，形成核查台账。
责任单位：种植业股；责任人：苏和；完成时限：4月10日前。

二是做好农机具检修调试。农机推广站在清明节后第一个工作日组织各乡镇农机合作社召开检修调试现场会，全面摸清拖拉机、播种机保有和完好情况。
责任单位：农机推广站；责任人：贺建军；完成时限：清明节后第一个工作日。

三是开展春季农资打假专项行动。综合执法大队联合市场监管部门开展农资市场执法检查，重点检查种子、化肥、农药标签标识，检查情况每周五报局办公室。
责任单位：综合执法大队；责任人：闫海；完成时限：4月30日前。

四是做好春季动物防疫。畜牧兽医股抓紧完成春季重大动物疫病集中免疫疫苗调拨，确保全部发放到乡镇兽医站。
责任单位：畜牧兽医股；配合单位：各乡镇农业服务中心；完成时限：4月15日前。

五是各乡镇农业服务中心于4月8日前将本乡镇春播面积计划报种植业股汇总。

会议强调，各股室要把春播备耕作为当前首要任务，主要负责同志亲自抓，确保不误农时。

下次调度会：4月9日（周四）上午9:30，局三楼会议室。

办公室 白玉兰 整理
2026年4月2日"""
    cs = "gb2312"
    body = alt(text.replace("\n", "\r\n"), render_html(text, cs, flavor="outlook"), cs, "base64",
               "----=_NextPart_000_0015_01DCC2A8.3F0B5D70")
    c.eml = outlook(c, P("白玉兰"), [P("苏和"), P("其木格"), P("贺建军"), P("闫海")], [P("乔振国"), bot("A")],
                    "关于印发春播备耕工作推进会议纪要的通知", body, cs=cs, host="BYL-PC", ip="10.66.2.31")
    c.item("苏和", "对全区玉米、向日葵种子经营门店开展备案核查，形成核查台账", (("abs", "2026-04-10"), "2026-04-10"))
    c.item("贺建军", "组织各乡镇农机合作社召开检修调试现场会", (("after_holiday", "清明"), "2026-04-07"))
    c.item("闫海", "联合市场监管部门开展农资市场执法检查", (("abs", "2026-04-30"), "2026-04-30"))
    c.item(None, "完成春季重大动物疫病集中免疫疫苗调拨并发放到乡镇兽医站", (("abs", "2026-04-15"), "2026-04-15"),
           dept="畜牧兽医股")
    c.item(None, "上报本乡镇春播面积计划", (("abs", "2026-04-08"), "2026-04-08"))
    c.fu(("abs", "2026-04-09"), "2026-04-09", "09:30")
    c.notes = ("Government 一是…五是 minutes, sent Thu 2026-04-02 16:40 +0800, two days before 清明 (04-04..06 off). "
               "'清明节后第一个工作日' -> Tue 2026-04-07. 四是 names only 责任单位 畜牧兽医股 (no 责任人), so owner null + no_owner, "
               "department 畜牧兽医股 (ours). 五是 belongs to the township centres (not in the roster, not a department of "
               "the bureau): no_owner, department null. '检查情况每周五报局办公室' is a standing reporting rule inside "
               "item 三, not a separate item. '会议强调…' is policy. Next meeting 04-09 09:30.")
    return c


def c9102():
    c = Case(9102, "gov-duban-docx-outlook-utf8", "minutes", "A", ts("2026-04-29 09:15:44"),
             "Outlook utf-8 QP mixed with a .docx carrying the 督办事项清单 table (the body only points to it); "
             "3个工作日内 across May Day (05-01..05) -> 05-07; 5月9日 make-up Saturday; 今天下班前 (date only); 长期 -> no_due")
    rows = [["序号", "督办事项", "责任股室", "责任人", "完成时限"],
            ["1", "制定高标准农田建设项目验收工作方案", "种植业股", "杜文静", "5月8日前"],
            ["2", "更新规模养殖场粪污资源化利用台账", "畜牧兽医股", "其木格", "3个工作日内"],
            ["3", "梳理上报农机购置补贴资金兑付情况", "农机推广站", "贺建军", "5月9日（周六，调休上班）前"],
            ["4", "报送五一假期值班安排表", "办公室", "刘婷婷", "今天下班前"],
            ["5", "整理农资执法案件卷宗并归档", "综合执法大队", "王俊峰", "长期"]]
    paras = ["会议时间：2026年4月28日下午3:00", "会议地点：局三楼会议室", "主持：乔振国",
             "参加：白玉兰、苏和、其木格、贺建军、闫海、杜文静、王俊峰、刘婷婷",
             "会议传达了区委农村工作会议精神，听取了各股室4月份工作情况汇报。会议要求五一假期期间严格落实值班制度。",
             "督办事项清单如下：", "下次局务会时间另行通知。", "记录：刘婷婷"]
    docx = make_docx("临河区农牧局局务会议纪要（2026年第9次）", paras, tables=[(6, rows)],
                     author="liutingting")
    text = ("各股室：\n\n附件为4月28日局务会议纪要及督办事项清单，请对照清单抓好落实，按时限反馈办理情况。"
            "办公室将于每周一汇总督办进度。\n\n刘婷婷\n临河区农牧局办公室\n电话：0478-8xxxx21\n")
    html = html_doc("".join("<p class=MsoNormal>%s</p>" % (esc(x) or "&nbsp;") for x in text.split("\n")), "utf-8")
    body = mixed(alt(text, html, "utf-8", "quoted-printable", "----=_NextPart_001_0032_01DCD7B4.21C55A10"),
                 [attachment("局务会议纪要（2026年第9次）.docx", docx,
                             "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
                 "----=_NextPart_000_0031_01DCD7B4.21C55A10", preamble="This is a multipart message in MIME format.")
    c.eml = outlook(c, P("刘婷婷"), [P("苏和"), P("其木格"), P("贺建军"), P("闫海"), P("杜文静"), P("王俊峰")],
                    [P("乔振国"), P("白玉兰"), bot("A")], "局务会议纪要（2026年第9次）及督办事项清单", body,
                    cs="utf-8", host="LTT-PC", ip="10.66.2.45", attach=True)
    c.item("杜文静", "制定高标准农田建设项目验收工作方案", (("abs", "2026-05-08"), "2026-05-08"))
    c.item("其木格", "更新规模养殖场粪污资源化利用台账", (("workdays", 3), "2026-05-07"))
    c.item("贺建军", "梳理上报农机购置补贴资金兑付情况", (("abs", "2026-05-09"), "2026-05-09"))
    c.item("刘婷婷", "报送五一假期值班安排表", (("today",), "2026-04-29"))
    c.item("王俊峰", "整理农资执法案件卷宗并归档", None)
    c.notes = ("The minutes live only in the .docx attachment (table 督办事项清单); the mail body only points to it. "
               "Sent Wed 2026-04-29 09:15. '3个工作日内' counts 04-30, then 05-01..05 are May Day, then 05-06, 05-07 -> "
               "2026-05-07. '5月9日（周六，调休上班）前' -> 05-09, a make-up working day. '今天下班前' -> send date, no time "
               "(corpus convention). AMBIGUOUS: '长期' (ongoing) is not a deadline, recorded as no_due rather than vague_due. "
               "'办公室将于每周一汇总' is a process remark. '下次局务会时间另行通知' -> no follow-up.")
    return c


def c9103():
    c = Case(9103, "gov-new-minutes-as-reply-coremail", "minutes", "A", ts("2026-04-09 15:20:06"),
             "Coremail HTML+text: a new 调度会 minutes posted as '回复:' in the thread of 9101, with 9101 quoted below "
             "(quoted items must not be extracted); a done report (not an item); 下周二前, 本周五下班前, 明天上午10点前; "
             "'下周四同一时间' resolved with the time stated in the opening line")
    text = """各位：

今天上午9:30召开了春播备耕第二次调度会，乔局参加。纪要如下，请各责任人抓紧落实。

1. 种子门店备案核查发现3家未备案门店，苏和股长牵头下周二前完成整改复查。
2. 农机合作社检修进度改为每日汇总，贺站长本周五下班前报送首期汇总表。
3. 疫苗4月15日发放节点不变，其木格股长明天上午10点前报送各乡镇领苗计划。
4. 闫海队长汇报：第一轮农资市场执法检查已完成，共检查门店46家，立案2起。（已办结，不再跟踪）

下次调度会：下周四同一时间，地点不变。

白玉兰
临河区农牧局办公室"""
    quote = """在 2026-04-02 16:40:18，"白玉兰" <baiyulan@lhnmj.example.gov.cn> 写道：
> 临河区农牧局
> 春播备耕工作推进会议纪要
> 一是抓好良种供应保障……责任单位：种植业股；责任人：苏和；完成时限：4月10日前。
> 二是做好农机具检修调试……责任人：贺建军；完成时限：清明节后第一个工作日。
> 三是开展春季农资打假专项行动……责任人：闫海；完成时限：4月30日前。
> 四是做好春季动物防疫……责任单位：畜牧兽医股；完成时限：4月15日前。
> 下次调度会：4月9日（周四）上午9:30，局三楼会议室。"""
    html_new = render_html(text, "UTF-8", flavor="coremail").split("<body>")[1].split("</body>")[0]
    qlines = "".join("<div>%s</div>" % esc(x[2:]) for x in quote.split("\n")[1:])
    html = html_doc(html_new + '<br><div style="position:relative;zoom:1">%s<blockquote id="isReplyContent" '
                    'style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">%s'
                    '</blockquote></div>' % (esc(quote.split("\n")[0]), qlines), "UTF-8")
    body = alt(text + "\n\n" + quote + "\n", html, "UTF-8", "base64", "----=_Part_81402_1566029871.1775719206000")
    old = msgid(c9101())
    c.eml = coremail(c, P("白玉兰"), [P("苏和"), P("其木格"), P("贺建军"), P("闫海")], [P("乔振国"), bot("A")],
                     "回复: 关于印发春播备耕工作推进会议纪要的通知", body, irt=old, refs=[old])
    c.item("苏和", "完成3家未备案种子门店的整改复查", (("next", 1), "2026-04-14"))
    c.item("贺建军", "报送农机合作社检修进度首期汇总表", (("this", 4), "2026-04-10"))
    c.item("其木格", "报送各乡镇领苗计划", (("plus", 1), "2026-04-10"), time="10:00")
    c.fu(("next", 3), "2026-04-16", "09:30")
    c.notes = ("New minutes sent as a reply (Thu 2026-04-09 15:20) in the 9101 thread; the quoted 9101 minutes below "
               "'在 … 写道：' are history, not items. Titles resolve through aliases: 苏和股长, 贺站长, 其木格股长. "
               "'下周二前' -> 04-14; '本周五下班前' -> 04-10 (date only); '明天上午10点前' -> 04-10 10:00. Item 4 is a report of "
               "work done ('已办结，不再跟踪'), not an item. '下周四同一时间' -> 04-16 at the 9:30 stated in the opening line.")
    return c


def c9104():
    c = Case(9104, "gov-other-request-coremail", "other", "A", ts("2026-04-13 10:02:51"),
             "Coremail text-only request from the office (一季度总结 by 本周五, template attached as prose): a person's "
             "request with a deadline and owners, bot in Cc by habit -> other")
    text = """各股室、站、大队：

根据区政府办要求，请于本周五（4月17日）下班前将一季度工作总结及二季度工作计划报送至办公室邮箱，字数控制在2000字以内，并附主要数据表。

种植业股请杜文静老师同步提供春播面积统计数据，执法大队请王俊峰提供案件办理情况。

逾期未报的，办公室将在周一局务会上通报。

谢谢！

刘婷婷
办公室
0478-8xxxx21"""
    body = leaf("text/plain", text, "UTF-8", "base64")
    c.eml = coremail(c, P("刘婷婷"), [P("苏和"), P("其木格"), P("贺建军"), P("闫海")],
                     [P("杜文静"), P("王俊峰"), P("白玉兰"), bot("A")], "关于报送一季度工作总结的通知", body)
    c.notes = ("Sent Mon 2026-04-13. A notice asking for reports by 本周五, with named contributors: a request, not "
               "minutes of a meeting (no meeting, no 议定事项). The bot is in Cc by habit. kind other, no items.")
    return c


def c9105():
    c = Case(9105, "gov-auto-ooo-coremail-noheader", "auto", "A", ts("2026-04-20 08:31:12"),
             "Coremail out-of-office with no Auto-Submitted/Precedence header: only the '自动回复：' subject and the body "
             "say so; body full of dates and a delegate")
    text = """您好！

我于4月20日至4月24日随区联合检查组下乡开展农资执法检查，期间邮件不能及时回复。急事请联系王俊峰（wangjunfeng@lhnmj.example.gov.cn），或于4月27日（周一）后再联系我。

此邮件为系统自动回复，请勿直接回复。

闫海
综合执法大队"""
    body = leaf("text/plain", text, "GBK", "base64")
    old = msgid(c9103())
    c.eml = coremail(c, P("闫海"), [P("白玉兰")], [bot("A")],
                     "自动回复：回复: 关于印发春播备耕工作推进会议纪要的通知", body, cs="GBK", irt=old, refs=None)
    c.notes = ("Out-of-office reply generated by the Coremail server (Mon 2026-04-20), without any Auto-Submitted or "
               "Precedence header. The '自动回复：' subject prefix and '此邮件为系统自动回复' give it away. The dates "
               "and the delegate in the body are not items. kind auto.")
    return c


CASES = [c9101, c9102, c9103, c9104, c9105]
