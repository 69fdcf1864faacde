"""README.md for the set (rendered from the case definitions so the table never drifts from the gold)."""


HEAD = """# heldout53 — blind held-out set: minutes mails (and a few others) CC'd to minutebot

38 raw messages `NNNN-slug.eml` (cases 8101–8138, the bytes the receiving server stores, with its
Return-Path / Delivered-To / Received lines) and their gold answers `NNNN-slug.json`, plus `roster.csv`.
Counts: {counts}. Send dates are April–July 2026 in Asia/Shanghai, around Qingming (holiday Sat 04-04 .. Mon 04-06),
Labour Day (holiday Fri 05-01 .. Tue 05-05, make-up working day **Sat 05-09**) and Dragon Boat (holiday Fri 06-19 .. Sun 06-21,
no make-up day).

Everything is written by `make_heldout53.py` (helpers and cases in `gen53/`), deterministically (no clock, no randomness):

    /work/blind/venv/bin/python make_heldout53.py           # (re)write all files here
    /work/blind/venv/bin/python make_heldout53.py --check   # validate

`--check` re-parses every .eml with `email.policy.default` and fails on any message, part or header defect, on a text part
that does not decode strictly in its declared charset (or decodes with U+FFFD), and on a .docx/.pdf that does not open; it
checks that every file equals a fresh build and that the JSON is the generator's gold; it recomputes every gold due date and
follow-up date from the message's own `Date` header converted to Asia/Shanghai, with `chinesecalendar` for working days,
holidays and make-up days (each item carries the rule behind its date, e.g. `('workdays', 5)`, `('after_holiday', 'Labour Day')`,
`('next_wd', 2)`, `('hours', 4)`), and checks owners against the roster and every "M月D日（周X）" / "Tue Jun 9" weekday
written in a body or attachment.

The gold schema is the corpus README's, unchanged: `kind`, `items` (`owner_name`, `owner_email`, `department`, `task`,
`due_date`, `due_time`, `flags` ⊆ [no_owner, vague_due, no_due]), `next_followup` `{{date, time}}` or null, `reply` (always null
here), `notes`. Items are listed in the minutes' order; each `notes` says what the case tests and why the gold is what it is.
Where a call is debatable the note says AMBIGUOUS.

## Organisations (all invented; domains under example.*)

| organisation | kind | domain | bot address | mail clients used |
| --- | --- | --- | --- | --- |
| 甘孜县自然资源局 (Ganzi County Natural Resources Bureau, Sichuan) | county government office | `gzxzrj.example.gov.cn` | `minutes@gzxzrj.example.gov.cn` (纪要助手) | Coremail XT 政务邮箱 webmail, Foxmail, Outlook 2016, 网易邮箱大师, a personal 126 mailbox |
| 江西恒釉陶瓷有限公司 (Hengyou Ceramics, Fengcheng, Jiangxi) | private ceramic-tile exporter | `hengyou-tiles.example.cn` | `minutes@hengyou-tiles.example.cn` (纪要助手) | Tencent Exmail web, Foxmail, 企业微信 mail, 网易邮箱大师, Outlook 2019, a personal QQ mailbox |
| 沈阳安和康复医院 (Shenyang Anhe Rehabilitation Hospital) | private rehabilitation hospital | `anherehab.example.cn` | `minutes@anherehab.example.cn` (纪要助手) | 钉钉邮箱/阿里邮箱 (Alimail), Outlook for Mac, Outlook 2021, iPhone Mail, Apple Mail, Thunderbird, 网易邮箱大师 PC |
| 绿阳果业（广州）有限公司 Verde Sol Fruits (Guangzhou), Nansha | Mexican-owned avocado importer (English working language, some Spanish) | `verdesol.example.com` | `minutes@verdesol.example.com` (Minutes Bot) | Microsoft 365: Outlook desktop (en-US, zh-CN, zh-TW), Outlook on the web, Outlook for iOS; Apple Mail; Feishu/Lark mail client |

Outside partners who write or own items (in `roster.csv` with an empty department): 川西测绘地理信息有限公司 (周云飞, the
bureau's surveying contractor); Coastline Surfaces Pty Ltd, Brisbane (Liam O'Connor, Priya Nair — the tile maker's Australian
buyer, Gmail, +1000); 华航国际货代 (曾晓东, freight forwarder); Esmaltes Levante S.L., Castellón (Javier Morales — Spanish
digital-ink supplier, Thunderbird, +0200); 北京智步科技 (许浩然 — rehab-robot vendor, NetEase qiye mail); Empacadora San Juan,
Uruapan, Mexico (Sofía Ramírez — avocado packer, Gmail, -0600); 南沙丰泰报关行 (区伟强 / Ricky Au — customs broker).

`roster.csv` (`name,email,department,manager_email,aliases`) lists the staff of all four organisations and these outsiders.
Aliases carry titles (王工, 钱老师, 韦主管, 付总, 孟主任…), short names (拉姆, 曲珍, 小涂), English names (Simon Xiong, Rita, Ming,
Shirley Li…) and traditional-Chinese spellings (馮志明, 黎雪瑩, 蘇文傑). Verde Sol's departments are English (Operations, Logistics,
Quality, Sales, Finance, Marketing, Management); the others are Chinese. Each organisation runs its own bot address; `--roster
roster.csv` covers all four.

## Conventions applied beyond the corpus README (a scorer must know these)

The corpus README's conventions and the brief's (X前 = due on X; bare weekday = this week's if not past, today counts, else next
week's; 下周X = next calendar week; N个工作日内 from the day after sending; 今天下班前/EOD = send date, no time; 月底 = last day of the
month; 节后第一个工作日 = first working day after the holiday block; 牵头/主责 owns, 配合/协办/支持 never; a person in brackets after a
unit owns; done rows, decisions, standing rules, reports, chat restatements, AI summaries/chapters, quoted old minutes and
forwarder prefaces are not items; ①② sub-tasks are separate items; the same task for two owners is two items) apply throughout. In addition:

1. **Tracking table with two 责任人 columns** (seed 跨部门协作事项跟踪表, 8116): the row belongs to 责任人（发起方）; 责任人（协作方） is
   the supporting person and gets no item (AMBIGUOUS; by analogy with 配合).
2. **"同一时间" follow-ups** (8106, 8134): "下周三同一时间再碰一次" takes the meeting's own start time written in the same minutes.
3. **Follow-ups stated in a foreign zone** (8107, 8125, 8131): recorded in Asia/Shanghai; where the writer also gives the Beijing
   time that time is used (it always agrees with the conversion). The Shanghai date may be the next calendar day (8125).
4. **All relative deadlines resolve from the Date header in Asia/Shanghai**, also for writers abroad (8107 +1000, 8125 -0600,
   8131 +0200) and for Exchange's +0000 Date (8123, 8127-8130, 8133, 8137 — 8137's UTC date is the previous day). Cases were
   written so that the writer's local reading and the Shanghai reading agree, except where the note says otherwise.
5. **Forwarded minutes and minutes in attachments** (8103, 8137; 8111, 8119, 8135): the gold is what a person reads in the forwarded
   part or in the .docx/.pdf; relative dates there also resolve from the mail's own Date (chosen so the original date gives the same day).
6. **AI-generated minutes** (8109 腾讯会议, 8114 钉钉, 8126 飞书): only the 待办 list counts; a checked to-do (☑) is done; sentences like
   "X要求…" inside the AI summary are not items.
7. **明天下班前** = tomorrow's date, no time (like 今天下班前); **EOD Wednesday / EOD today** = that date, no time.
8. **本月X日前** = day X of the send month; **X月底（前）** and **end of June** = the last day of that month; **end of month** = last day of the send month.
9. **时间另约 / date TBD / no date yet** are treated like 待定: due null + vague_due (8120, 8131, 8137 — 8137 is marked AMBIGUOUS).
   A task with no deadline word at all, including a reporting cadence such as "每周通报进展", is no_due (8120, 8136).
10. **Owners that are neither one person nor one of our departments** — "各病区主任" (8136), "Both sides" (8125), "Levante technical team"
    (8131) — give owner null, no_owner, department null. A team of our own ("Finance team", 8128; "局办公室", 8104) gives the roster's
    department name (Finance, 办公室).
11. **Outside people** are roster entries with an empty department: owner_name is their roster name, owner_email their address, department null.
    An outside company with a person in brackets ("川西测绘地理信息有限公司（周云飞）") is owned by that person.
12. **Personal mailboxes** (8132 from 126, 8134 from QQ): owners still resolve to their roster (work) addresses.
13. **Traditional-Chinese minutes** (8133, big5): owners resolve through traditional aliases; the task text is kept as written.
14. **Hour deadlines** (8127 "4小时内"): due_time is the Date header time plus N hours, to the minute (seconds dropped).
15. **A 外部沟通跟进表 with several 下次沟通时间 cells** (8108): the one cell that holds a date is the follow-up; 待定 cells are ignored.
16. **Task text** is the deliverable as written, without owner, date, status or ticket decoration; parenthetical qualifiers are kept.
    Scorers should match tasks loosely (the text may differ in punctuation and in which qualifiers are kept).

## Clients and encodings

- Charsets: UTF-8, GBK (Coremail gov, 8101/8135), gb2312 (Foxmail 8102, Outlook 8104/8112 — only GB2312 characters under that label),
  gb18030 (Exmail/QQ 8109/8111/8113/8134), big5 (Outlook zh-TW 8133). Encoded-word display names and subjects in each.
- Transfer encodings: base64 (most Chinese clients), quoted-printable (Gmail, Outlook for Mac, Outlook en, Apple Mail, OWA, the
  HTML part of Outlook zh-CN/zh-TW, the EDM newsletter), 8bit (Thunderbird 8118 CRLF, Thunderbird 8131 format=flowed with LF line ends).
- Shapes: text-only (8104, 8113, 8117, 8118, 8131), HTML-only (8108 企业微信, 8114 钉钉, 8126 飞书, 8138 newsletter), multipart/alternative
  elsewhere; multipart/mixed with a .docx (8111, 8135; hand-built minimal OOXML with fixed zip timestamps) or a PDF (8119; reportlab,
  invariant=1, CID font STSong-Light); multipart/report DSN (8122). Attachment names use RFC 2231 (`filename*=`), because RFC 2047 words
  inside quoted parameters are a defect under `email.policy.default`.
- Quote/forward headers: Coremail "-----原始邮件----- / 发件人: / 发送时间: … (星期四)" (8103), Outlook zh-CN "发件人: / 发送时间: / 收件人: /
  抄送: / 主题:" (8112), OWA divRplyFwdMsg "From: / Sent: / To: / Subject:" (8137).
- Provider-specific headers (X-QQ-*, X-Alimail-AntiSpam, X-NTES-*, ARC/DKIM, X-MS-*) imitate the real clients; signatures are not valid.
  Free-mail domains are example-ised (`126.example.com`, `qq.example.com`, `qiye.163.example.com`).

## Cases

| case | kind | client / encoding | gold | what it tests |
| --- | --- | --- | --- | --- |
"""


