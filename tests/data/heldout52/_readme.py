"""README.md for heldout52 (rendered by make_heldout52.py from the case list)."""
from _people import ORGS, ROSTER

HEAD = """# heldout52 — blind held-out set: minutes mails CC'd to minutebot

38 raw messages (`NNNN-slug.eml`, the bytes the receiving server stores, with Return-Path / Delivered-To /
Received added by that server) and their gold answers (`NNNN-slug.json`), cases **8001–8038**, plus
`roster.csv` and the generator. Written blind: without reading the bot's code or tests. Gold follows the
corpus README schema exactly (`kind`, `items[]` with `owner_name`, `owner_email`, `department`, `task`,
`due_date`, `due_time`, `flags`, then `next_followup`, `reply` (always null here), `notes`).

Counts: **minutes {minutes}, other {other}, auto {auto}** ({items} gold items; {nf} cases with a next
meeting). Send dates are April–July 2026 (Asia/Shanghai), including the weeks around Qingming (holiday
04-04..04-06), Labour Day (05-01..05-05, make-up working Saturday 05-09) and Dragon Boat (06-19..06-21).
About a third of the cases are plain, common mail; the others add one or two realistic difficulties each.

## Regenerate and check

```
/work/blind/venv/bin/python make_heldout52.py          # rewrites every .eml/.json, roster.csv, README.md
/work/blind/venv/bin/python make_heldout52.py --check  # re-validates what is on disk
```

The generator is deterministic (no clock, no randomness: ids come from sha256 of fixed seeds; the .docx is
re-zipped with fixed timestamps, the PDF uses reportlab `invariant=1`). It is split into `make_heldout52.py`
(write/check), `_kit.py` (MIME building with the `email` package), `_people.py` (organisations, roster),
`_dates.py` (date rules), `_case.py` (case model, header helpers), `_styles.py` (per-client headers and HTML
shells), `_cases_1.py`..`_cases_4.py` (the cases) and `_readme.py`. Needs chinesecalendar, python-docx,
reportlab, pypdf. `--check` verifies: the files on disk equal what the generator writes; every .eml parses
with `email.policy.default` with no defects in any part or header; every text part decodes strictly with its
declared charset (a `gb2312` label is read as GBK, as mail clients do); every due date, due time and next
follow-up in the gold is recomputed from the message's own `Date` header converted to Asia/Shanghai, with
chinesecalendar for working days, holidays and make-up days; flags agree with the fields; owner e-mails come
from the roster or the message's From/To/Cc; each task text (whitespace ignored) occurs in the message or its
attachment (a few paraphrased tasks are exempt and marked in the generator); all dates are in 2026.

## Organisations

Each organisation runs its own minutebot instance; `roster.csv` is the union of the four rosters plus the
outsiders who write minutes. Aliases are unique across the whole file.

| org | organisation | kind | domain | bot address | mail system and clients |
| --- | --- | --- | --- | --- | --- |
"""

ORG_CLIENTS = {
    "A": "Coremail (政务邮箱): Coremail webmail, Foxmail, NetEase Mail Master (Android); an outside sender on NetEase 126 webmail",
    "B": "DingTalk mail / Alimail: Alimail web, DingTalk app, Foxmail, NetEase Mail Master (PC, iPhone), iPhone Mail, Outlook 16 (IMAP); a German customer on Microsoft 365, a supplier on WeCom/Tencent Exmail",
    "C": "Microsoft 365: Outlook 16 zh-CN, Outlook on the web, Thunderbird, Exchange auto-replies; a Taiwanese vendor on Outlook zh-TW (big5)",
    "D": "Lark (Feishu) Mail: Lark web, Outlook for Mac, iPhone Mail, Apple Mail, Thunderbird; Israeli head office on Gmail (Google Workspace); a Dutch partner's minutes forwarded",
}

