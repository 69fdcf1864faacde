"""heldout77 cases 10525-10530."""
from hk77_clients import dingmail, foxmail, m365, netease_qiye, outlook_zh
from hk77_lib import (BOTS, P, assemble, fu, html_escape, html_table, item, leaf, lines_to_divs, multi)

WEI = ("魏长河", "weichanghe@xinglong-coop.example.cn")


def c10525():
    date = "Wed, 12 Aug 2026 09:30:41 +0800"
    bot = BOTS["Q"]
    text = """各股室、卫生监督所：

8月11日下午，栾秀丽副局长主持召开秋季学校卫生工作部署会。会议认为，今年春季学期学生常见病监测工作总体平稳，但部分学校饮水设施和食堂卫生存在隐患。会议议定：

一是开展秋季开学学校卫生专项检查，重点检查饮用水、食堂和传染病防控制度落实情况。
　　责任单位：卫生监督所（宫雪）；完成时限：9月1日开学前。
二是制定2026年学生常见病和健康影响因素监测（近视、脊柱弯曲异常）工作方案。
　　责任单位：疾病预防控制股；完成时限：8月底。
三是下拨学校卫生工作专项经费，做好资金使用指导。
　　责任单位：规划财务股（庞国栋）；完成时限：9月10日前。

会议要求，各单位要把学校卫生工作摆上重要位置，发现问题立即整改，重大情况及时报告。

区卫生健康局办公室
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
            '<div style="font-size:12pt;font-family:仿宋">' + lines_to_divs(text, "p", "margin:0;line-height:28px") + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "gb2312", "base64"), leaf("text/html", html, "gb2312", "base64")],
                 "----=_001_NextPart503388124872_=----", preamble="This is a multi-part message in MIME format.")
    to = [P("宫雪"), P("初晓燕"), P("庞国栋")]
    hdr = foxmail(P("曲丹"), to, [P("栾秀丽"), bot], "秋季学校卫生工作部署会会议纪要", date, "20260812093041", bot, cs="gb2312")
    return dict(
        slug="10525-foxmail-gb2312-gov-yishi-school-health", kind="minutes", org="Q", date=date,
        eml=assemble(hdr, body),
        items=[
            item("宫雪", "开展秋季开学学校卫生专项检查", ("abs", "2026-09-01")),
            item(None, "制定2026年学生常见病和健康影响因素监测工作方案", ("month_end",), expect="2026-08-31", dept="疾病预防控制股"),
            item("庞国栋", "下拨学校卫生工作专项经费，做好资金使用指导", ("abs", "2026-09-10")),
        ],
        followup=None,
        what="Foxmail gb2312 (both parts base64) government 一是/二是/三是 with an indented '责任单位：…；完成时限：…' line: 9月1日开学前, "
             "8月底 (no 前), unit-only owner -> no_owner + department; 会议认为/会议要求 paragraphs are not items",
        notes="Sent Wed 2026-08-12. 一是: 卫生监督所（宫雪） -> 宫雪; '9月1日开学前' -> 2026-09-01. 二是: 疾病预防控制股 only -> no_owner, "
              "department 疾病预防控制股; '8月底' -> 2026-08-31. 三是: 庞国栋, 9月10日前 -> 2026-09-10. The opening assessment and the "
              "closing 会议要求 are not items. No next meeting.")


def c10526():
    date = "Mon, 17 Aug 2026 10:05:33 +0800"
    bot = BOTS["H"]
    head = ["序号", "事项", "负责人", "时间节点", "备注"]
    rows = [["1", "中秋企业定制笔礼盒500套交货（湖州农商行）", "钮建华", "中秋节前", "刻字内容以臧敏核对版为准"],
            ["2", "拉脱维亚第二批海运订舱", "费雯", "8月28日（周五）", "货代已报价"],
            ["3", "定制礼盒刻字名单核对", "臧敏", "2个工作日内", ""],
            ["4", "上海文博会展位物料", "章浩", "已寄出", "8月14日顺丰"]]
    intro = "各位：\n\n今天周会的安排（表格从Word里复制的）：\n"
    outro = "\n第4项已经办完，列出来备查。\n\n费雯\n外贸部\n"
    plain = intro + "\n" + "\n".join("\t".join(r) for r in [head] + rows) + "\n" + outro
    tbl = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184">']
    for i, r in enumerate([head] + rows):
        tbl.append(f'<tr style="mso-yfti-irow:{i}">' + "".join(
            f'<td width="{110 if j == 1 else 70}" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
            f'<p class="MsoNormal"><span style="font-family:宋体">{html_escape(v) or "<o:p>&nbsp;</o:p>"}</span></p></td>'
            for j, v in enumerate(r)) + "</tr>")
    tbl.append("</table>")
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="ZH-CN"><div class="WordSection1">'
            + lines_to_divs(intro, "p", "") + "\n".join(tbl) + lines_to_divs(outro, "p", "") + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", plain, "utf-8", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "----=_NextPart_000_0032_01DD2E11.4B7C9A20")
    to = [P("钮建华"), P("臧敏"), P("章浩")]
    hdr = outlook_zh(P("费雯"), to, [P("沈砚秋"), bot], "8月17日周会安排", date, "10526", bot, cs="utf-8")
    return dict(
        slug="10526-outlook-utf8-qp-word-table-midautumn", kind="minutes", org="H", date=date,
        eml=assemble(hdr, body),
        items=[
            item("钮建华", "中秋企业定制笔礼盒500套交货（湖州农商行）", ("before_hol", "2026-09-25"), expect="2026-09-24"),
            item("费雯", "拉脱维亚第二批海运订舱", ("abs", "2026-08-28")),
            item("臧敏", "定制礼盒刻字名单核对", ("workdays", 2), expect="2026-08-19"),
        ],
        followup=None,
        what="Outlook zh-CN UTF-8 QP with a table pasted from Word (MsoTableGrid, mso-yfti, o:p) and a tab-separated plain part: "
             "中秋节前 -> 09-24, '8月28日（周五）', 2个工作日内; a row whose 时间节点 is '已寄出' is done",
        notes="Sent Mon 2026-08-17. 中秋节前 -> last workday before the 09-25..27 holiday = 2026-09-24. 8月28日（周五） -> 2026-08-28. "
              "2个工作日内 -> 08-18, 08-19 -> 2026-08-19. Row 4 says 已寄出 (done) and the text confirms it: not an item. 备注 are remarks.")


def c10527():
    date = "Wed, 19 Aug 2026 23:50:08 +0000"
    bot = BOTS["M"]
    head = ["Action", "Owner", "Due"]
    rows = [["Close CAPA-0819 on the probe cable strain relief", "QE lead (Jiaqi)", "Friday"],
            ["Send the weekly yield report to Ennis", "Haitao", "today"],
            ["Review the supplier audit plan for Q4", "Product owner Aoife", "next Monday"],
            ["Book the external calibration lab for September", "Owner TBD", "9/15"]]
    intro = ("Morning all,\n\nQuick notes from yesterday afternoon's quality huddle (Wed 19 Aug). Outgoing yield last week 99.1%, "
             "two customer complaints, both closed.\n\nActions (table copied from the tracker):\n")
    outro = "\nThanks,\nJiaqi\n"
    plain = intro + "\n" + "\n".join("\t".join(r) for r in [head] + rows) + "\n" + outro
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">'
            '<div class="WordSection1">' + lines_to_divs(intro, "p", "") +
            html_table([head] + rows, 'border="0" cellspacing="0" cellpadding="0" width="560" style="border-collapse:collapse"') +
            lines_to_divs(outro, "p", "") + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", plain, "us-ascii", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "_000_DB9PR07MB6120C3B1A8E24D9F70E1DB9PR07MB6120eurp_")
    to = [("Haitao Zhong", P("仲海涛")[1]), P("Aoife Gallagher")]
    hdr = m365(("Jiaqi Shen", P("沈佳琪")[1]), to, [("Kevin Lu", P("陆文斌")[1]), bot], "Quality huddle - actions",
               date, "10527", bot, arrival="19 Aug 2026 23:50:08.0154 (UTC)")
    return dict(
        slug="10527-m365-english-excel-table-utc-previous-day", kind="minutes", org="M", date=date,
        eml=assemble(hdr, body),
        items=[
            item("沈佳琪", "Close CAPA-0819 on the probe cable strain relief", ("wd", 4), expect="2026-08-21"),
            item("仲海涛", "Send the weekly yield report to Ennis", ("today",), expect="2026-08-20"),
            item("Aoife Gallagher", "Review the supplier audit plan for Q4", ("next", 0), expect="2026-08-24"),
            item(None, "Book the external calibration lab for September", ("abs", "2026-09-15")),
        ],
        followup=None,
        what="M365 English whose Date is Wed 23:50 +0000 = Thu 07:50 in Shanghai: 'today' / 'Friday' / 'next Monday' must use the "
             "Shanghai date; Action/Owner/Due table copied from a tracker with role owners ('QE lead (Jiaqi)', 'Product owner Aoife', "
             "'Owner TBD' with a date)",
        notes="Date Wed 2026-08-19 23:50 +0000 = Thu 2026-08-20 07:50 in Shanghai (the huddle was 'yesterday', Wed 19 Aug). 'today' -> "
              "2026-08-20; 'Friday' -> 2026-08-21; 'next Monday' -> 2026-08-24. Owners via aliases (QE lead / Jiaqi, Haitao, Product owner "
              "Aoife). 'Owner TBD' -> no_owner but the date 9/15 stands -> 2026-09-15. Yield and complaint figures are facts.")


def c10528():
    date = "Fri, 21 Aug 2026 16:10:55 +0800"
    bot = BOTS["Y"]
    head = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈", "解决方案/进展",
            "下次沟通时间", "负责人"]
    row = ["EC-YXF-0821", "2026-08-21", "正阳县兴垄芝麻种植专业合作社/魏长河", "采购部/范磊", "供应商",
           "合作社新季芝麻预计9月初开镰，首批约60吨，要求预付30%",
           "①合作社确认首批交货量和交货时间（8月26日前，魏长河）②品控部到合作社田间抽样（付主管，下周二）③预付比例及价格条款（双方，待定）",
           "2026-08-28 9:30", "范磊"]
    intro = "孟总、付主管：\n\n今天和兴垄合作社魏理事长电话沟通，跟进表如下：\n\n"
    outro = "\n\n范磊\n采购部\n"
    plain = intro + "\n".join(f"{h}：{v}" for h, v in zip(head, row)) + outro
    html = ('<div style="font-family:微软雅黑;font-size:14px">' + lines_to_divs(intro.strip()) + "<br>" +
            html_table([head, row], 'border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:12px"') +
            lines_to_divs(outro) + "</div>\n")
    body = multi("alternative", [leaf("text/plain", plain, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "----=_Part_1022871_388190442.1787299855101")
    to = [P("孟庆国"), P("付春梅")]
    hdr = netease_qiye(P("范磊"), to, [WEI, bot], "外部沟通跟进表 EC-YXF-0821（兴垄合作社新季芝麻）", date, "10528", bot)
    return dict(
        slug="10528-netease-supplier-followup-table-external-owner", kind="minutes", org="Y", date=date,
        eml=assemble(hdr, body),
        items=[
            item(WEI, "确认首批交货量和交货时间", ("abs", "2026-08-26")),
            item("付春梅", "到合作社田间抽样", ("next", 1), expect="2026-08-25"),
            item(None, "确定预付比例及价格条款", None, flags=["vague_due"]),
        ],
        followup=fu(("abs", "2026-08-28"), "09:30"),
        what="NetEase qiye seed 外部沟通跟进表 (supplier row; HTML table + key：value plain): the supplier's own person owns ① (resolved "
             "from Cc), 付主管 下周二, '双方，待定' -> no_owner + vague_due; 下次沟通时间 '2026-08-28 9:30'",
        notes="Sent Fri 2026-08-21. ① 魏长河 is the supplier contact (outside the roster; address from Cc): 8月26日前 -> 2026-08-26. ② 付主管 "
              "= 付春梅, 下周二 -> 2026-08-25. ③ 双方 (both sides) -> no_owner, 待定 -> vague_due; the row's 负责人 范磊 does not take it "
              "because the line names its owners. The supplier's 9月初开镰 / 预付30% are facts. 下次沟通时间 -> 2026-08-28 09:30.")


def c10529():
    date = "Tue, 25 Aug 2026 11:02:16 +0800"
    bot = BOTS["Q"]
    head = ["沟通编号", "沟通日期", "发起部门/人", "参与部门/人", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"]
    row = ["NC-QZH-0825", "2026-08-25", "基层卫生股/谭立军", "办公室、规划财务股、各乡镇卫生院", "村卫生室标准化建设验收准备",
           "明确市卫健委9月中下旬验收；目前全区18个村卫生室中15个已达标",
           "①基层卫生股9月4日前报送村卫生室标准化验收名单（谭立军）②办公室9月1日前起草秋冬季供暖经费请示（曲丹）③规划财务股核对村卫生室建设补助资金到位情况（庞国栋，9月中旬）",
           "进行中", "下次：9月8日（周二）上午9:00再议"]
    intro = "栾局：\n\n今天上午村卫生室验收准备的碰头情况，按内部沟通记录表报一下。\n"
    outro = "\n谭立军\n"
    plain = intro + "\n" + "\n".join(f"{h}：{v}" for h, v in zip(head, row)) + "\n" + outro
    html = ('<div style="font-size:14px">' + lines_to_divs(intro) +
            html_table([[h, v] for h, v in zip(head, row)], 'border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"', th=False)
            + lines_to_divs(outro) + "</div>\n")
    body = multi("alternative", [leaf("text/plain", plain, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "----=_Part_55118_1320041188.1787626936002")
    to = [P("栾秀丽")]
    cc = [P("曲丹"), P("庞国栋"), bot]
    hdr = dingmail(P("谭立军"), to, cc, "内部沟通记录 NC-QZH-0825 村卫生室标准化验收准备", date, "10529", bot)
    return dict(
        slug="10529-dingmail-internal-record-seed-vertical-table", kind="minutes", org="Q", date=date,
        eml=assemble(hdr, body),
        items=[
            item("谭立军", "报送村卫生室标准化验收名单", ("abs", "2026-09-04")),
            item("曲丹", "起草秋冬季供暖经费请示", ("abs", "2026-09-01")),
            item("庞国栋", "核对村卫生室建设补助资金到位情况", None, flags=["vague_due"]),
        ],
        followup=fu(("abs", "2026-09-08"), "09:00"),
        what="DingTalk mail seed 内部沟通记录表 laid out vertically (field | value rows, no header row): ①②③ in one 待办事项 cell as "
             "'部门+日期前+task（person）'; 9月中旬 vague; next meeting in the 备注 cell '9月8日（周二）上午9:00再议'",
        notes="Sent Tue 2026-08-25. 待办事项 ① 谭立军 9月4日前 -> 2026-09-04; ② 曲丹 9月1日前 -> 2026-09-01; ③ 庞国栋 9月中旬 -> vague_due "
              "(as 11月中旬 in the corpus). '9月中下旬验收' in the summary is the city's schedule, not an item. 备注 '下次：9月8日（周二）上午"
              "9:00再议' -> next_followup 2026-09-08 09:00.")


def c10530():
    date = "Fri, 28 Aug 2026 09:05:27 +0000"
    bot = BOTS["M"]
    old_mid = "<DB9PR07MB4417F0E2A1C93B7D5A60DB9PR07MB4417@DB9PR07MB4417.eurprd07.prod.outlook.example.com>"
    text = """All,

