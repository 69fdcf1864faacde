"""heldout77 cases 10507-10512."""
from hk77_clients import coremail, gmail, netease_qiye, outlook_zh, thunderbird, wecom
from hk77_lib import (BOTS, P, assemble, ew, fu, html_escape, html_table, item, leaf, lines_to_divs, make_docx, multi)


def flow(text, width=38):
    """format=flowed: long lines are cut and every cut line ends with a space (soft break)."""
    out = []
    for ln in text.split("\n"):
        while len(ln) > width:
            out.append(ln[:width] + " ")
            ln = ln[width:]
        out.append(ln)
    return "\n".join(out)


def c10507():
    date = "Mon, 18 May 2026 10:31:27 +0800"
    bot = BOTS["Q"]
    old_mid = "<tencent_5C1F0B2E7A9D44E1B3C8F6A2D0E9B7C41A08@wxwork.qq.example.com>"
    text = """各位院长：

本周一（5月18日）8:30基层卫生工作周调度会纪要如下，不再另起新邮件，直接回在这个线程里。

1. 药品零差率补助申报材料：各卫生院5月21日前报基层卫生股，由我汇总后5月22日（周五）前报局里。
2. 铁山乡卫生院DR设备验收：隋院长负责对接厂家，验收时间待厂家排期后定。
3. 二季度村医补助：请庞股长下周三前拨付到位。
4. 上周布置的村卫生室药品效期检查，各院都已报回，此项关闭。

下次调度：下周一同一时间，地点不变（局三楼小会议室）。

谭立军
基层卫生股

------------------ Original ------------------
From: 谭立军 <tanlj@qzhwjj.example.gov.cn>
Date: Mon, May 11, 2026 09:42 AM
To: 隋海鹰 <suihaiying@tsxwsy.example.cn>; 庞国栋 <panggd@qzhwjj.example.gov.cn>
Subject: 茄子河区基层卫生工作周调度（5月11日）

各位院长：
5月11日周调度纪要：
1. 村卫生室药品效期检查，各院5月15日前报回基层卫生股。
2. 65岁以上老年人体检预约名册，5月15日前报送（隋院长催一下铁山乡）。
3. 庞股长核对二季度村医补助名单，5月14日前。
下次调度：5月18日（周一）8:30。
"""
    html = ('<div style="font-family:微软雅黑;font-size:14px">' +
            lines_to_divs(text.split("------------------ Original")[0]) +
            '<div style="font-size:12px;color:#7d7d7d">------------------ Original ------------------</div>'
            '<blockquote style="margin:0 0 0 5px;border-left:2px solid #d0d0d0;padding-left:8px">' +
            lines_to_divs(text.split("------------------ Original ------------------\n")[1]) + "</blockquote></div>\n")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "----=_NextPart_6A0A1D3F_0C5E7B10_1E2D3C4B")
    to = [P("隋海鹰"), P("庞国栋"), ("滕云飞", "tengyunfei@hwzwsy.example.cn"), ("宋春雨", "songchunyu@zxhwsy.example.cn")]
    hdr = wecom(P("谭立军"), to, [P("栾秀丽"), bot], "回复：茄子河区基层卫生工作周调度（5月11日）", date, "10507", bot,
                in_reply=old_mid)
    return dict(
        slug="10507-wecom-re-old-thread-new-weekly-minutes", kind="minutes", org="Q", date=date,
        eml=assemble(hdr, body),
        items=[
            item(None, "报送药品零差率补助申报材料", ("abs", "2026-05-21")),
            item("谭立军", "汇总药品零差率补助申报材料并报局里", ("abs", "2026-05-22")),
            item("隋海鹰", "对接厂家完成铁山乡卫生院DR设备验收", None, flags=["vague_due"]),
            item("庞国栋", "拨付二季度村医补助", ("next", 2), expect="2026-05-27"),
        ],
        followup=fu(("next", 0), "08:30", expect="2026-05-25"),
        what="WeCom mail '回复：' in last week's thread (In-Reply-To) carrying this week's minutes; the quoted 5月11日 minutes under "
             "'------------------ Original ------------------' are not items; 各卫生院 + 由我 (= sender) split into two items; 待排期 -> vague; "
             "'下周一同一时间' with the time taken from the meeting line",
        notes="Sent Mon 2026-05-18. New minutes posted as a reply in an old thread: still minutes; only the text above the quote counts. "
              "Item 1 of the meeting holds two actions: 各卫生院 submit by 5月21日 (no_owner, department null: not one roster department) "
              "and '由我汇总' = the sender 谭立军 by 5月22日（周五）. 隋院长 = 隋海鹰: 待厂家排期 -> vague_due. 庞股长 = 庞国栋: 下周三前 -> "
              "2026-05-27. Point 4 is closed (status). 下次调度 '下周一同一时间' -> 2026-05-25 08:30 (the meeting was at 8:30).")


