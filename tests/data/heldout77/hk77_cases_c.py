"""heldout77 cases 10513-10518."""
from urllib.parse import quote

from hk77_clients import applemail, larkmail, m365, mailmaster, outlook_zh, wecom
from hk77_lib import (BOTS, P, assemble, fu, html_escape, html_table, item, leaf, lines_to_divs, make_pdf, multi)

LUSONG = ("Marites Villanueva", "marites.villanueva@lusong-irrigation.example.ph")
ILZE = ("Ilze Kalniņa", "ilze.kalnina@kaligrafija-nams.example.lv")
JANIS = ("Jānis Ozols", "janis.ozols@kaligrafija-nams.example.lv")
TENG = ("滕云飞", "tengyunfei@hwzwsy.example.cn")


def c10513():
    date = "Thu, 25 Jun 2026 02:20:31 +0000"
    bot = BOTS["M"]
    pdf = make_pdf("Moher Sensors (Suqian) - RMA Review Minutes", [
        "Meeting: 25 June 2026, 09:00-10:00, Room B2 / Teams",
        "Attendees: Jiaqi Shen (chair), Haitao Zhong, Tina Qi, Leo Bian; Declan Brennan (Ennis, remote)",
        "",
        "**1. Background",
        "Four LoRa gateway GW2 units returned by Lusong Irrigation show water ingress at the cable gland.",
        "Leo Bian reported that the firmware watchdog fix was already released on 22 June (closed).",
        "",
        "**2. Decisions",
        "- Lot GW2-2606 is on hold until the immersion test is in place.",
        "- Replacement units ship from stock; no credit note.",
        "",
        "**3. Actions",
        "#   Action                                                        Owner          Due",
        "1   Root-cause analysis of water ingress on the returned GW2 units  Jiaqi Shen     2 July 2026",
        "2   Add an IP67 immersion test to outgoing QC                       Haitao Zhong   10 Jul 2026",
        "3   Send the 8D report to Lusong Irrigation                         Tina Qi        within 5 working days",
        "",
        "Minutes: Jiaqi Shen, 25 June 2026",
    ])
    text = """Hi all,

Minutes of this morning's RMA review are attached (PDF). Three actions; owners and dates are in section 3.

Next review: Thu 9 July, 16:00 Suqian / 09:00 Ennis.

Best regards,
Jiaqi Shen
Quality Engineering Lead | Moher Sensors (Suqian) Co., Ltd.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">'
            '<div class="WordSection1">' + lines_to_divs(text, "p", "") + "</div></body></html>\n")
    fname = "RMA review minutes 2026-06-25.pdf"
    att = leaf("application/pdf", data=pdf, params=f'; name="{fname}"',
               extra=[f'Content-Description: {fname}', f'Content-Disposition: attachment; filename="{fname}"; size={len(pdf)}'])
    body = multi("mixed", [multi("alternative", [leaf("text/plain", text, "us-ascii", "quoted-printable"),
                                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                                 "_000_DB9PR07MB6120E55A0C1B7F3D22AADB9PR07MB6120eurp_"), att],
                 "_004_DB9PR07MB6120E55A0C1B7F3D22AADB9PR07MB6120eurp_")
    to = [("Haitao Zhong", P("仲海涛")[1]), ("Tina Qi", P("戚婷婷")[1]), ("Leo Bian", P("卞磊")[1])]
    hdr = m365(("Jiaqi Shen", P("沈佳琪")[1]), to, [P("Declan Brennan"), ("Lu Wenbin", P("陆文斌")[1]), bot],
               "RMA review minutes - GW2 water ingress", date, "10513", bot, attach="yes",
               arrival="25 Jun 2026 02:20:31.0773 (UTC)")
    return dict(
        slug="10513-m365-english-pdf-attachment-rma-review", kind="minutes", org="M", date=date, attach_marker="immersion test",
        eml=assemble(hdr, body),
        items=[
            item("沈佳琪", "Root-cause analysis of water ingress on the returned GW2 units", ("abs", "2026-07-02")),
            item("仲海涛", "Add an IP67 immersion test to outgoing QC", ("abs", "2026-07-10")),
            item("戚婷婷", "Send the 8D report to Lusong Irrigation", ("workdays", 5), expect="2026-07-02"),
        ],
        followup=fu(("abs", "2026-07-09"), "16:00"),
        what="M365 English cover mail (Date in +0000) with the minutes only in a reportlab PDF: an Action/Owner/Due table in text, "
             "'within 5 working days', a closed report and decisions that are not items; next review in two time zones",
        notes="Date Thu 2026-06-25 02:20 +0000 = 10:20 Shanghai; the meeting was the same morning. PDF section 3: 2 July 2026; 10 Jul 2026; "
              "'within 5 working days' -> 06-26, 06-29, 06-30, 07-01, 07-02 -> 2026-07-02. Owners by English roster aliases. The watchdog "
              "fix (closed 22 June) and the decisions are not items. 'Next review: Thu 9 July, 16:00 Suqian / 09:00 Ennis' -> 2026-07-09 16:00.")


def c10514():
    date = "Fri, 3 Jul 2026 17:20:45 +0800"
    bot = BOTS["Y"]
    head = ["序号", "工作事项", "责任人", "完成时限"]
    rows = [["1", "中秋商超订货会方案", "主责：闫宝山；配合：牛晓雯", "7月15日前"],
            ["2", "电商详情页换新包装图", "主责：郜思雨　配合：付春梅（提供检测报告）", "下周五"],
            ["3", "二季度经销商返利核算", "主责：闫宝山/配合：葛丽娟", "本月20号"]]
    intro = "孟总，各位：\n\n今天上午销售例会的纪要，分工见下表。\n"
    outro = ("\n另：上半年销售额完成年度目标的46%，郑州、信阳两个片区同比增长较快。\n\n闫宝山\n销售部  驻马店豫香坊小磨油业有限公司\n\n"
             "发自网易邮箱大师\n")
    plain = intro + "\n" + "\n".join(f"{r[0]}. {r[1]}  {r[2]}  {r[3]}" for r in rows) + "\n" + outro
    html = ('<div style="font-family:微软雅黑;font-size:14px">' + lines_to_divs(intro) +
            html_table([head] + rows, 'border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse"') +
            lines_to_divs(outro) + "</div>\n")
    body = multi("alternative", [leaf("text/plain", plain, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "----=_Part_2290412_1103871552.1783070445127")
    to = [P("牛晓雯"), P("郜思雨"), P("付春梅"), P("葛丽娟")]
    hdr = mailmaster(P("闫宝山"), to, [P("孟庆国"), bot], "7月3日销售例会纪要", date, "10514", bot)
    return dict(
        slug="10514-mailmaster-zhuze-peihe-in-one-cell", kind="minutes", org="Y", date=date,
        eml=assemble(hdr, body),
        items=[
            item("闫宝山", "中秋商超订货会方案", ("abs", "2026-07-15")),
            item("郜思雨", "电商详情页换新包装图", ("next", 4), expect="2026-07-10"),
            item("闫宝山", "二季度经销商返利核算", ("abs", "2026-07-20")),
        ],
        followup=None,
        what="NetEase Mail Master (网易邮箱大师) HTML table + plain: 责任人 cell holds '主责：X；配合：Y' in three spellings (；, full-width "
             "space, /) -> owner is 主责; 下周五 and 本月20号; a sales-figure sentence is not an item",
        notes="Sent Fri 2026-07-03. Owner = the 主责 person; 配合 people are helpers, not owners. 7月15日前 -> 2026-07-15; 下周五 -> "
              "2026-07-10; 本月20号 -> 2026-07-20. '完成年度目标的46%' is a fact, not progress of an item.")


def c10515():
    date = "Mon, 6 Jul 2026 16:30:08 +0800"
    bot = BOTS["Q"]
    text = """各位：

