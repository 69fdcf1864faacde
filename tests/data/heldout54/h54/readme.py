"""README.md of the heldout54 set (generated so that the case table always matches the cases)."""
from .common import ORGS

HEAD = """# heldout54: blind held-out set for minutebot (cases 8201-8238)

38 raw messages (`NNNN-slug.eml`, the bytes the receiving mail server stores, with Return-Path /
Delivered-To / Received added by that server) and their gold answers (`NNNN-slug.json`), the roster the bot
knows (`roster.csv`) and the deterministic generator (`make_heldout54.py` + `h54/`).

Counts: **{counts}**. Send dates are April-July 2026 (Asia/Shanghai), including the weeks around Qingming
(holiday 04-04..04-06, no make-up day), Labour Day (holiday 05-01..05-05, make-up working day Sat 05-09) and the
Dragon Boat Festival (holiday 06-19..06-21, no make-up day). No date in any gold is outside 2026.

```
/work/blind/venv/bin/python make_heldout54.py          # rewrite every file (byte-identical every time)
/work/blind/venv/bin/python make_heldout54.py --check  # validate; exit 1 on any error
```
`--check` re-parses every .eml with `email.policy.default` (no defects on any part or header, every text part
decodes strictly with its declared charset, no line over 998 octets), opens the .docx/.pdf attachments
(python-docx, pypdf), validates each gold JSON against the corpus schema, recomputes **every due date, due time
and follow-up from the message's own Date header in Asia/Shanghai** with `chinesecalendar` (working days,
holidays, make-up days) from a rule kept beside each item in the generator, checks that each item's text is in
the message or its attachment, that owner addresses come from the roster or From/To/Cc, and that a fresh
generation is byte-identical to the files on disk.

## Organisations (all invented; example domains)

| key | organisation | kind | domain | bot address (To/Cc) |
| --- | --- | --- | --- | --- |
{orgs}

Outside parties who appear: 华中众信轨道信号技术有限公司 (signalling vendor of A; 卓凯 writes 8205),
绥化市北林区农业技术推广中心 (district agricultural extension centre, a government office; 曲晓东 writes 8213,
荆海波 is in Cc), 翼农无人机 黑龙江服务站 (drone dealer of B; its newsletter 8215, its 潘志勇 owns an item in 8218),
陕西华秦汽车零部件有限公司 (client of C; 宋立, 王晓彤), Hartmann Fördertechnik GmbH (German client of C; Katrin
Vogel), 鼎晟科技股份有限公司 (Taiwanese client of C; 林佩君 writes 8227 in big5, 張志豪), Lusocork, S.A. (the
Portuguese parent of D in Santa Maria da Feira; Joana Pereira writes 8230, Miguel Santos) and Barossa Ridge
Wines (Australian customer of D; Tom Kelly writes 8235).

## Roster

`roster.csv` (UTF-8, `name,email,department,manager_email,aliases`) lists the staff of all four organisations
and the five outsiders who write to a bot (卓凯, 曲晓东, 林佩君, Joana Pereira, Tom Kelly). Outsiders have an empty
department, so their items carry `department: null`. Outsiders who only appear in To/Cc (荆海波, 宋立, Katrin
Vogel, Miguel Santos, 張志豪) are not in the roster: their address comes from the header display name. 潘志勇
(8218) is in neither, so his item has `owner_email: null`. D's Chinese staff use English names on the wire
(Wilson Yip, Kenny Chan, Jason Sin, Mandy Ho, Fiona Kwong, Karen Leung); their canonical roster names are
Chinese and the English names are aliases. Each organisation runs its own bot (`minutes@<its domain>`); one
roster serves all four, as a scorer needs a single `--roster`.

## Gold schema

Exactly the corpus README's schema (flat fields): `kind`, `items` (`owner_name`, `owner_email`, `department`,
`task`, `due_date`, `due_time`, `flags` ⊆ [vague_due, no_owner, no_due]), `next_followup` (`{{date, time}}` or
null), `reply` (always null here: the set has no replies), `notes`. Items are in the minutes' order. Where the
gold is debatable the notes say **AMBIGUOUS** and why the recorded answer was chosen (8202, 8210, 8227, 8236).

## Conventions applied beyond the corpus README (a scorer must know them)

1. **Reference time** is the Date header converted to Asia/Shanghai. Exchange Online / OWA stamp Date in UTC
   (+0000); 8232 (Wed 23:50 UTC = Thu 07:50) and 8230 (Fri 17:45 UTC = Sat 01:45) change calendar day.
2. **节前 / "before the holiday" / "before Labour Day"** = the last working day before that holiday block
   (8201, 8206, 8229, 8232, 8234), as in research/dates-eval.md (国庆节前 → last workday before it).
3. **节后第一个工作日** (also 端午节后…, 節後第一個工作日) = the first working day after the block that the Date
   header is before or in (05-06 after Labour Day, 06-22 after Dragon Boat). The Taiwanese writer of 8227
   is read with the mainland calendar, because the deliverable and the convention are the mainland's.
4. **Hour deadlines** (48小时内) count clock hours and do not skip holidays (8205 ends on 06-19, a holiday).
5. **An explicit date is kept** even on a weekend or holiday (8213: 6月20日 is a holiday Saturday; 8202:
   2026/5/9 is the make-up Saturday).
6. **N个工作日内 / within N working days** are Chinese working days counted from the day after the (Shanghai)
   send date, also when the writer is abroad (8230, 8235) and when the send day is a make-up day or a
   non-working day (8212, 8230).
7. **下周X / next Monday / by next Wednesday** = that weekday of the next calendar week (weeks start Monday);
   "next Thursday" said on a Thursday = a week later (8232). Bare weekdays ("周四前", "by Friday", "on
   Wednesday") = this week's if not yet past, else next week's; no case puts a bare weekday on the send day.
8. **Time words**: 中午 → 12:00; 下班前 / EOD → date only; "下午3点" → 15:00; "晚上7点半" → 19:30. A scheduled task
   with a day and no clock time ("on Wednesday") gets the day and no time.
9. **Follow-up in another zone** ("10:00 CEST (16:00 Beijing)", "10:00 Lisbon time (17:00 Beijing)", "9:00 AEST
   (7:00 Beijing)") is converted to Asia/Shanghai; the stated Beijing time always agrees. **"下周三同一时间"** uses
   the start time in the minutes' own 时间 line (8210). A day on one line and its time on the next is one
   follow-up (8216). "另行通知", "6月下旬，时间另定", "catch up again next week" → null.
10. **Owners**: a person in brackets after a unit owns the item ("客运部（付红梅）", "鼎晟（林佩君）"); 牵头/主责 owns,
    配合/会同-partner/support never owns or adds items. In the seed 跨部门协作事项跟踪表 the 责任人（发起方） owns and
    the 责任人（协作方） is support (8202, AMBIGUOUS). Only units, "各部门 / 各站 / 各飞防服务组织 / 双方 / Both teams /
    Owner: TBD" → owner null + no_owner, department = the unit when it is one of the organisation's (车辆部,
    供电部, Production), else null; "A会同B" gives A (8210, AMBIGUOUS). "我 / 【我】 / Me / I'll / 我来组织" = the
    sender. Titles, nicknames and English names go through roster aliases (龚工, 柯主任, 雷主管, 段老师, 来总, 寇总,
    杜工, 阿豪, Dr. Duan, Wilson …); the traditional-character form of a roster name is the same person
    (段文軒 = 段文轩, 賀嘉怡 = 贺嘉怡). A person writing from a personal mailbox (163/126) still gets the roster
    address for their items.
11. **Deadline flags**: 尽快 / ASAP / 待定 / 时间待定 / 时间再定 / TBD / "date TBD" → vague_due. No deadline at all,
    "未指定截止时间" and a pure condition ("once the re-test confirms TCA") → no_due.
12. **Minutes in attachments** (8214 .docx, 8224 PDF, 8236 .docx): the items are what a person reading the
    attachment records; the short body adds nothing. 8236's document uses European DD/MM throughout, so
    "8/5" is 8 May (AMBIGUOUS) and "24/04" is 24 April.
13. **AI-generated minutes** (飞书 智能纪要 8220, 钉钉 AI听记 8221, 腾讯会议 智能纪要 8219, Teams Copilot recap 8238):
    only the 待办 / 待办事项 / Follow-up tasks list counts; summaries, chapters, 发言人观点 and Notes that restate
    tasks are not items; a ☑ / [x] / 已完成 / Closed / Done row is status.
14. **Threads**: a forward's preface, even with its own deadline (8203 '本周三前…报综合办公室'), is not an item; in
    new minutes sent as a reply (8204 答复:, 8235 Re:) the quoted old message and its dates are history.
15. **Task text** is written in the language and script of the minutes (English tasks in English, 8227 in
    traditional characters); it may keep a project prefix from a table (8228). Scorers should match loosely.
16. **Kinds**: a person's reply about moving a meeting (8209), a plain request (8217) and a staff newsletter a
    person wrote without list headers (8226) are `other`; an out-of-office (8207), a dealer's bulk newsletter
    (8215) and an Exchange NDR for the bot's own recap (8233) are `auto`.

## Clients and encodings

Header sets imitate each client's usual output (Coremail's X-Mailer/X-Coremail-Locale and `----=_Part_` boundaries,
Outlook's Thread-Index and `----=_NextPart_000_` boundaries, Exchange Online's `_000_…eurp_` boundaries and UTC
Dates, Exmail/WeCom X-QQ-* headers, Foxmail X-GUID/X-Has-Attach, Apple `Apple-Mail=_` boundaries and
`Mime-Version: 1.0 (Mac OS X Mail …)`, Gmail `0000000000…` boundaries and `gmail_quote`, Thunderbird
`User-Agent` with format=flowed). Values such as Message-IDs, queue ids and Thread-Index are invented.
Charsets: UTF-8, GBK, gb2312 (only characters inside GB2312, so the label decodes strictly), gb18030, big5
(8227, with UTF-8 encoded words for names big5 cannot hold). GBK-only 垚 appears in 8205 under a GBK label.
Transfer encodings: base64, quoted-printable, 8bit (8226, 8228), 7bit. Text-only: 8207, 8208, 8219, 8228, 8234;
HTML-only: 8206, 8218; the rest multipart/alternative or multipart/mixed. Outlook/Exchange messages use CRLF
line ends, the others LF. Non-ASCII attachment names use RFC 2231 (`filename*=utf-8''…`); encoded words are
never inside quotes (both would be header defects under `email.policy.default`).

## Cases

| case | kind | client / encoding | gold | what it tests |
| --- | --- | --- | --- | --- |
"""


def render(cases):
    counts = {}
    for c in cases:
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
    count_s = ", ".join(f"{k} {counts[k]}" for k in ("minutes", "other", "auto") if k in counts)
    org_rows = []
    kinds = {"A": "state-owned enterprise (city metro operations)", "B": "farmers' co-operative (drone crop spraying)",
             "C": "private services company (translation and interpreting)",
             "D": "foreign-invested manufacturer (Portuguese-owned; English-speaking Portuguese and Chinese staff)"}
    for k in "ABCD":
        o = ORGS[k]
        org_rows.append(f"| {k} | {o['name']} ({o['en']}) | {kinds[k]} | `{o['domain']}` | `{o['bot']}` ({o['bot_name']}) |")
    out = HEAD.format(counts=f"{len(cases)} cases: {count_s}", orgs="\n".join(org_rows))
    for c in cases:
        enc = c["encoding"].replace("|", "/")
        out += (f"| {c['num']}-{c['slug']} | {c['kind']} | {c['client']}; {enc} | {c['summary']} | "
                f"{c['tests'].replace('|', '/')} |\n")
    return out
