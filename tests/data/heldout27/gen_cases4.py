# -*- coding: utf-8 -*-
from gen_cases3 import *

def EN(name):  # roster person with the English/ascii display they use in the JV
    return (name, R[name][1])

# ---------------------------------------------------------------- 5420 German GM's English AI: lines, KW week
t = T(2025, 10, 10, 17, 45); sd = t.date()
txt = """Hello all,

short minutes of today's 8D kick-off (customer complaint housing crack, part no. 4471-220).

Facts:
- 3 housings with crack at the flange found at customer incoming inspection
- Suspect batch 2509-14, 1,840 pcs in transit

AI: LZY - submit 8D D1-D4 to customer by Monday (SK to review before sending)
AI: TB - containment: 100% sorting of WIP housings tomorrow (Saturday shift, it is a working day in China)
AI: Xiaofeng - root cause analysis die casting porosity, bis KW43
AI: Haitao - claim letter to casting supplier ASAP

Next 8D meeting: Tuesday 14th, 9am, meeting room Laoshan.

Best regards / Mit freundlichen Grüßen
Markus Wendler
General Manager
Qingdao Hanse Automotive Components Co., Ltd.
"""
eml, MIDS[5420] = mk("outlook_en", EN("Markus Wendler"), [EN("刘振宇"), EN("Thomas Brandt"), EN("鞠晓峰"), EN("曲海涛")],
                     [EN("Sabine Krüger"), BJ], "8D kick-off housing crack - minutes", t, txt, html_from_text(txt, "Calibri"),
                     cs="utf-8", cte="quoted-printable", seed="5420")
add(5420, "jv-german-gm-ai-lines-kw-week", "minutes", eml,
    "Outlook English 'AI: INITIALS - task' lines from a German GM on 2025-10-10 (next day a make-up Saturday): initials/English aliases, 'bis KW43' (German calendar week), ASAP",
    [I("刘振宇", "submit 8D D1-D4 to customer", "2025-10-13", calc=lambda sd=sd: next_week(sd, 0)),
     I("Thomas Brandt", "containment: 100% sorting of WIP housings", "2025-10-11", calc=lambda sd=sd: sd + dt.timedelta(1)),
     I("鞠晓峰", "root cause analysis die casting porosity", "2025-10-24", calc=lambda sd=sd: D(2025, 10, 20) + dt.timedelta(4)),
     I("曲海涛", "claim letter to casting supplier", None, flags=["vague_due"])],
    FU("2025-10-14", "09:00", calc=lambda sd=sd: D(2025, 10, 14)),
    None,
    "Sent Fri 2025-10-10; Sat 10-11 is a make-up working day. LZY = 刘振宇, TB = Thomas Brandt, Xiaofeng = 鞠晓峰, Haitao = 曲海涛 (roster aliases); 'SK to review' is a note, "
    "not a second owner. 'by Monday' -> 10-13; 'tomorrow' -> 10-11. 'bis KW43' = by ISO week 43 (2025-10-20..10-26); recorded as the Friday of that week, 2025-10-24 "
    "(AMBIGUOUS: a scorer may accept 10-26; a parser that does not know KW should at least not invent another date). ASAP -> vague_due. "
    "'Next 8D meeting: Tuesday 14th, 9am' -> 2025-10-14 09:00. Facts are not items.")

# ---------------------------------------------------------------- 5421 APQP gate review table, Outlook gb2312, before make-up Saturday
t = T(2026, 2, 27, 16, 30); sd = t.date()
rows = [["No.", "事项 Item", "负责人 Owner", "截止 Due", "状态 Status"],
        ["1", "控制计划（CP）更新至 Rev.C", "刘振宇", "3个工作日内", "Open"],
        ["2", "PPAP 文件包提交客户", "隋芳", "3月15日前", "Open"],
        ["3", "试生产 run@rate 数据整理", "栾鹏", "明早9点", "Open"],
        ["4", "量具 MSA 报告", "刘振宇", "2月20日", "Closed"]]