7月6日上午，卫生监督所召开消毒供应室专项检查反馈会，铁山乡卫生院、宏伟镇卫生院参加。检查发现两院消毒供应室均存在分区不清、清洗记录不全的问题。会议明确：

①铁山乡卫生院（隋海鹰）：完成消毒供应室整改并上报整改报告，7月17日前；
②宏伟镇卫生院（滕云飞）：完成消毒供应室整改并上报整改报告，7月17日前；
③卫生监督所（宫雪）：7月底前组织复查，复查结果报局医政医管股。

中心河乡卫生院上次检查的问题已整改到位，本次不再列入。

卫生监督所　宫雪
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body lang="ZH-CN">'
            '<div class="WordSection1">' + lines_to_divs(text, "p", "") + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "gb2312", "base64"), leaf("text/html", html, "gb2312", "quoted-printable")],
                 "----=_NextPart_000_0009_01DD0D2B.6F3A1C90")
    to = [P("隋海鹰"), TENG]
    hdr = outlook_zh(P("宫雪"), to, [P("关志刚"), P("栾秀丽"), bot], "消毒供应室专项检查反馈会纪要", date, "10515", bot)
    return dict(
        slug="10515-outlook-gb2312-two-items-same-task-text", kind="minutes", org="Q", date=date,
        eml=assemble(hdr, body),
        items=[
            item("隋海鹰", "完成消毒供应室整改并上报整改报告", ("abs", "2026-07-17")),
            item(TENG, "完成消毒供应室整改并上报整改报告", ("abs", "2026-07-17")),
            item("宫雪", "组织复查，复查结果报局医政医管股", ("month_end",), expect="2026-07-31"),
        ],
        followup=None,
        what="Outlook gb2312 (base64 text, QP html): two items with identical task text and due but different owners (roster person and an "
             "outside clinic head resolved from To); unit（person） owner style; 7月底前; a closed clinic line is not an item",
        notes="Sent Mon 2026-07-06. ① and ② have the same task text and date; both must be kept as separate items. 隋海鹰 is in the roster; "
              "滕云飞 is not (address from To, department null). ③ 宫雪, 7月底前 -> 2026-07-31. The 中心河乡 line is status.")