def c10508():
    date = "Mon, 15 Jun 2026 09:40:18 +0800"
    bot = BOTS["H"]
    rows = [["序号", "事项", "负责人", "完成时间", "备注"],
            ["1", "兼毫礼盒套笔600套装盒", "钮建华", "端午节前", "已备料"],
            ["2", "Riga订单出口报关资料", "费雯", "6/24", ""],
            ["3", "天猫618售后工单清零", "臧敏", "本周内", ""],
            ["4", "新到羊毫原料验收", "严立新", "节后第一天", "供应商周五发货"],
            ["5", "笔杆烫字机维修", "钮建华", "6/12", "已完成"]]
    tr = []
    for i, r in enumerate(rows):
        cells = []
        for j, v in enumerate(r):
            cls = "xl66" if i == 0 else ("xl68" if j == 3 else "xl67")
            extra = ' x:str' if j == 3 and "/" in v else ''
            cells.append(f'<td class="{cls}" style="border:.5pt solid windowtext"{extra}>{html_escape(v) if v else "&nbsp;"}</td>')
        tr.append('<tr height="19" style="height:14.25pt">' + "".join(cells) + "</tr>")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">
<div>各位，今天早会的排期，直接从Excel里贴过来的，有变动跟我说。</div><div><br></div>
<table border="0" cellpadding="0" cellspacing="0" width="520" style="border-collapse:collapse;width:390pt">
<colgroup><col width="40"><col width="200"><col width="70"><col width="90"><col width="120"></colgroup>
<style>.xl66{{mso-number-format:"\\@";font-weight:700;background:#D9E1F2}} .xl68{{mso-number-format:"\\@"}}</style>
{chr(10).join(tr)}
</table>
<div><br></div><div>端午放假6月19日至21日，22日（周一）正常上班。</div>
<div><br></div><div>章浩</div><div>行政部 湖州砚溪湖笔文化有限公司</div>
</div></body></html>
"""
    body = leaf("text/html", html, "UTF-8")
    to = [P("钮建华"), P("费雯"), P("臧敏"), P("严立新")]
    hdr = netease_qiye(P("章浩"), to, [P("沈砚秋"), bot], "6月15日早会排期（端午前）", date, "10508", bot)
    return dict(
        slug="10508-netease-qiye-html-only-excel-table-duanwu", kind="minutes", org="H", date=date,
        eml=assemble(hdr, body),
        items=[
            item("钮建华", "兼毫礼盒套笔600套装盒", ("before_hol", "2026-06-19"), expect="2026-06-18"),
            item("费雯", "Riga订单出口报关资料", ("abs", "2026-06-24")),
            item("臧敏", "天猫618售后工单清零", ("week_end",), expect="2026-06-21"),
            item("严立新", "新到羊毫原料验收", ("after_hol", "2026-06-21"), expect="2026-06-22"),
        ],
        followup=None,
        what="NetEase qiye mail, HTML-only, a table pasted from Excel (x:str, mso-number-format, class xl6x); 端午节前 -> 06-18, "
             "'6/24', 本周内 (AMBIGUOUS), 节后第一天 -> 06-22; row marked 已完成 is excluded",
        notes="AMBIGUOUS: 本周内 is resolved to the end of the calendar week, Sun 2026-06-21, as research/dates-eval.md does; that day is "
              "inside the 端午 holiday (06-19..21), so a business reader may expect Thu 06-18 instead. Sent Mon 2026-06-15. 端午节前 -> last "
              "workday before 06-19 = 2026-06-18. '6/24' -> 2026-06-24. 节后第一天 -> first workday after the holiday = 2026-06-22. Row 5 "
              "has 备注 已完成 (status, not an item). The holiday sentence under the table is a notice.")


def c10509():
    date = "Thu, 21 May 2026 16:05:44 +0800"
    bot = BOTS["M"]
    text = """Hi Tina, Haitao,

Thanks for the call this afternoon. My notes below, shout if I missed anything.

Attendees: Ramon Dizon, Marites Villanueva (Lusong Irrigation); Tina Qi, Haitao Zhong
(Moher Sensors Suqian)

Agreed
- Pilot in Nueva Ecija with 300 probe kits + 12 gateways.
- Prices as per quotation MS-Q-2605 (FOB Shanghai), payment 30/70.

To do
[ ] Tina to send the proforma invoice for the 300 probe kits by Monday
[ ] Haitao to confirm the June production slot by May 28
[ ] Marites to arrange the import permit with BPI - ASAP
[x] Ramon to share the site list (sent during the call)

Next call: Thursday June 4, 3pm Manila time (same as Suqian).

Salamat,
Ramon

--
Ramon Dizon
Operations Manager | Lusong Irrigation Supply Inc.
Cabanatuan City, Nueva Ecija, Philippines
"""
    html = '<div dir="ltr">' + "".join(
        f"<div>{html_escape(ln) if ln else '<br>'}</div>" for ln in text.split("\n")) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "7bit", csq=False),
                                 leaf("text/html", html, "UTF-8", "quoted-printable", csq=False)],
                 "0000000000009c4e1a0652b7f3d1")
    to = [("Tina Qi", P("戚婷婷")[1]), ("Haitao Zhong", P("仲海涛")[1])]
    cc = [("Marites Villanueva", "marites.villanueva@lusong-irrigation.example.ph"), bot]
    hdr = gmail(("Ramon Dizon", "ramon.dizon@lusong-irrigation.example.ph"), to, cc,
                "Call notes - Nueva Ecija pilot (May 21)", date, "10509", bot)
    return dict(
        slug="10509-gmail-english-checkboxes-philippine-customer", kind="minutes", org="M", date=date,
        eml=assemble(hdr, body),
        items=[
            item("戚婷婷", "send the proforma invoice for the 300 probe kits", ("wd", 0), expect="2026-05-25"),
            item("仲海涛", "confirm the June production slot", ("abs", "2026-05-28")),
            item(("Marites Villanueva", "marites.villanueva@lusong-irrigation.example.ph"),
                 "arrange the import permit with BPI", None, flags=["vague_due"]),
        ],
        followup=fu(("abs", "2026-06-04"), "15:00"),
        what="Google Workspace (Gmail) English minutes from a Philippine customer: '[ ] X to …' checkboxes, '[x]' done line excluded; "
             "'by Monday', 'by May 28', ASAP; external owner via Cc; next call in Manila time (= UTC+8)",
        notes="Sent Thu 2026-05-21 16:05 +0800 (Manila and Suqian share UTC+8). Tina = 戚婷婷, Haitao = 仲海涛 (roster aliases). 'by Monday' "
              "-> 2026-05-25. 'by May 28' -> 2026-05-28. Marites is outside the roster: address from Cc, department null, ASAP -> "
              "vague_due. '[x] Ramon to share the site list (sent during the call)' is done, not an item. 'Agreed' bullets are decisions. "
              "'Next call: Thursday June 4, 3pm Manila time' -> 2026-06-04 15:00.")


def c10510():
    date = "Fri, 29 May 2026 16:40:05 +0800"
    bot = BOTS["Y"]
    head = ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
            "实际完成时间", "进展情况", "风险点及应对措施"]
    rows = [["1", "端午礼盒包材到货", "电商部", "采购部", "牛晓雯", "范磊", "2026-05-20", "2026-06-05", "-", "进行中（70%）", "内衬厂排产紧，已每日催"],
            ["2", "新品芝麻酱标签备案", "品控部", "综合办", "付春梅", "葛丽娟", "2026-05-25", "2026-06-12", "-", "进行中", "-"],
            ["3", "4月批次客诉复盘", "品控部", "销售部", "付春梅", "闫宝山", "2026-05-06", "2026-05-15", "2026-05-14", "已完成", "-"],
            ["4", "端午期间生产值班安排", "生产部", "综合办", "程志远", "葛丽娟", "2026-06-01", "2026-06-18", "-", "未开始", "-"]]
    intro = "孟总、各位：\n\n本周跨部门协作事项跟踪表更新如下（电商部牵头汇总），请各责任人按计划完成时间推进。\n"
    outro = "\n以上，下周五继续更新。\n\n牛晓雯\n电商部\n"
    plain = intro + "\n" + "\n".join("\t".join(r) for r in [head] + rows) + "\n" + outro
    tbl = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
    for i, r in enumerate([head] + rows):
        tbl.append("<tr>" + "".join(
            f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">'
            f'{"<b>" if i == 0 else ""}<span style="font-size:9.0pt">{html_escape(v)}</span>{"</b>" if i == 0 else ""}</p></td>'
            for v in r) + "</tr>")
    tbl.append("</table>")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body lang="ZH-CN">'
            '<div class="WordSection1">' + lines_to_divs(intro, "p", "") + "\n".join(tbl) + lines_to_divs(outro, "p", "")
            + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", plain, "gb2312", "quoted-printable"),
                                 leaf("text/html", html, "gb2312", "quoted-printable")],
                 "----=_NextPart_000_0017_01DCEF3A.8C1D2E40")
    to = [P("范磊"), P("付春梅"), P("葛丽娟"), P("程志远"), P("闫宝山")]
    hdr = outlook_zh(P("牛晓雯"), to, [P("孟庆国"), bot], "跨部门协作事项跟踪表（5月第4周）", date, "10510", bot)
    return dict(
        slug="10510-outlook-gb2312-qp-cross-dept-tracking-seed", kind="minutes", org="Y", date=date,
        eml=assemble(hdr, body),
        items=[
            item("牛晓雯", "端午礼盒包材到货", ("abs", "2026-06-05")),
            item("付春梅", "新品芝麻酱标签备案", ("abs", "2026-06-12")),
            item("程志远", "端午期间生产值班安排", ("abs", "2026-06-18")),
        ],
        followup=None,
        what="Outlook gb2312 QP seed 跨部门协作事项跟踪表 (11 columns, Word MsoTableGrid + tab-separated plain): two 责任人 columns "
             "(发起方 owns, AMBIGUOUS), 计划完成时间 is the due, 已完成 row excluded, '进行中（70%）' is progress not a task",
        notes="AMBIGUOUS: the seed table has 责任人（发起方） and 责任人（协作方）; the gold takes the initiating side's person as owner "
              "(the table is kept by the 牵头 side and that column comes first); the 协作方 person is a helper. Sent Fri 2026-05-29. "
              "Due = 计划完成时间 (2026-06-05, 2026-06-12, 2026-06-18). Row 3 is 已完成 with an actual date: status, not an item. "
              "'下周五继续更新' is the writer's own routine, not a meeting; no next_followup.")


def c10511():
    date = "Wed, 3 Jun 2026 15:10:26 +0800"
    bot = BOTS["Q"]
    paras = ["# 七台河市茄子河区卫生健康局专题会议纪要", "茄卫健纪〔2026〕7号",
             "6月2日上午，邵长青局长主持召开夏季防暑降温和医疗服务保障专题会议，栾秀丽副局长，各股室负责人，各乡镇卫生院院长参加。现纪要如下：",
             "一、各乡镇卫生院要在6月10日前完成门诊、输液室空调和风扇检修，备足防暑降温药品。（责任单位：各乡镇卫生院）",
             "二、医政医管股关志刚同志负责组织区人民医院对乡镇卫生院开展巡回医疗，6月底前制定排班表报局里。",
             "三、规划财务股（庞国栋）7月10日前完成上半年基层医疗机构运行补助核算。",
             "四、会议强调，汛期将至，各单位要严格落实24小时值班和领导带班制度，遇有突发情况1小时内报告局值班室。",
             "七台河市茄子河区卫生健康局办公室　　2026年6月3日印发"]
    docx = make_docx(paras, author="曲丹", when=(2026, 6, 3, 14, 52, 0))
    text = """各乡镇卫生院、局机关各股室：

《区卫生健康局夏季防暑降温和医疗服务保障专题会议纪要》（茄卫健纪〔2026〕7号）见附件，请认真抓好落实。

办公室　曲丹
0464-8851203
"""
    html = '<div style="font-family:宋体;font-size:14px">' + lines_to_divs(text) + "</div>\n"
    fname = "茄卫健纪〔2026〕7号 夏季防暑降温专题会议纪要.docx"
    from urllib.parse import quote
    att = leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=docx, params=f"; name*=UTF-8''{quote(fname)}",
               extra=[f"Content-Disposition: attachment;\n filename*=UTF-8''{quote(fname)}"])
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                                 "----=_Part_88310_20455193.1780470626221"), att],
                 "----=_Part_88309_1544803720.1780470626221")
    to = [P("关志刚"), P("庞国栋"), P("谭立军"), P("隋海鹰"), ("滕云飞", "tengyunfei@hwzwsy.example.cn")]
    hdr = coremail(P("曲丹"), to, [P("邵长青"), P("栾秀丽"), bot], "茄卫健纪〔2026〕7号 夏季防暑降温和医疗服务保障专题会议纪要",
                   date, "10511", bot)
    return dict(
        slug="10511-coremail-docx-attachment-gov-minutes", kind="minutes", org="Q", date=date, attach_marker="巡回医疗",
        eml=assemble(hdr, body),
        items=[
            item(None, "完成门诊、输液室空调和风扇检修，备足防暑降温药品", ("abs", "2026-06-10")),
            item("关志刚", "组织区人民医院对乡镇卫生院开展巡回医疗，制定排班表报局里", ("month_end",), expect="2026-06-30"),
            item("庞国栋", "完成上半年基层医疗机构运行补助核算", ("abs", "2026-07-10")),
        ],
        followup=None,
        what="Coremail mail whose minutes are only in a .docx attachment (RFC 2231 filename); body is a cover note; 一/二/三 with unit-only "
             "owner (各乡镇卫生院), '关志刚同志负责', '规划财务股（庞国栋）'; 四 is a standing rule with '1小时内' that is not an item",
        notes="Sent Wed 2026-06-03. The items are in the attached 会议纪要 (.docx). 一: 责任单位 各乡镇卫生院 -> no_owner, department null; "
              "6月10日前 -> 2026-06-10. 二: 关志刚, 6月底前 -> 2026-06-30. 三: 庞国栋, 7月10日前 -> 2026-07-10. 四 is a standing duty rule "
              "('1小时内报告' applies to future emergencies; no deliverable). The cover note has no items.")


def c10512():
    date = "Tue, 23 Jun 2026 17:05:52 +0800"
    bot = BOTS["H"]
    text = """各位好，

今天下午新品评审会的纪要，请大家看一下：

参会：沈总、钮师傅、臧敏、章浩、吴会计、我

一、评审结论
1. “苕溪”系列笔杆保留竹节款和素面款两种，取消描金款。
2. 秋季新品上市时间定在9月中旬，详情页9月初上线。

二、待办
1. 邱亦舟：牵头完成“苕溪”系列笔杆的三套配色方案，并附上竹节款和素面款两种款式的效果图（截止：6月30日（周二）前）
2. 章浩：办理善琏湖笔文化节参展报名，展位优先选靠近主舞台的位置（截止【7月3日（周五）17:00】）
3. 吴会计：上半年出口退税申报材料整理完毕，月底前交沈总签字。

下次评审：下周二同一时间（14:00），地点还是二楼样品间。

-- 
邱亦舟
设计部 | 湖州砚溪湖笔文化有限公司
"""
    body = leaf("text/plain", flow(text), "UTF-8", "8bit", params="; format=flowed", csq=False)
    to = [P("沈砚秋"), P("钮建华"), P("臧敏"), P("章浩"), P("吴桂芬")]
    hdr = thunderbird(P("邱亦舟"), to, [bot], "新品评审会纪要（6月23日）", date, "10512", bot)
    return dict(
        slug="10512-thunderbird-flowed-wrapped-items-nested-brackets", kind="minutes", org="H", date=date,
        eml=assemble(hdr, body),
        items=[
            item("邱亦舟", "牵头完成“苕溪”系列笔杆的三套配色方案，并附上竹节款和素面款两种款式的效果图", ("abs", "2026-06-30")),
            item("章浩", "办理善琏湖笔文化节参展报名", ("abs", "2026-07-03"), time="17:00"),
            item("吴桂芬", "上半年出口退税申报材料整理完毕，交沈总签字", ("month_end",), expect="2026-06-30"),
        ],
        followup=fu(("next", 1), "14:00", expect="2026-06-30"),
        what="Thunderbird 8bit UTF-8 format=flowed: long items wrapped over several lines with soft breaks; deadlines in nested brackets "
             "（截止：6月30日（周二）前） and 【7月3日（周五）17:00】; 吴会计 alias; decisions with dates (9月中旬) are not items",
        notes="Sent Tue 2026-06-23. Items wrap across flowed lines (trailing-space soft breaks) and must be unwrapped. ① 6月30日（周二）前 "
              "-> 2026-06-30. ② 【7月3日（周五）17:00】 -> 2026-07-03 17:00; the part after the comma is a preference, same item. ③ 吴会计 = "
              "吴桂芬, 月底前 -> 2026-06-30. 评审结论 lines are decisions. 下次评审 '下周二同一时间（14:00）' -> 2026-06-30 14:00.")


CASES = [c10507, c10508, c10509, c10510, c10511, c10512]
