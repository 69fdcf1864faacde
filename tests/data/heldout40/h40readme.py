# -*- coding: utf-8 -*-
"""README.md of the heldout40 set, written from the case metadata so that the table cannot drift."""
from h40lib import ORGS, ROSTER

HEAD = """# heldout40: blind held-out set for minutebot (cases 6801-6838)

38 raw messages (`NNNN-slug.eml`, the bytes the bot's mail server stores, with Return-Path / Delivered-To / Received
added on receipt) and their gold (`NNNN-slug.json`), the roster (`roster.csv`) and the deterministic generator
(`make_heldout40.py` with `h40lib.py`, `h40gold.py`, `h40readme.py`, `h40_cases_[abcd].py`).

    /work/blind/venv/bin/python make_heldout40.py            # rewrite every file (no clock, no randomness)
    /work/blind/venv/bin/python make_heldout40.py --check    # re-parse and re-derive everything, see below

`--check` parses every .eml with `email.policy.default` and requires: no defects on any part or header, every text part
decoding strictly with its declared charset (one documented exception, 6802), the trace headers present, the .eml equal to a
fresh build, the JSON in the corpus README's schema, every item's task (or its recorded source phrase) present in the
message text or attachment, every owner either in the roster (name/department must then match it) or in From/To/Cc, and,
most importantly, every `due_date`/`due_time` and `next_followup` **recomputed from the message's own Date header in
Asia/Shanghai** with the rule stated for that item (chinesecalendar 1.11.0 for working days and holidays; weekday claims
such as '6月5日（周五）' are verified too).

Counts: **minutes {minutes}, other {other}, auto {auto}** (no replies in this set). About a third of the minutes are
plain, common mail (for example 6801, 6807, 6809, 6814, 6821, 6822, 6826, 6832, 6837, 6838); the rest add one or
two difficulties each. All send dates are between 2026-04-02 and 2026-07-22 and cover the weeks around Qingming (04-04..04-06),
Labour Day (05-01..05-05, make-up working day Sat 05-09) and Dragon Boat (06-19..06-21, no make-up day).

## Organisations

| org | kind | domain | bot address (display name) | departments in the roster |
| --- | --- | --- | --- | --- |
{orgs}

Partners who write mail (outsiders in the roster, department and manager empty): 章海涛 (襄阳清源环境服务有限公司,
street-cleaning contractor of A, a personal 126.com mailbox), Emma Lindqvist and Oskar Berg (Fjällgård Outdoor AB,
Stockholm, B's buyer), 彭磊 (海宁锦纬纺织, B's fabric mill), 林佩君 (鼎昌拉鍊股份有限公司, Taiwan, B's zipper supplier),
闫蕾 (劲跃饮品, C's sponsor), Minji Kim (Keyforge Gear, Seoul, C's peripherals sponsor), Alessandro Galli (Brivio S.p.A.,
Brescia, D's parent company), Sabine Krause (Heizwerk Thermotechnik GmbH, Würzburg, D's supplier). People who appear as
owners but never write are deliberately **not** in the roster: Daniel Cho (Keyforge, in Cc), Jonas Weber (Heizwerk, in
Cc), 张志豪 written 張志豪 (鼎昌 QA), 李强 and 王凯 (team leaders of a 环卫所).

One `roster.csv` serves all four organisations (each runs its own bot address; a scorer passes the one roster to
`minutebot parse --roster`). Names and aliases are unique across the file (the checker verifies it).

## Conventions applied beyond the corpus README (a scorer must know these)

Everything in `/work/shared/corpus/README.md` and SPEC section 5 applies. In addition:

1. **Date anchor.** Every phrase resolves against the Date header converted to Asia/Shanghai (cases with +0200, +0900 and
   +0000 Date headers: 6810, 6819, 6827, 6828, 6829, 6830, 6832, 6834, 6836). 'EOD', 'EOD today', 'today', '今天下班前'
   = the Shanghai send date, no time.
2. **Weekdays.** A bare weekday ('周一', 'by Thursday', 'Due: Thursday') = this week's if not yet past (on or after the send
   date), else next week's; '下周X' and English 'next <weekday>' = weekday X of the following calendar week (weeks start
   Monday). No case puts a bare weekday on the send day itself. In 6829 'next Friday' (sent on a Wednesday) therefore gives
   the following week's Friday, which is a holiday; the note marks it AMBIGUOUS.
3. **Written dates are never shifted** off weekends or holidays (2026-05-09 make-up Saturday, 2026-05-31 Sunday,
   2026-06-19 Dragon Boat all stay as written). '月底', '本月底前', '4月底前', '5月底前', '6月底前', 'end of month',
   'end of July' = the last day of that month.
4. **Numeric dates.** Chinese writers' M/D ('5/22', '7/17（五）') and European writers' D/M ('by 17/04', 'Tuesday 14/4',
   '28.05.') are read the way the writer's convention and the day number make unambiguous.
5. **Working days** ('N个工作日内', 'within 3 working days', '3 working days', '2個工作日內') are counted from the day after
   sending with the official calendar, make-up days included; '节后第一个工作日' / 'first working day after the May Day
   holiday' = the first working day after the next (or the current, if the mail is sent during it) block of that holiday.
6. **Hours.** '4小时内' = the Date header instant + 4 h, giving due_time.
7. **Next meeting.** Times given in a foreign zone with a Beijing equivalent ('09:00 CEST (15:00 Beijing)', '9:00 Italian
   time (15:00 in Suzhou)', '17:00 Seoul / 16:00 Shanghai') are recorded in Shanghai time. '下周X同一时间' takes the start
   time stated in the same minutes (会议时间). A date on one line and the time on the next is one follow-up. 'TBC',
   '另行通知', 'no follow-up meeting' and a date without a meeting ('next week's walk') -> null. A meeting time inside a
   quoted notice (6806) or in mail that is not minutes (6825) is not a follow-up.
8. **Owners.** 牵头/主责 own; 配合/协办/协助/协作方 never do. In the seed 跨部门协作事项跟踪表 with two 责任人 columns the
   发起方 column owns (6803, marked AMBIGUOUS). 'X、Y' in one 主责 cell = the same task for two owners = two items (6820).
   '我' / 'I' / 'Owner: Minji Kim' (the writer) = the sender. A unit with a person in brackets or a person '具体承办' =
   that person. A unit alone (including the bureau's subordinate units 樊城区环卫所/襄城区环卫所/固废处置中心 and D's
   'EHS team') -> owner null, no_owner, department = that unit. Joint work ('双方', '由局计划财务科与我方商务部对接') ->
   no_owner, department = the organisation's own unit named (6805, AMBIGUOUS). 'TBD (Yonglun side)' names no unit ->
   department null.
9. **Names.** Titles, nicknames and English names go through roster aliases (鲁科长, 钱老师, 仓储主管韦志远, 冯教练, 贺总,
   Jessica Yu, Helen Zhu, Tina, Fred, Kevin...). Traditional-Chinese spellings of roster people map to the canonical
   simplified roster name (董麗 -> 董丽, 孫曉波 -> 孙晓波); owners outside both the roster and the headers keep the name as
   written (張志豪 in traditional form), with email and department null.
10. **Due flags.** '尽快', 'ASAP', '待定', 'TBD', 'tbc', '具体时间另行商定', 'after validation (TBD)' -> vague_due;
    no deadline at all, 'no deadline, when he has the data', or a condition without a date ('收貨後…') -> no_due.
11. **Event-relative deadlines** ('活动前一天' with the event date stated in the same minutes) are computed (6820, AMBIGUOUS
    for a parser, which may leave it undated).
12. **Not items** (besides the corpus list): the 待办-less parts of AI minutes (飞书 智能纪要, 钉钉AI听记, 腾讯会议 智能纪要:
    only 待办/待办事项 counts), chat logs pasted under a cleaned list, a line the writer explicitly leaves out ('先不列'),
    '- [x]' lines, 'Closed'/'已完成' rows, 'No action' lines, remarks/备注 columns and lines, auditor requirements
    ('需在30天内提交整改证据'), standing rules ('遇突发情况1小时内报局办公室', '已执行'), and the forwarder's preface.
13. **Attachments.** Minutes that live only in a .docx or PDF attachment (6804, 6815, 6831) are read as a human reading the
    document would; the body is only a covering note.
14. **Task text** is the deliverable as written, in the mail's language (English tasks for English minutes, traditional
    characters for the Big5 mail); for tracking tables it is the row's 事项/问题描述. Scorers should match loosely.
15. **Kinds.** A person-written all-staff newsletter (6824), a scheduling discussion with the bot left in Cc (6825) and a
    one-to-one request (6833) are `other`. A system notification with Auto-Submitted/Precedence: bulk (6835), an
    out-of-office (6836) and an NDR (6834) are `auto`.

## Clients and encodings

* The generator assembles each MIME tree itself (header order, folding, boundaries and Message-ID styles of each client)
  with the standard library's encoders (`email.base64mime`, `quopri`, RFC 2047/2231 words) and re-reads every message
  with the `email` package (`email.policy.default`) to take its Date and to check it.
* Header names are RFC 2047 encoded in the client's charset (GBK, gb2312, gb18030, big5, UTF-8; B and Q).
* 6802 is labelled `charset="gb2312"` but contains the GBK-only character 玥 (as Outlook does): decode as GBK/GB18030.
  It is the only case where `--check` allows a GB18030 fallback.
* Attachment names use RFC 2231 (`name*=`/`filename*=`, continued); the RFC 2047-inside-quotes form that Foxmail and
  Outlook also write is avoided only because Python's parser records it as a defect and the set must parse defect-free.
* Files are stored with LF line ends, except 6827 (CRLF, as some IMAP stores keep it). Windows clients' base64 bodies
  carry CRLF text inside; 6828 is 8bit UTF-8 `format=flowed` with soft line breaks (trailing spaces).
* Single-part HTML: 6803 (WPS table pasted into Coremail), 6830 (OWA). Plain text only: 6802, 6809, 6822, 6828, 6838.
  Attachments: .docx (6804, 6831, built with python-docx, fixed zip timestamps), PDF (6815, reportlab `invariant=1`,
  STSong-Light CID font, extractable with pypdf).

## Cases

| case | kind | client / encoding | gold summary | what it tests |
| --- | --- | --- | --- | --- |
"""


def readme(cases):
    kinds = {"minutes": 0, "other": 0, "auto": 0}
    for c in cases:
        kinds[c.kind] += 1
    depts = {}
    for r in ROSTER:
        if r[5] in "ABCD" and r[2]:
            depts.setdefault(r[5], [])
            if r[2] not in depts[r[5]]:
                depts[r[5]].append(r[2])
    orgs = "\n".join(f"| {k} {o['name']} | {o['kind']} | `{o['domain']}` | `{o['bot']}` ({o['bot_name']}) | "
                     f"{', '.join(depts[k])} |" for k, o in ORGS.items())
    out = HEAD.format(orgs=orgs, **kinds)
    for c in sorted(cases, key=lambda c: c.num):
        cell = lambda s: s.replace("|", "\\|")
        out += (f"| {c.stem} | {c.kind} | {cell(c.client)}; {cell(c.enc)} | {cell(c.summary)} | {cell(c.tests)} |\n")
    return out