def c10516():
    date = "Tue, 7 Jul 2026 18:30:12 +0300"
    bot = BOTS["H"]
    text = """Dear Vivian, dear Yizhou,

Thank you for the video call today, it was very helpful. Here is my summary so we all have the same list.

Present: Ilze, Jānis (Rīgas Kaligrāfijas Nams); Vivian Fei, Qiu Yizhou (Yanxi Brush)

What we agreed
- The autumn order stays at 1200 wolf-hair and 800 mixed-hair brushes.
- Gift boxes with our logo, hot-foil in gold.

Next steps
- Vivian to send the revised price list (including the gift boxes) by Friday.
- Yizhou to share photos of the wolf-hair samples by 14 July.
- Ilze to confirm the opening date of the Riga shop-in-shop by end of month.
- Jānis to check the EU labelling rules for goat-hair products.

Next call: Wednesday 22 July, 11:00 Riga / 16:00 Huzhou.

Warm regards from Riga,
Ilze

Ilze Kalniņa
Purchasing | Rīgas Kaligrāfijas Nams
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + lines_to_divs(text) + "</body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", csq=False),
                                 leaf("text/html", html, "utf-8", "quoted-printable", csq=False)],
                 "Apple-Mail=_5E0C2A71-3B94-4F0D-8E62-1C7A9D4B2F18")
    to = [("Vivian Fei", P("费雯")[1]), ("Qiu Yizhou", P("邱亦舟")[1])]
    hdr = applemail(ILZE, to, [JANIS, bot], "Summary of our call - autumn order", date, "10516", bot, mode="Q")
    return dict(
        slug="10516-apple-mail-latvian-customer-x-to-riga-tz", kind="minutes", org="H", date=date,
        eml=assemble(hdr, body),
        items=[
            item("费雯", "send the revised price list (including the gift boxes)", ("wd", 4), expect="2026-07-10"),
            item("邱亦舟", "share photos of the wolf-hair samples", ("abs", "2026-07-14")),
            item(ILZE, "confirm the opening date of the Riga shop-in-shop", ("month_end",), expect="2026-07-31"),
            item(JANIS, "check the EU labelling rules for goat-hair products", None),
        ],
        followup=fu(("abs", "2026-07-22"), "16:00"),
        what="Apple Mail (QP, Q-encoded Latvian display names) English minutes from the Latvian customer, Date +0300 evening = 23:30 "
             "Shanghai; 'X to … by Friday / by 14 July / by end of month', one line without a date; next call in two time zones",
        notes="Date Tue 2026-07-07 18:30 +0300 = 23:30 the same day in Shanghai. Vivian = 费雯, Yizhou = 邱亦舟 (aliases). 'by Friday' -> "
              "2026-07-10; 'by 14 July' -> 2026-07-14; 'by end of month' -> 2026-07-31. Ilze (From) and Jānis (Cc) are outside the roster: "
              "addresses from the headers, department null; Jānis has no date -> no_due. 'What we agreed' are decisions. 'Next call: "
              "Wednesday 22 July, 11:00 Riga / 16:00 Huzhou' -> 2026-07-22 16:00.")


def c10517():
    date = "Fri, 10 Jul 2026 11:40:27 +0800"
    bot = BOTS["M"]
    summary = ("会议回顾了Lusong菲律宾试点的到货和安装进度，讨论了Q3框架协议报价、测试人员缺口和LoRa网关固件OTA问题。"
               "陆文斌表示7月底前必须锁定Q3价格；卞磊提到上一版固件的重启问题已于7月8日修复。")
    todos = ["戚婷婷：下周三前给Lusong报Q3框架协议价格", "何晨：发布2名测试工程师招聘JD，今天",
             "卞磊：完成LoRa网关固件OTA回归测试（7月24日）"]
    plain = ("【飞书智能纪要】销售与研发周会\n时间：2026年7月10日 10:00-11:00\n参会人：陆文斌、戚婷婷、卞磊、何晨\n\n"
             "总结\n" + summary + "\n\n待办\n" + "\n".join("□ " + t for t in todos) +
             "\n\n智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用\n\n婷婷补充：纪要我核对过了，待办没问题。\n")
    html = ['<div style="font-family:-apple-system,PingFang SC;font-size:14px;color:#1f2329">',
            '<div style="font-size:18px;font-weight:600">销售与研发周会</div>',
            '<div style="color:#646a73">2026年7月10日 10:00-11:00 ｜ 参会人：陆文斌、戚婷婷、卞磊、何晨</div>',
            '<div style="font-weight:600;margin-top:12px">总结</div>', f"<div>{summary}</div>",
            '<div style="font-weight:600;margin-top:12px">待办</div>']
    html += [f'<div><input type="checkbox" disabled> {t}</div>' for t in todos]
    html += ['<div style="color:#8f959e;font-size:12px;margin-top:12px">智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用</div>',
             "<div><br></div><div>婷婷补充：纪要我核对过了，待办没问题。</div></div>"]
    body = multi("alternative", [leaf("text/plain", plain, "UTF-8"), leaf("text/html", "\n".join(html) + "\n", "UTF-8")],
                 "8f2c1d7b5e3a4c60b9e1f0a2d3c4b5a6")
    to = [P("陆文斌"), P("卞磊"), P("何晨")]
    hdr = larkmail(P("戚婷婷"), to, [bot], "【飞书智能纪要】销售与研发周会 2026-07-10", date, "10517", bot)
    return dict(
        slug="10517-lark-mail-feishu-ai-minutes-todo-only", kind="minutes", org="M", date=date,
        eml=assemble(hdr, body),
        items=[
            item("戚婷婷", "给Lusong报Q3框架协议价格", ("next", 2), expect="2026-07-15"),
            item("何晨", "发布2名测试工程师招聘JD", ("today",), expect="2026-07-10"),
            item("卞磊", "完成LoRa网关固件OTA回归测试", ("abs", "2026-07-24")),
        ],
        followup=None,
        what="Lark/Feishu mail with 飞书智能纪要 (总结 + 待办 checkboxes), text+html: only 待办 count; the 总结's '7月底前必须锁定' and "
             "'7月8日已修复' are not items; 下周三前, trailing '今天', date in brackets '（7月24日）'",
        notes="Sent Fri 2026-07-10. AI minutes: only the 待办 list counts. 下周三前 -> 2026-07-15. '今天' after the task -> 2026-07-10. "
              "'（7月24日）' -> 2026-07-24. The summary mentions 陆文斌's '7月底前必须锁定Q3价格' (the reason for item 1, not a separate "
              "待办) and a fix done on 7月8日 (status).")


def c10518():
    date = "Fri, 17 Jul 2026 17:50:33 +0800"
    bot = BOTS["Y"]
    text = """各位：

