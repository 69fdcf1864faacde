"""README.md of heldout65 (organisations, conventions, one row per case)."""
from h65_roster import ORGS, EXT

HEAD = """# heldout65 — blind held-out set for the minutebot parser (cases 9301–9338)

Written without looking at the parser. Every file here is produced by `make_heldout65.py` (helpers
`h65_lib.py`, `h65_roster.py`, `h65_readme.py`, cases in `h65_cases_*.py`); run
`/work/blind/venv/bin/python make_heldout65.py` to rewrite and `... make_heldout65.py --check` to validate:
each `.eml` is re-parsed with `email.policy.default` (no defects, every text part decodes strictly in its declared
charset, `.docx` opens with python-docx, `.pdf` text extracts with pypdf and holds the item texts), and every gold date
and follow-up is recomputed with chinesecalendar from the message's own Date header in Asia/Shanghai and compared with
the hand-written date and the `.json`.

Gold schema and conventions: exactly those of `/work/shared/corpus/README.md`.

## Organisations (all invented; each runs its own minutebot mailbox; `roster.csv` is the union)

| key | organisation | city / trade | domain | bot |
| --- | --- | --- | --- | --- |
"""

CONV = """
Outside the roster (resolved only through From/To/Cc display names, department null): {ext}.

## Calendar (2026, chinesecalendar)
清明 04-04..06; 劳动节 05-01..05 with Saturday 05-09 a make-up working day; 端午 06-19..21; 中秋 09-25..27;
国庆 10-01..07 (make-up 09-20 Sun, 10-10 Sat). Send dates run from 2026-04-14 to 2026-08-20.

## Conventions applied beyond the corpus README
- Bare weekday (周四前, Friday, by Wed) = nearest such day on or after the send date (corpus rule); none of the cases
  sends a bare weekday on that same weekday. 本周X = that day of the send week; 下周X / next X = that day of the
  following Mon–Sun week.
- 本周内 = the Sunday of the send week (date-phrases.tsv); marked AMBIGUOUS in the notes (a Friday reading is possible).
- X节前 = last working day before the holiday block; 节后 / 节后第一个工作日 = first working day after it.
- 今天/明天下班前, EOD = the date with no time (corpus); 上午10点前 and explicit clock times give due_time.
- 中旬 / 上旬 / 待定 / TBD / 尽快 / ASAP = no date + vague_due (corpus: '11月中旬' is vague).
- A row or cell '主责：X / 配合：Y' is owned by 主责 X only (one item, not two).
- A 'department-only' owner (责任单位：食品安全监管科, Supply Chain to …) gives owner null + no_owner and the department
  when it is one of the roster's departments.
- AI meeting minutes (钉钉 / 腾讯会议 / 飞书 / Lark): only the 待办 / Todos section is read; summaries, chapter notes and
  speaker summaries restate the same work and add no items.
- A month-day that falls on a rest day (e.g. Friday 06-19 端午, Sunday 05-31) is kept as written.
- A deadline given in another time zone ('by 5 pm Lima time') is converted to Asia/Shanghai; the next meeting too.
- Where a careful reader could go two ways the note starts with 'AMBIGUOUS:' and names the reading chosen.
- Mail no person wrote (out-of-office, vacation reply, DSN) is `auto` whether or not it carries Auto-Submitted;
  person-written mail that is not minutes (requests, rescheduling, an internal newsletter written by a colleague
  without list headers, a reply in a non-minutes thread) is `other`.

## Cases

| case | kind | client / what it tests |
| --- | --- | --- |
"""


def render(cases, build):
    out = [HEAD]
    for k, o in ORGS.items():
        out.append(f"| {k} | {o['name']} ({o['en']}) | {o['city']} | `{o['domain']}` | `{o['bot'][1]}` |\n")
    out.append(CONV.format(ext=", ".join(f"{n} `{e}`" for n, e in EXT.values())))
    kinds, items = {}, 0
    for c in cases:
        r, g = build(c)
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        items += len(g["items"])
        out.append(f"| {c['num']}-{c['slug']} | {c['kind']} | {c['what']} |\n")
    out.append(f"\nCounts: {len(cases)} cases — " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) +
               f"; {items} gold items.\n")
    return "".join(out)