def _short(d):
    return d[5:] if d else None


def gold_summary(c):
    g = c.gold()
    if c.kind != "minutes":
        return "no items, no follow-up"
    parts = []
    for it in g["items"]:
        who = it["owner_name"] or ("(%s)" % it["department"] if it["department"] else "(none)")
        due = _short(it["due_date"]) or "—"
        if it["due_time"]:
            due += " " + it["due_time"]
        fl = [f for f in it["flags"] if f != "no_owner"]
        parts.append("%s %s%s" % (who, due, (" " + "+".join(fl)) if fl else ""))
    nxt = g["next_followup"]
    n = "next %s%s" % (_short(nxt["date"]), " " + nxt["time"] if nxt["time"] else "") if nxt else "next —"
    return "%d: %s · %s" % (len(parts), "; ".join(parts), n)


def _cell(s):
    return s.replace("|", "\\|").replace("\n", " ")


def render(cases):
    counts = {}
    for c in cases:
        counts[c.kind] = counts.get(c.kind, 0) + 1
    cnt = ", ".join("%s %d" % (k, counts[k]) for k in ("minutes", "other", "auto") if k in counts)
    out = [HEAD.format(counts=cnt)]
    for c in cases:
        out.append("| %s | %s | %s | %s | %s |\n" % (c.name, c.kind, _cell(c.client), _cell(gold_summary(c)), _cell(c.tests)))
    return "".join(out)
