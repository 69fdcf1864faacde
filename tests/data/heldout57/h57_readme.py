"""README.md for heldout57 (rendered by make_heldout57.py)."""

HEAD = """# heldout57 — blind held-out set for minutebot (cases 8501–8538)

38 raw messages (`NNNN-slug.eml`, the bytes a receiving server stores, LF line ends) with gold answers
(`NNNN-slug.json`, the schema of `/work/shared/corpus/README.md`), the roster the bot knows (`roster.csv`) and
the generator that writes all of it:

    /work/blind/venv/bin/python make_heldout57.py           # write every file
    /work/blind/venv/bin/python make_heldout57.py --check   # re-verify what is on disk

`make_heldout57.py` imports `h57_lib.py` (calendar rules, gold builders, MIME pieces, deterministic .docx/.pdf),
`h57_clients.py` (headers and structure per mail client), `h57_people.py` (organisations, roster) and the
cases in `h57_cases_a.py` … `h57_cases_f.py`. `--check` verifies: the files on disk equal a fresh generation
(deterministic bytes: fixed zip timestamps and core properties in .docx, `invariant=1` PDFs, hashed Message-IDs
and boundaries); every .eml parses with `email.policy.default` with no message or header defects; every text
part decodes strictly in its declared charset; .docx opens (python-docx) and PDF text extracts (pypdf); every
gold due date/time and follow-up is recomputed from the message's own Date header in Asia/Shanghai with
`chinesecalendar` from a per-item rule and compared with the .json; owners' emails are in the roster or in
From/To/Cc; each task's opening words occur in a text part.

Counts: **minutes {minutes}, other {other}, auto {auto}**; {items} gold items. Send dates 2026-04-02 … 2026-08-27.

## Organisations (all new; `example.*` domains)

| org | what | domain | bot address | mail habits |
| --- | --- | --- | --- | --- |
| 潍坊鸢飞风筝文创有限公司 (W) | private kite and kite-themed cultural products maker, Weifang: 总经办, 设计部, 生产部, 电商部, 外贸部, 采购部, 财务部 | yuanfei-kite.example.cn | minutes@yuanfei-kite.example.cn | Foxmail GBK, Exmail gb18030, NetEase Mail Master, DingTalk, Outlook |
| Kilbride Medical Optics (Changzhou) Co., Ltd. 基尔布赖德医疗光学（常州） (K) | Irish-owned contact-lens plant, Wujin; parent Kilbride Medical Optics Ltd., Galway (`kilbride.example.ie`) writes English: Management, Quality, Production, Engineering, Supply Chain, EHS, Regulatory; Group Quality/Engineering/Product | kilbride-cz.example.com | minutes@kilbride-cz.example.com | M365/Exchange Online (UTC Date), Outlook desktop and Mac, Gmail (Galway), Thunderbird |
| 丽水市莲都区应急管理局 (L) | district emergency-management bureau (government): 局领导, 办公室, 综合减灾科, 安全生产监督管理科, 应急指挥中心 | ldyjj.example.gov.cn | minutes@ldyjj.example.gov.cn | Coremail GBK/UTF-8, Outlook gb2312/UTF-8, .docx and PDF minutes; SOE counterpart 区城投集团 (`ldct.example.cn`) |
| 大理苍洱栖居酒店管理有限公司 (D) | boutique guesthouse chain, Dali: 总经办, 运营中心, 客房部, 工程部, 渠道营销部, 财务部, 人事行政部 | cangerstay.example.cn | minutes@cangerstay.example.cn | Feishu, WeCom, DingTalk, Apple Mail, Exmail |

Outside parties appear as senders, Cc and owners: Drachenwerk Handels GmbH (Hamburg kite importer, named only in
text), 临朐恒韧碳纤维制品厂 (`hengren-carbon.example.cn`), Redcedar Polymers (`redcedar-polymers.example.com`),
大理洱净洗涤 (`erjing-laundry.example.cn`), 璞真扎染 (`puzhen-zharan.example.cn`), 紫金街道 (`zijin-jd.example.gov.cn`).
The roster holds all four organisations (and the three Galway people of K) with title aliases (刘工, 谭老师,
叶科长, 毛主任, 和经理, 蒋总监 …) and English names (Cindy, Tony Tang, Jessica …).

## Conventions applied beyond the corpus README

- Due rules follow the corpus README and `research/dates-eval.md`: 'X前' inclusive; bare weekday = this week's
  if not past, else next week's; 下周X = weekday of the next Mon–Sun week; N个工作日内 counted by chinesecalendar
  from the day after sending (make-up days count: 2026-05-09); N天/两周内 = send date + N; 月底/end of June = last
  day; 今天下班前 / 明天下班前 / EOD give a date with no time; 中午12点 / 上午10点 / 18:00 give a time; hour
  deadlines count from the Date header.
- Holiday phrases: 'X节前' / 'before the Dragon Boat holiday' = last working day before the statutory block;
  'X节后第一个工作日' / '假期后第一天' = first working day after it (2026: 清明 04-04..06, 劳动节 05-01..05, 端午
  06-19..21, 中秋 09-25..27, 国庆 10-01..07).
- 本周内 = Sunday of the send week (as in date-phrases.tsv), marked AMBIGUOUS in notes.
- A date written by a writer that falls on a Chinese holiday is kept as written (8507 'Fri 1 May').
- Two time zones in a follow-up: the Asia/Shanghai side is recorded (CST = China Standard Time here).
- '同一时间' / 'same time next X' takes the time of the meeting stated in the same mail.
- 主责/配合 in one cell or heading: the 主责 person owns; 配合 people do not. If 主责 is only a department, the
  item has no owner (department kept when it is one of the organisation's own, null for 乡镇/街道/SOE).
- Tracking table with 责任人（发起方） and 责任人（协作方）: the 协作方 person owns (as the corpus did with the
  协作部门 person); AMBIGUOUS note in 8516.
- AI-generated minutes (飞书妙记, 钉钉AI听记, 腾讯会议智能纪要): only the 待办 section counts; speaker views and
  chapter narration do not. A forwarder's preface that changes an item's date overrides the forwarded text.
- '我' / '我自己盯' / '我来跟' = the sender. Lines reporting what was done ([x], 'Already done', Closed, 已完成,
  实际完成时间) are not items. An agenda for a future meeting is `other`.
- Where a case is genuinely ambiguous the notes start the relevant sentence with **AMBIGUOUS:** and explain the
  reading chosen (8509, 8516, 8524, 8527).

## Cases

| case | kind | org | items | what it tests |
| --- | --- | --- | --- | --- |
"""


def render(cases):
    k = {"minutes": 0, "other": 0, "auto": 0}
    for c in cases:
        k[c["kind"]] = k.get(c["kind"], 0) + 1
    out = HEAD.format(minutes=k["minutes"], other=k["other"], auto=k["auto"],
                      items=sum(len(c["items"]) for c in cases))
    for c in cases:
        out += "| %d-%s | %s | %s | %d | %s |\n" % (c["n"], c["slug"], c["kind"], c["org"], len(c["items"]),
                                                  c["tests"].replace("|", "\\|"))
    return out
