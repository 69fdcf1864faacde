"""README.md of heldout80, written by make_heldout80.py."""

HEAD = """# heldout80 — blind held-out set for the minutebot parser (cases 10801–10838)

38 raw messages (`NNNNN-slug.eml`, the bytes a receiving server stores) with gold answers (`NNNNN-slug.json`,
the schema of `/work/shared/corpus/README.md`), the roster the bot knows (`roster.csv`, same columns as the
corpus roster) and the generator (`make_heldout80.py` with `h80_*.py` helper modules).
`python make_heldout80.py` rewrites every file; `python make_heldout80.py --check` re-validates them
(bytes equal the generator output, MIME parses with `email.policy.default` without defects, every text part
decodes strictly in its declared charset, the .docx opens and the .pdf gives text, every gold date is
recomputed with `chinesecalendar` from the message's own Date header in Asia/Shanghai, flags agree with
owner/due, and each gold task text is found in the message).

Counts: {counts}; {n_items} gold items.

## Organisations (all invented; every domain is under example.*)
{orgs}

Each organisation has its own bot address (in To or Cc of its minutes); the roster covers all four.

## Conventions applied beyond the corpus README
- Dates follow the corpus README where it and `dates-eval.md` differ: a bare weekday (周三, by Friday) is the
  nearest such day on or after the send date; '下班前' and 'EOD' give the date with due_time null; times are
  recorded only where the text gives an hour.
- 节前 / 端午节前 = the last working day before the next statutory holiday block; 节后第一个工作日 = the
  first working day after it (from chinesecalendar 2026: May Day 05-01..05-05 with make-up Sat 05-09,
  Dragon Boat 06-19..06-21, Mid-Autumn 09-25..09-27, National Day 10-01..10-07).
- 本周内 = Sunday of the send week (the dates-eval rule), marked AMBIGUOUS in the notes.
- A date written as a holiday (下周五前 landing on 06-19) is kept literally; the note says so.
- '主责/配合', '牵头/配合': the 主责/牵头 person owns the item. In the seed 跨部门协作事项跟踪表 with both
  责任人（发起方） and 责任人（协作方）, the 协作方 person (who does the work) owns the item (AMBIGUOUS note).
- AI minutes (钉钉/飞书/腾讯会议 智能纪要): only the 待办 section gives items.
- Forwarded or '回复:'-threaded minutes: the new minutes count, quoted older mail never does.
- Times in another zone (Bogotá -05:00, Colombo +05:30, CEST +02:00) are converted to Asia/Shanghai; a
  Date header in another zone is resolved on its Shanghai date.
- A reply in a thread that is not about a bot recap (a person's question in an ordinary thread) is kind
  `other`, as are meeting notices, hand-sent internal bulletins and rescheduling chats.
- Notes carry an 'AMBIGUOUS:' remark where a careful reader could choose otherwise; the gold is the reading most
  readers would take.

## Cases

| case | kind | items | what it tests |
| --- | --- | --- | --- |
"""


def readme_text(cases, orgs):
    counts = {}
    for c in cases:
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
    n_items = sum(len(c["items"]) for c in cases)
    org_lines = "\n".join(f"- **{o['name']}** (`{o['domain']}`, bot `{o['bot'][1]}`): {o['about']}"
                          for o in orgs.values())
    head = HEAD.format(counts=", ".join(f"{k} {v}" for k, v in sorted(counts.items())), n_items=n_items,
                       orgs=org_lines)
    rows = "".join(f"| {c['slug']} | {c['kind']} | {len(c['items'])} | {c['row'].replace('|', '/')} |\n"
                   for c in cases)
    return head + rows
