"""README template for heldout64 (filled in by make_heldout64.py)."""

TEXT = """# heldout64 — blind held-out set for minutebot (cases 9201–9238)

{n} raw messages (`NNNN-slug.eml`, CRLF, the bytes the receiving server stores) with gold answers
(`NNNN-slug.json`, the schema of `shared/corpus/README.md`), the roster the bot knows (`roster.csv`) and the
generator that wrote all of it: `make_heldout64.py` plus the helper modules `hl64_*.py`.
Counts: {counts}; {n_items} gold items.

    /work/blind/venv/bin/python make_heldout64.py            # rewrite every file (deterministic)
    /work/blind/venv/bin/python make_heldout64.py --check    # re-validate

`--check` re-parses every .eml with `email.policy.default` (no defects on any part or header, every text part
decodes strictly in its declared charset, the .docx opens with python-docx, the PDF text extracts with pypdf),
rebuilds every message and compares bytes, recomputes every gold date and the next follow-up from the .eml's
own Date header (Asia/Shanghai) with `chinesecalendar`, and checks flags, owner addresses and notes.

## Organisations (all new; `example.*` domains)

| org | who | domain | bot address |
| --- | --- | --- | --- |
| A | 坦迪尔农机（齐齐哈尔）有限公司 / Tandil Agro Implements (Qiqihar) Co., Ltd. — Argentine-owned maker of no-till seeders in Qiqihar, Heilongjiang; the general manager and head office write English | `tandil-qqhr.example.cn`; head office Tandil Maquinarias S.A. `tandil-maq.example.com.ar`; supplier 鹤城锻造 `hecheng-forge.example.cn` | `minutes@tandil-qqhr.example.cn` |
| B | 固原市原州区住房和城乡建设局 — district government bureau in Guyuan, Ningxia (局领导, 办公室, 城建科, 房产管理科, 建筑业管理科, 质量安全监督站); formal 一是/二是, 责任单位/完成时限 style | `yzqzjj.example.gov.cn`; SOE counterpart 固原市原州区城市建设投资有限公司 (原州城投) `yzct.example.cn` | `minutes@yzqzjj.example.gov.cn` |
| C | 宝鸡钛源精工有限公司 / Baoji Tiyuan Precision Titanium — titanium bar and wire for implants, Baoji, Shaanxi | `tiyuan-bj.example.cn`; customer Southern Reef Dental Implants Pty Ltd, Sydney `southreef.example.com.au` (writes English, Date in +1000) | `minutes@tiyuan-bj.example.cn` |
| D | 库尔勒孔雀河棉纺有限公司 / Korla Kongquehe Cotton Spinning — cotton yarn mill in Korla, Xinjiang; DingTalk, WeCom, Feishu, Tencent Meeting AI minutes | `kqh-cotton.example.cn`; customer Tissages du Souss, Morocco `souss-tex.example.ma` (English) | `minutes@kqh-cotton.example.cn` |

`roster.csv` lists the internal people of all four organisations (one bot deployment per organisation; the
roster is shared so that one parse run can use it). Customers, head-office staff, the SOE and suppliers are
outside the roster: their owner_email comes from the From/To/Cc entry with that display name, department null.

## Conventions applied beyond the corpus README

- Send dates are April–August 2026; the 2026 calendar of chinesecalendar applies: 清明 04-04..04-06, 劳动节
  05-01..05-05 with make-up Saturday 05-09, 端午 06-19..06-21 (no make-up day), 中秋 09-25..09-27 with make-up
  Sunday 09-20, 国庆 10-01..10-07 with make-up Saturday 10-10.
- Bare weekday (周五, by Friday): on or after the send date in the current week, else next week (corpus rule).
  本周X: that day of this Mon–Sun week. 下周X / next <weekday>: that day of the following week.
- 节前 / before the <holiday>: the last working day before the holiday block. 节后第一个工作日: the first working
  day after it. 月底 / end of month / X月底: the last day of that month. 两周内 / within two weeks: send date + 14
  days. 本周内: Sunday of the send week (flagged AMBIGUOUS in its notes).
- 下班前 / EOD / EOD tomorrow: the date only, no due_time (corpus convention; the research TSV's 18:00 is not
  used in golds). Hours (4小时内, within 48 hours) count from the Date header and give due_time. 今晚10点 -> 22:00.
- Period words without a day (7月中旬, 8月下旬), 尽快, ASAP, TBD/TBC, 待定, 'date TBD' -> due null + vague_due.
  A task with no deadline words (a standing duty, 持续推进, a 待办 without date) -> no_due.
- Next follow-up written with two time zones (ART, AEST, Casablanca, 'Qiqihar/Tandil') is recorded in Beijing
  time. '下周X同一时间' takes the meeting's own start time written in the minutes.
- AI-generated minutes (飞书妙记, 钉钉, 腾讯会议 智能纪要): only the 待办 list is items; 总结/摘要/章节/发言摘要
  and 关键决策 are not, even when they contain dates or promises.
- 主责/配合, 牵头/配合, 承办/配合, 发起方/协作方 in one cell or line: the 主责/牵头/承办/发起方 person owns the item.
  A cell with ①② sub-tasks gives one item per sub-task. Rows marked 已完成 / 已关闭 / 是否办结=是 and '[x]'
  checkboxes are status. An overdue open row keeps its written past date.
- Forwarded minutes: the items under the forwarded header block count; an owner who appears only inside the
  quoted header block (not in this mail's From/To/Cc) gets owner_email null (AMBIGUOUS note in 9204). New
  minutes posted as 'RE:' in an old thread: only the new text counts, the quoted old mail does not.
- Where a case is truly ambiguous, the note says 'AMBIGUOUS:' and gives the reading chosen and the other one.

## Cases

| case | kind | items | what it tests |
| --- | --- | --- | --- |
{rows}
"""