intro = "APQP Gate 2 评审会议纪要\n项目：BMW 转向节支架 (Projekt K-310)\n时间：2026-02-27 14:00-16:00\n参加：鞠晓峰、Sabine Krüger、刘振宇、隋芳、栾鹏\n\n结论：Gate 2 有条件通过（conditional release）。\n\n"
tail = "\n下次评审：APQP Gate 3 评审：3月10日（周二）14:00\n\n鞠晓峰 | 工程部\n"
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%CS%\"></head><body><div style=\"font-family:等线\">"
        + esc(intro).replace("\n", "<br>\n") + html_table(rows) + esc(tail).replace("\n", "<br>\n") + "</div></body></html>\n")
eml, MIDS[5421] = mk("outlook", ("鞠晓峰", R["鞠晓峰"][1]), [P("刘振宇"), P("隋芳"), P("栾鹏")], [EN("Sabine Krüger"), BJ],
                     "APQP Gate 2 评审会议纪要 - K-310", t, intro + text_table(rows) + "\n" + tail, html, cs="gb2312", cte="base64", seed="5421")
add(5421, "jv-apqp-gate-table-makeup-saturday", "minutes", eml,
    "Outlook gb2312 bilingual table (Status column, Closed row excluded) on 2026-02-27: 3个工作日内 through the 02-28 make-up Saturday, 明早9点 = Saturday 09:00",
    [I("刘振宇", "控制计划（CP）更新至 Rev.C", "2026-03-03", calc=lambda sd=sd: add_wd(sd, 3)),
     I("隋芳", "PPAP 文件包提交客户", "2026-03-15", calc=lambda sd=sd: D(2026, 3, 15)),
     I("栾鹏", "试生产 run@rate 数据整理", "2026-02-28", "09:00", calc=lambda sd=sd: sd + dt.timedelta(1))],
    FU("2026-03-10", "14:00", calc=lambda sd=sd: D(2026, 3, 10)),
    None,
    "Sent Fri 2026-02-27; Sat 02-28 is a make-up working day (after Spring Festival). 3个工作日内 -> 02-28, 03-02, 03-03 -> 03-03. 明早9点 -> 02-28 09:00. "
    "Row 4 status Closed -> not an item. 结论 is a decision. Next: 3月10日（周二）14:00.")

# ---------------------------------------------------------------- 5422 German 8D Maßnahmenplan
t = T(2027, 4, 22, 8, 55); sd = t.date()
txt = """Hallo zusammen, 大家好,

anbei das Protokoll unserer 8D-Besprechung von gestern (Reklamation Lenkgehäuse, Charge 2704).

Maßnahmen / 措施:
1) Sofortmaßnahme: Sperrung Lagerbestand Charge 2704
   Verantwortlich: Luan Peng
   Termin: sofort
2) Ursachenanalyse (Ishikawa) mit Werkzeugbau
   Verantwortlich: Ju Xiaofeng
   Termin: 30.04.2027
3) Lieferantenaudit Gießerei
   Verantwortlich: Sui Fang (Unterstützung: Haitao)
   Termin: 07.05.
4) Lessons Learned in die FMEA übernehmen
   Verantwortlich: Zhenyu
   Termin: 31.05.2027

Nächste Besprechung: Do., 29.04., 9:00 Uhr

Viele Grüße
Sabine Krüger
Leiterin Qualität / 质量部
"""
eml, MIDS[5422] = mk("thunderbird", EN("Sabine Krüger"), [EN("栾鹏"), EN("鞠晓峰"), EN("隋芳"), EN("刘振宇")], [EN("曲海涛"), BJ],
                     "8D Lenkgehäuse Charge 2704 – Protokoll / 纪要", t, txt, cs="utf-8", cte="quoted-printable", seed="5422", flowed=True)