综合办周例会纪要（7月17日）

一、本周已完成
1. 食品生产许可证延续申请材料初稿已完成（7月15日）。
2. 6月份员工考勤已核对完毕，7月16日交财务。
3. 厂区消防器材年检已完成，合格证已贴。

二、下周及后续安排
1. 食品生产许可证延续材料报市场监管局 —— 葛丽娟，7月31日前
2. 全厂消防演练 —— 程厂长牵头，7月下旬
3. 员工年度体检通知发到各车间 —— 小党，下周一前
4. 新厂房环评手续 —— 葛丽娟，待孟总定方案后再启动

葛丽娟
综合办
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    to = [P("程志远"), P("党小勇")]
    hdr = wecom(P("葛丽娟"), to, [P("孟庆国"), bot], "综合办周例会纪要（7月17日）", date, "10518", bot)
    return dict(
        slug="10518-wecom-plain-done-report-then-next-steps", kind="minutes", org="Y", date=date,
        eml=assemble(hdr, body),
        items=[
            item("葛丽娟", "食品生产许可证延续材料报市场监管局", ("abs", "2026-07-31")),
            item("程志远", "全厂消防演练", None, flags=["vague_due"]),
            item("党小勇", "员工年度体检通知发到各车间", ("next", 0), expect="2026-07-20"),
            item("葛丽娟", "新厂房环评手续", None),
        ],
        followup=None,
        what="WeCom mail, text/plain only (base64): '本周已完成' reports with dates (not items) then '下周及后续安排' items 'task —— owner，due'; "
             "7月下旬 (vague), 下周一前, a conditional item (待…再启动) -> no_due",
        notes="Sent Fri 2026-07-17. Section 一 lists work already done (status, not items). 7月31日前 -> 2026-07-31. 程厂长 = 程志远, "
              "7月下旬 is a vague period -> vague_due (like 11月中旬 in the corpus). 小党 = 党小勇, 下周一前 -> 2026-07-20. Item 4 only "
              "starts after 孟总 decides: conditional, no date -> no_due.")


CASES = [c10513, c10514, c10515, c10516, c10517, c10518]
