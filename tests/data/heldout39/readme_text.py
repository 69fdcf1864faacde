"""README.md for heldout39, generated from the case list."""

HEAD = """# heldout39 — blind held-out set for minutebot (cases 6701–6738)

38 raw messages (`NNNN-slug.eml`, the bytes the receiving server stores, with `Return-Path`, `Delivered-To` and
`Received` on top) and their gold answers (`NNNN-slug.json`, the corpus README's flat schema), the roster the bot is
given (`roster.csv`) and the generator (`make_heldout39.py` with `hl_lib.py`, `cases_1.py`…`cases_4.py`,
`readme_text.py`).

Counts: **minutes {minutes}, other {other}, auto {auto}** (no replies in this set).

```
/work/blind/venv/bin/python make_heldout39.py            # rewrite every file in this folder
/work/blind/venv/bin/python make_heldout39.py --check    # verify (exit 0 = OK)
```
`--check` re-parses every .eml with `email.policy.default` (no defects on any part or header, every text part decodes
strictly with its declared charset — `gb2312` is read as GBK, as every mail client does), reads the .docx/.pdf
attachments, recomputes every gold date and time from the message's own `Date` header converted to Asia/Shanghai with
`chinesecalendar` 1.11 (rules kept per item in the generator: absolute date, bare weekday, 本周X, 下周X, N个工作日内,
month end, first working day after / last working day before a holiday block, today, tomorrow), checks owners
against `roster.csv`, checks that every gold task text occurs in the message or its attachment, and checks that the
files on disk are byte-for-byte what the generator writes. The generator reads no clock and uses no randomness
(IDs and boundaries are hashes of fixed strings; the .docx zip entries get fixed timestamps; the PDF is written by
reportlab with `invariant=1`).

## Calendar used (2026, Asia/Shanghai)
- Qingming: Sat 04-04 – Mon 04-06 off (no make-up day).
- Labour Day: Fri 05-01 – Tue 05-05 off; **Sat 05-09 is a make-up working day**.
- Dragon Boat: Fri 06-19 – Sun 06-21 off (no make-up day).
All messages are sent between 2026-04-02 and 2026-07-15 (Shanghai time); every gold date is in 2026.

## Organisations (all invented; the domains are example domains)
| code | organisation | kind | domain | bot address | mail system seen |
| --- | --- | --- | --- | --- | --- |
| A | 国网铅山县供电公司 (state-grid county power-supply branch, Yanshan county, Shangrao, Jiangxi) | SOE | `qsgd.example.cn` | `minutes@qsgd.example.cn` (纪要助手) | Coremail server; Outlook zh-CN, Foxmail, Coremail webmail |
| B | 浙江海澄药业股份有限公司 (API / 原料药 maker, Taizhou, Zhejiang) | private manufacturer | `haicheng-pharm.example.cn` | `minutes@haicheng-pharm.example.cn` (纪要助手) | Alibaba Mail + DingTalk; Alimail web, DingTalk mail, Outlook, Outlook for Mac, Thunderbird, 网易邮箱大师 |
| C | 三亚椰栖科技有限公司 CocoNest (holiday-rental start-up, Sanya, Hainan) | internet / services | `coconest.example.com` | `minutes@coconest.example.com` (纪要助手) | Feishu (Lark) mail; iPhone Mail, Apple Mail |
| D | 莱茵谷精密轴承（常熟）有限公司 Rheintal Precision Bearings (Changshu), owned by Rheintal Präzisionslager AG, Winterthur | Swiss-owned plant, English-speaking | `rheintal-bearings.example.com` (group tenant, HQ staff too) | `minutes@rheintal-bearings.example.com` (Minutes Bot) | Microsoft 365: Outlook en-US/zh-CN/zh-TW, OWA, iPhone, Apple Mail (HQ) |

Outsiders who write or own items (in `roster.csv` with an empty department, so their gold department is null):
方志勇 (铅山县工业园区管委会), 胡德明 (customer 江西铅锋新材料), Marieke de Vries and Pieter Bakker (Dutch customer
Noordhaven Generics B.V., Gmail), Kim Minji (Korean travel agency Haneul Travel, Microsoft 365, KST), 邓春梅 (cleaning
contractor 三亚洁屋家政, WeCom mail + 腾讯会议), Jörg Hansen (German customer Voss Antriebstechnik, Thunderbird, Latin-1),
陈国华 (a landlord, QQ Mail) and 吴晓洁 (secretary of a homestay association, 163.com).

## Conventions applied beyond the corpus README (a scorer must know these)
1. **One roster, four bots.** Each organisation runs its own bot address (`minutes@<its domain>`); `roster.csv` covers all
   four organisations plus the outsiders above. Canonical `owner_name` is the roster name (Chinese for Chinese staff,
   even when the mail writes `Vincent`, `Lily`, `Grace`, `@jason`, or Traditional characters), `department` is the roster
   department (English names for D), null for outsiders. Alias collisions were avoided (`Jason` = 黄子轩 only).
2. **Foreign time zones.** Relative deadlines resolve against the `Date` header converted to Asia/Shanghai, also for
   writers abroad: 6730 (+0000 23:48 → next morning, so "tomorrow" is Thursday), 6731 (+0200 evening → already
   Labour Day in Shanghai), 6713, 6724, 6733. A next meeting given as "10:00 CEST (16:00 Beijing)" takes the Beijing
   time; given only in a foreign zone it is converted (6733: 10:00 CEST → 16:00).
3. **Dates on rest days are kept as written.** "by Friday" that lands on Labour Day (6713 → 05-01), "by Monday" on a
   Chinese holiday for a Swiss owner (6731 → 05-04), 4月18日 on a Saturday (6711), 本月底 on a Sunday (05-31): no shifting.
4. **Holiday-relative words.** 节后第一个工作日 / "first working day after the holiday" = first working day after the
   next holiday block on or after the send date (6701 → 04-07, 6704 → 05-06, 6718/6734 → 06-22, 6723 → 05-06).
   X节前 / 端午前 = the last working day before that block (6726 → 06-18).
5. **N个工作日内 / "within N working days"** counts Chinese working days from the day after the Shanghai send date,
   also when the send date itself is a holiday (6731) or a make-up Saturday (6714); the 05-09 make-up Saturday counts (6704).
6. **"同一时间" next meetings** (下周二同一时间, 下周三同一时间再碰一次, 下周四同一时间（下午2点）) take the start time of the
   meeting stated in the same minutes (6710 09:30, 6732 14:00, 6717 14:00).
7. **Next meeting without a clock time**: a date with only 上午/下午 gives `time: null` (6726); a date on one line and
   its time on the next is one follow-up (6716). "另行通知", "6月下旬…具体时间另行通知" and proposals under discussion
   give null.
8. **Lead/support in one cell or phrase**: `A/B` under a 主责/配合 header, `X (lead) / Y (support)`, `X（牵头）、Y`,
   `X（Y配合）`, `主责：X；配合：Y`, "张总牵头，…配合" — only the lead is the owner; no item for the supporter.
9. **Tracking tables** (跨部门协作事项跟踪表): the owner is 责任人（发起方）; 责任人（协作方） is support. The due date is
   计划完成时间; a 延期 row keeps its current plan date; 已完成/Closed rows are skipped.
10. **Owners that are not one person**: one of our departments or teams (营销部, 河口供电所, EHS部, Supply Chain (TBD),
    Maintenance班组, Production) → `owner_name` null, `department` = the roster department, `no_owner`. Several units
    (各供电所), another company (洁屋, "Rheintal" in a customer's minutes) or "Both sides" → department null too.
11. **AI-generated minutes** (飞书妙记, 钉钉AI听记, 腾讯会议 智能纪要): only the 待办 section counts; a 待办 with no
    assignee is an item with `no_owner` (and `no_due` when it has no date either). Summaries, chapters and
    关键决策 are never items even when they restate a task.
12. **Minutes in attachments** (.docx 6705/6735, PDF 6715): the cover note has no items; the gold is what a person reading
    the attachment records, with relative dates resolved against the mail's `Date` (chosen so the meeting date gives the same result).
13. **Sub-items and shared items**: ①② under one owner (6711 in one table row, 6729 under 龙哥（我）) are separate items;
    "晓菲、嘉欣：各自…" gives the same task to two owners → two items (6729). Items appear in the minutes' order; in
    minutes grouped by person (6716) that is the order of the mail.
14. **一是/二是**: under 会议要求 (6701) they are standing rules; under 本周工作部署 with a named owner and date (6702)
    they are items; a 一是-style line that only sets a rule (五是…严禁无票作业) is not.
15. **Forwarded minutes** (6708) and **new minutes as RE:** (6706): kind minutes; relative dates resolve against the
    message's own `Date` (both anchors agree in these cases); the forwarder's preface and quoted old minutes give no items.
16. **Task text** is the deliverable in the writer's language; Traditional characters are kept (6738); en dashes in
    English tasks are written as ASCII hyphens in the gold. Scorers should match task text loosely.
17. **kind other vs auto**: a newsletter written and sent by a person with no list/auto headers is `other` (6727); a
    machine notification with `Auto-Submitted`/`Precedence: bulk`/`List-Unsubscribe` is `auto` (6728), as are the
    out-of-office reply (6720) and the Exchange NDR (6737).
18. **Header charsets**: in gb2312 Outlook mail, a display name with a GBK-only character (柯珺) is written as a UTF-8
    encoded word, while the body keeps GBK bytes under the gb2312 label (6701), as Outlook does. Encoded words are
    never put inside quotes (so `email.policy.default` reports no defects); attachment names use RFC 2231.

## Clients and encodings
| case | client | MIME / charset / transfer encoding |
| --- | --- | --- |
"""

