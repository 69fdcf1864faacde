"""README.md text for heldout67."""
from h67_core import BOTS, ORGS, P

HEAD = """# heldout67 — blind held-out set for minutebot (cases 9501–9538)

38 raw messages (`NNNN-slug.eml`, the bytes a receiving server stores) with gold answers (`NNNN-slug.json`, the
schema of `/work/shared/corpus/README.md`), the roster (`roster.csv`, same columns as the corpus roster) and the
generator that wrote all of it:

    /work/blind/venv/bin/python make_heldout67.py           # rewrite every file, then check
    /work/blind/venv/bin/python make_heldout67.py --check   # validate what is on disk

Generator files: `make_heldout67.py` (main, writer, `--check`), `h67_core.py` (calendar rules with chinesecalendar,
people, gold), `h67_mime.py` (raw MIME builder, RFC 2047, docx/pdf), `h67_build.py` (client header profiles),
`h67_readme.py`, and the cases in `cases_edu*.py`, `cases_lx*.py`, `cases_eg*.py`, `cases_hr*.py`.
Output is deterministic (no clock, no randomness; docx zip stamps fixed; PDF in reportlab invariant mode).
`--check` re-parses every .eml with `email.policy.default` (no defects; every text part decodes strictly in its
declared charset — gb2312-labelled parts contain GB2312 characters only; the .docx opens; the PDF text extracts),
re-resolves every gold date from the message's own Date header in Asia/Shanghai with chinesecalendar, checks the
schema invariants of the corpus (due null ⇔ vague_due/no_due, owner null ⇔ no_owner, external owners appear in
From/To/Cc), and compares every file with a fresh in-memory generation.

Counts: {counts}; {nitems} gold items. Send dates 2026-04-10 … 2026-08-27 (2026 calendar: 清明 04-04..06, 劳动节
05-01..05 with make-up Sat 05-09, 端午 06-19..21, 中秋 09-25..27, 国庆 10-01..07 with make-up Sun 09-20 and Sat 10-10).

## Organisations (all new; `example.*` domains)

| key | organisation | what | domain | bot |
| --- | --- | --- | --- | --- |
"""

CONV = """
Other senders: 永安闽丰化纤有限公司 (viscose-fibre supplier of 岚溪, Yong'an, Fujian, `minfeng-fiber.example.cn`),
Dong Tien Livestock JSC (pig-farm customer of Egeskov, Vietnam, `dongtien-agri.example.vn`, writes English),
Egeskov A/S head office (Aarhus, Denmark, `egeskov.example.dk`), 红山区住房和城乡建设局 (`hszjj.example.gov.cn`,
government counterpart of the heating SOE), 忻府区秀容幼儿园 (`xinfu-xiurong.example.edu.cn`), Haitong Freight
Forwarding (`haitong-fwd.example.cn`). Each organisation runs its own bot mailbox (`minutes@<its domain>`); one
roster file lists the people of all four, plus Egeskov's HQ product owner.

## Conventions applied beyond the corpus README

- **Dates** follow the corpus README first and `research/dates-eval.md` where the README is silent:
  bare weekday / 'by Friday' = this week's day if not past, else next week's; 下周X / 'next Tuesday' = day X of
  the following Monday-start week; N个工作日内 counted on chinesecalendar from the day after sending (make-up
  Saturdays/Sundays count); 节前 = last working day before the holiday's first day; 节后第一个工作日 = first working
  day after the block; 月底/end of July = last day of the month; 'end of Q3' = 09-30; N小时内 = Date + N hours
  (gives due_time); 下班前 / EOD give the date only (due_time null, as in the corpus README, although the research
  table would add 18:00); 本周内 = Sunday of the calendar week (research table) and marked AMBIGUOUS.
- Vague periods (6月中旬, 尽快, ASAP, TBD, 待定, 'no date yet') -> due null + vague_due (corpus rule, not the
  research table's 20th). Conditional deadlines ('到货后', '抢修完成后', no date) -> due null + no_due.
- Time zones: everything is resolved in Asia/Shanghai (a +0000 Sunday-night Date is Monday; a +0700 23:20 Date is
  the next day). Next meetings written in two zones use the Beijing/CST time.
- 'Same time' follow-ups (下周三同一时间, 'Same time next Monday') take the meeting's own stated start time.
- Owners: title/nickname/English names go through roster aliases; 主责/配合 in one cell -> the 主责 owns; in the
  seed 跨部门协作事项跟踪表 the 发起方 责任人 owns; in the seed 外部沟通跟进表 a ①② sub-item naming nobody belongs to
  the row 负责人. Department-only owners -> owner null + no_owner, department = ours or null (各部门, 各中小学,
  two departments jointly, an outside bureau). A forward whose preface maps items to people (第一项请乌部长…) uses
  that mapping.
- AI minutes (钉钉/飞书/腾讯会议 智能纪要): only the 待办 list counts; summaries, chapters and speaker views do not.
- Forwarded minutes and minutes posted as Re:/回复: in an old thread are kind minutes; the quoted old mail below
  never yields items. A rescheduling note, a notice/request, a person-written internal newsletter and a reply in a
  non-minutes thread are kind **other**; kind **auto** is kept for mail no person wrote (OOO with and without
  Auto-Submitted, DSN).
- Two items with the same task text but different owners/dates are two items.
- Notes beginning a sentence with **AMBIGUOUS:** mark the few places where careful readers could differ; the gold
  takes the reading most readers would and says which alternative was rejected.

## Cases

| case | kind | items | what it tests |
| --- | --- | --- | --- |
"""


def readme(cases):
    counts, nitems = {}, 0
    for c in cases:
        counts[c.kind] = counts.get(c.kind, 0) + 1
        nitems += len(c.items)
    out = HEAD.format(counts=", ".join("%s %d" % (k, counts.get(k, 0)) for k in ("minutes", "other", "auto")),
                      nitems=nitems)
    for k, (zh, what, dom) in ORGS.items():
        n = sum(1 for v in P.values() if v["org"] == k)
        out += "| %s | %s | %s; %d roster people | `%s` | `%s` |\n" % (k, zh, what, n, dom, BOTS[k][1])
    out += CONV
    for c in cases:
        out += "| %s | %s | %d | %s |\n" % (c.name, c.kind, len(c.items), c.tests.replace("|", "/"))
    return out