CONVENTIONS = """
## Conventions applied beyond the corpus README (a scorer must know these)

1. **One roster, four bots.** Each organisation's bot is CC'd at its own address (table above); the roster
   is shared. Outsiders who write minutes (郝建平, Markus Vogel, 郑浩, 林俊宏, Sanne de Vries) and the Israeli
   head-office engineer (Eitan Shapiro, department `HQ Engineering`) are in the roster; outsiders have an
   empty department, so their gold `department` is null.
2. **Departments.** Gold `department` is the roster's department of the owner. For unit-owned items
   (no_owner) it is the roster name of that unit when the unit is ours, also when written in English or with
   the organisation prefix ("Huiying R&D" → 研发部, "Tzafon Yinchuan finance" → Finance, "区应急局执法大队"
   → 执法大队); outside units (区燃气公司, 各街道办事处, the supplier's 品质部, 双方/雙方) give null. D's
   departments are English (Management, Agronomy, Production, Quality, Field Service, Supply Chain,
   Finance, EHS, Sales).
3. **Person tokens.** Unit+name or title+name written as one token (办公室刘佳琪, EHS苏晴, 仓储主管韦志远,
   航线车间王工, 定检车间蒙工) is the person. 本人 / me / 我这边 is the sender. Titles resolve through roster
   aliases (王工, 罗工, 钱老师, 张总, 潘经理/潘經理, 邝经理, 陈经理, 吴主任, 田主任, 何经理); 石小姐 (not an alias)
   resolves through the only matching To display name (石靜 = 石静). @handles in checklists are aliases.
4. **Owners that are not one person.** 协作方 in the seed 跨部门协作事项跟踪表 is treated like 配合: the owner
   is 责任人（发起方）. An owner cell （待定） under a 主责 unit gives no_owner with that unit. Plural unnamed
   owners (各车间主任, 各街道办事处) give one item, no_owner, department null. One task for two units or two
   people gives one item per owner.
5. **Outsider e-mail.** An outsider's address comes from the roster or from this message's own From/To/Cc
   (display name match); an address visible only inside a quoted/forwarded header block is not used, and a
   person in no header gets owner_email null (Zhang Lei in 8014, Pieter Jansen in 8032).
6. **Date phrases** (all resolved in Asia/Shanghai from the Date header, following research/dates-eval.md):
   节前 / 端午节前 / "before the Dragon Boat holiday" = the last working day before the holiday block;
   两周内 = send date + 14 days; a period without a day (7月上旬) is vague_due; "X当天" and "before the next
   call" take the date the same mail states for X / the call; "by next Friday" / 下周X = that weekday of the
   next calendar week even when said early in the week (marked AMBIGUOUS where a reader might mean this week).
   A conditional item with no deadline word ("待…结果出来后再定", "once the retest results are in", "no rush")
   is no_due, not vague_due. A 延期 row whose date cell reads "新日期（原旧日期）" takes the new date.
7. **Next follow-up.** "同一时间 / same time" takes the meeting's own start time stated in the mail. A
   follow-up given in a foreign zone takes the Beijing time the mail gives (CEST/IDT lines all state it). A date
   without a time gives `time: null`. "7月中旬召开，具体时间另行通知" / "另行通知" / "待定" give null. The next
   meeting may come from the organiser's preface above pasted AI notes (8017, 8023, 8030).
8. **What is not an item** (as the brief): forwarders' prefaces (even when they single out items), chat logs
   that restate a list, AI-minutes summaries/chapters/speaker views, quoted older minutes in a RE: thread, rows
   or lines marked 已完成/[x]/☑, decisions (会议认为/决定/Decision), standing rules, findings and reports.
9. **Task text** is the deliverable without owner, date and ticket/order keys, kept in the writer's language
   and script (Traditional Chinese in 8036). Scorers should match loosely.
10. **Charsets.** 8005 is labelled gb2312 but carries the GBK-only 珺; read gb2312 as GBK. Public mail
    providers are replaced by `*.example.*` stand-ins (126.example.com); all other domains are invented
    `.example.*` domains. Client fingerprints (X-Mailer, Message-ID shapes, boundaries, HTML shells) imitate
    the named clients closely but are not byte copies of them.
11. **Kinds.** A person-written newsletter that reaches the bot through an all-staff distribution list is
    `other` (8035); system notifications with Auto-Submitted/Precedence, out-of-office replies and DSNs are
    `auto`, even when their bodies look like task tables.
"""


def render(cases):
    from collections import Counter
    k = Counter(c.kind for c in cases)
    golds = {c.name: c.gold() for c in cases}
    items = sum(len(g["items"]) for g in golds.values())
    nf = sum(1 for g in golds.values() if g["next_followup"])
    out = [HEAD.format(minutes=k["minutes"], other=k["other"], auto=k["auto"], items=items, nf=nf)]
    for key in "ABCD":
        o = ORGS[key]
        out.append("| %s | %s (%s) | %s | `%s` | `%s` (%s) | %s |" % (
            key, o["name"], o["en"], o["kind"], o["domain"], o["bot"][1], o["bot"][0], ORG_CLIENTS[key]))
    out.append("")
    staff = Counter(p["org"] for p in ROSTER)
    out.append("Roster: %d rows (A %d, B %d, C %d, D %d staff incl. HQ; %d outsiders)." % (
        len(ROSTER), staff["A"], staff["B"], staff["C"], staff["D"] + staff["D-HQ"],
        sum(v for kk, v in staff.items() if kk.endswith("-out"))))
    out.append(CONVENTIONS)
    out.append("## Cases\n")
    out.append("| case | kind | org | client / encoding | gold summary | what it tests |")
    out.append("| --- | --- | --- | --- | --- | --- |")
    for c in cases:
        out.append("| %s | %s | %s | %s; %s | %s | %s |" % (
            c.name, c.kind, c.org, c.client, c.fmt, c.summary(), c.tests))
    out.append("")
    out.append("Each case's `notes` in its .json gives the reasoning behind every gold field; AMBIGUOUS marks "
               "the calls a careful assistant could make differently.")
    out.append("")
    return "\n".join(out)