Minutes of today's production sync below (reusing this thread so the history stays together).

1. Lusong September batch: Haitao to release the work order by next Wed.
2. Yvonne to make sure the enclosures arrive before the Mid-Autumn break.
3. Jiaqi to send the updated control plan within 3 working days.
4. Reflow oven spare belt - received, closed.

Haitao

________________________________
From: Haitao Zhong <zhonghaitao@moher-sq.example.cn>
Sent: Friday, August 21, 2026 5:02 PM
To: Yvonne Zhu <zhuyan@moher-sq.example.cn>; Jiaqi Shen <shenjiaqi@moher-sq.example.cn>
Cc: Minutes Bot <minutes@moher-sq.example.cn>
Subject: Weekly production sync

All,

1. Yvonne to chase the reflow belt quote by Aug 25.
2. Jiaqi to close the first-article deviation FA-0817 by Wednesday.

Haitao
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">'
            '<div class="WordSection1">' + lines_to_divs(text.split("________________________________")[0], "p", "") +
            '<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%">' +
            lines_to_divs(text.split("________________________________\n")[1], "p", "") + "</div></div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 "_000_DB9PR07MB4417A90C6B3E1D25F7C4DB9PR07MB4417eurp_")
    to = [("Yvonne Zhu", P("朱燕")[1]), ("Jiaqi Shen", P("沈佳琪")[1])]
    hdr = m365(("Haitao Zhong", P("仲海涛")[1]), to, [bot], "RE: Weekly production sync", date, "10530", bot,
               topic="Weekly production sync", in_reply=old_mid, arrival="28 Aug 2026 09:05:27.0660 (UTC)")
    return dict(
        slug="10530-m365-english-re-thread-new-minutes-midautumn", kind="minutes", org="M", date=date,
        eml=assemble(hdr, body),
        items=[
            item("仲海涛", "release the work order for the Lusong September batch", ("next", 2), expect="2026-09-02"),
            item("朱燕", "make sure the enclosures arrive", ("before_hol", "2026-09-25"), expect="2026-09-24"),
            item("沈佳琪", "send the updated control plan", ("workdays", 3), expect="2026-09-02"),
        ],
        followup=None,
        what="M365 English 'RE:' in last week's thread (In-Reply-To) with new minutes above an Outlook 'From:/Sent:' quote holding last "
             "week's items (not extracted); 'by next Wed', 'before the Mid-Autumn break' -> 09-24, 'within 3 working days'; a closed line",
        notes="Date Fri 2026-08-28 09:05 +0000 = 17:05 Shanghai. New minutes posted as RE: in an old thread: still minutes; only the text "
              "above the quote counts. 'by next Wed' -> 2026-09-02. 'before the Mid-Autumn break' -> last workday before 09-25 = 2026-09-24. "
              "'within 3 working days' -> 08-31, 09-01, 09-02 -> 2026-09-02. Item 4 is closed.")


CASES = [c10525, c10526, c10527, c10528, c10529, c10530]