add(5422, "jv-german-8d-massnahmen-dd-mm", "minutes", eml,
    "Thunderbird format=flowed German 8D action plan: Verantwortlich:/Termin: blocks, dates DD.MM.YYYY and DD.MM., 'sofort' (immediately, no date), next meeting 'Do., 29.04., 9:00 Uhr'",
    [I("栾鹏", "Sperrung Lagerbestand Charge 2704", None, flags=["vague_due"]),
     I("鞠晓峰", "Ursachenanalyse (Ishikawa) mit Werkzeugbau", "2027-04-30", calc=lambda sd=sd: D(2027, 4, 30)),
     I("隋芳", "Lieferantenaudit Gießerei", "2027-05-07", calc=lambda sd=sd: D(2027, 5, 7)),
     I("刘振宇", "Lessons Learned in die FMEA übernehmen", "2027-05-31", calc=lambda sd=sd: D(2027, 5, 31))],
    FU("2027-04-29", "09:00", calc=lambda sd=sd: D(2027, 4, 29)),
    None,
    "Sent Thu 2027-04-22 08:55. German dates are day.month: 30.04.2027 -> 04-30 (not a US month), 07.05. -> 2027-05-07, 31.05.2027 -> 05-31. "
    "'Termin: sofort' = immediately, an urgent deadline word without a date -> due null + vague_due (AMBIGUOUS: a human might write today 04-22; we follow the 尽快/ASAP convention). "
    "Owners by roster aliases: Luan Peng, Ju Xiaofeng, Sui Fang (Haitao only supports), Zhenyu. 'Nächste Besprechung: Do., 29.04., 9:00 Uhr' -> 2027-04-29 09:00 (a Thursday).")

# ---------------------------------------------------------------- 5423 SAP cutover: 主责/配合 in one cell, year end
t = T(2026, 12, 30, 17, 0); sd = t.date()
rows = [["任务", "主责/配合", "完成时间", "备注"],
        ["SAP 物料主数据清理（新工厂代码 QD02）", "主责：宫雪；配合：隋芳", "12月31日", "约3,200条"],
        ["库存盘点差异过账", "主责：曲海涛\n配合：宫雪", "1月8日前", "需财务确认"],
        ["新工厂代码用户权限申请", "主责：鞠晓峰 / 配合：IT", "2026年底", ""]]
intro = "SAP 切换准备会 纪要\n时间：12月30日 15:00\n参会：宫雪、曲海涛、鞠晓峰、隋芳、Markus Wendler\n\n"
tail = "\n下次切换会：2027年1月5日（周二）10:00，地点 A栋 201。\n\n宫雪 | 物流部 / SAP key user\n"
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%CS%\"></head><body>"
        + esc(intro).replace("\n", "<br>\n") + html_table(rows) + esc(tail).replace("\n", "<br>\n") + "</body></html>\n")
eml, MIDS[5423] = mk("exmail", ("宫雪", R["宫雪"][1]), [P("曲海涛"), P("鞠晓峰"), P("隋芳")], [EN("Markus Wendler"), BJ],
                     "SAP切换准备会纪要 12/30", t, intro + text_table(rows) + "\n" + tail, html, cs="gb18030", cte="base64", seed="5423",
                     dom="hanse-qd.example.cn")
add(5423, "jv-sap-cutover-primary-support-cell", "minutes", eml,
    "Exmail gb18030 HTML table with '主责：X；配合：Y' in one cell (only 主责 owns), year-end dates: 12月31日, 1月8日前 (rolls to 2027), 2026年底",
    [I("宫雪", "SAP 物料主数据清理（新工厂代码 QD02）", "2026-12-31", calc=lambda sd=sd: D(2026, 12, 31)),
     I("曲海涛", "库存盘点差异过账", "2027-01-08", calc=lambda sd=sd: D(2027, 1, 8)),
     I("鞠晓峰", "新工厂代码用户权限申请", "2026-12-31", calc=lambda sd=sd: D(2026, 12, 31))],
    FU("2027-01-05", "10:00", calc=lambda sd=sd: D(2027, 1, 5)),
    None,
    "Sent Wed 2026-12-30. The 主责/配合 cell: owner = 主责 person; 配合 (隋芳, 宫雪, IT) are supporters, not owners or extra items. 12月31日 -> 2026-12-31; "
    "1月8日前 -> 2027-01-08 (clearly future, rolls to next year); 2026年底 -> 2026-12-31. 备注 is not a task. Next: 2027年1月5日（周二）10:00.")