TABLE_HEAD = """
## Cases
| case | kind | gold summary | what it tests |
| --- | --- | --- | --- |
"""


def _short(d):
    return d[5:] if d else None


def summary(case):
    g = case.gold()
    if case.kind != 'minutes':
        return 'no items, no follow-up'
    parts = []
    for it in g['items']:
        who = it['owner_name'] or ('(%s)' % it['department'] if it['department'] else '(nobody)')
        due = _short(it['due_date']) or ('vague' if 'vague_due' in it['flags'] else 'no date')
        if it['due_time']:
            due += ' ' + it['due_time']
        parts.append('%s %s' % (who, due))
    nf = g['next_followup']
    nxt = ('next %s%s' % (_short(nf['date']), (' ' + nf['time']) if nf['time'] else '')) if nf else 'no next'
    return '%d items: %s; %s' % (len(parts), '; '.join(parts), nxt)


def readme(cases):
    counts = {'minutes': 0, 'other': 0, 'auto': 0}
    for c in cases:
        counts[c.kind] += 1
    out = HEAD.format(**counts)
    for c in cases:
        out += '| %d | %s | %s |\n' % (c.num, c.client, c.enc.replace('|', '/'))
    out += TABLE_HEAD
    for c in cases:
        out += '| %s | %s | %s | %s |\n' % (c.name, c.kind, summary(c).replace('|', '/'), c.what.replace('|', '/'))
    out += ('\nEach case\'s `notes` in its .json gives the reasoning for every date and owner; AMBIGUOUS marks the gold '
            'choices a careful human might make differently (6704 item 3, 6705 item 4, 6718 item 3).\n')
    return out
