# -*- coding: utf-8 -*-
"""README.md of the blind set replies36 (generated, so that it always matches the cases)."""
from r36lib import MEETINGS, PEOPLE, objection_cutoff

HEAD = """# Blind set "replies36": 50 replies to minutebot's recaps (cases 6451–6500)

Written from scratch by `make_replies36.py` (helpers in `r36lib.py`, mail clients in `r36clients.py`, cases in
`r36cases_a.py` / `r36cases_b.py` / `r36cases_c.py`, this README from `r36readme.py`). Deterministic: no clock, no
randomness; the one PDF is built by reportlab with `invariant=1`.

    /work/blind/venv/bin/python make_replies36.py           # rewrite every .eml/.json, roster.csv, README.md
    /work/blind/venv/bin/python make_replies36.py --check   # re-verify (see "Check" below)

Each case is `NNNN-slug.eml` (raw bytes as the receiving server stores them: Return-Path, Delivered-To and Received
on top) plus `NNNN-slug.json` (gold in the corpus schema: `kind`, `items` [] , `next_followup` null, `reply`,
`notes`). `roster.csv` lists the staff of both organisations and the outsiders who write.

Counts: {counts}.

## Organisations (all invented)

| organisation | domain | mail system | role |
| --- | --- | --- | --- |
| 开封市汴京城市博物馆 (Kaifeng Bianjing City Museum, a municipal museum) | kfmuseum.example.cn | Coremail XT5 on premises (webmail + SMTP for Outlook/Foxmail/Thunderbird/phones) | runs minutebot: `纪要助手 <minutes@kfmuseum.example.cn>` |
| 临沂鲁南国际物流园 (Linyi Lunan International Logistics Park) | lnlp.example.cn | own Postfix/Dovecot (`mx.lnlp.example.cn`); staff use Foxmail, Outlook, Apple Mail, Huawei Email, Mail Master, QQ Mail (web “send as”, and the app) | runs minutebot: `纪要助手 <minutes@lnlp.example.cn>` |
| Saptarishi Infotech Pvt. Ltd. (Pune, India) — IT services partner of the park | saptarishi.example.com | Microsoft 365 (India region), Outlook, Outlook for iOS, Thunderbird; Gmail (Workspace) for one engineer | WMS / yard-app vendor, writes English |
| Kranich Fördertechnik GmbH (Dortmund) — AGV vendor of the park | kranich-ft.example.com | Microsoft 365, Outlook with German UI | writes English in a German client |
| 木樨展示設計有限公司 (Taipei) — exhibition designer of the museum | muxi-design.example.com.tw | own SMTP via HiNet; Outlook 2016 zh-TW (Big5 forced), Apple Mail zh-TW | writes Traditional Chinese (Taiwan) |
| Harbour Fine Art Logistics Ltd. (Hong Kong) — art shipper for a loan | harbourfineart.example.com.hk | Microsoft 365; Outlook for Mac, iPhone | writes Traditional Chinese (Hong Kong) |
| 沂蒙快运 (Linyi carrier) | ymkuaiyun.example.cn | DingTalk mail (Alimail), HTML only | owner of one park item |
| 云仓优选（临沂）供应链有限公司 (park tenant) | yuncangyx.example.cn | Feishu mail | owner of one park item |

Every reply is addressed `To: 纪要助手 <minutes+r<16 hex>@DOMAIN>` (the signed reply address of its meeting, listed
below), has `In-Reply-To:` = the recap's Message-ID and `References:` = minutes Message-ID + recap Message-ID, and
Cc's some participants. The recap itself is not a case; it appears only inside the replies' quotes, exactly as each
client quotes it (in the sender's time zone).

## The meetings and their recaps (rows a scorer matches named tasks against)

"""

CONVENTIONS = """
## Conventions applied beyond the corpus README and the brief

1. **Content match.** A reply that names its task without a number has `reply.items: []`; its notes say
   `content-match [N]` (the sender's only open item of that meeting whose words match: 6454 → [3], 6493 → [1]; both
   senders own two items of their meeting). Ambiguous replies (no number, no task words, sender owns two items:
   6483, 6488) keep the intent written (and the date, for extend), `items: []`, and their notes say AMBIGUOUS and
   “no content-match”.
2. **Date rules are resolved on the Shanghai date** of the reply's own `Date:` header. 6497 is dated Sunday 22:15
   +0530 = Monday 00:45 in Shanghai, so 'next Tuesday' is the Tuesday of the week after that Monday (2026-07-07).
3. **'next Tuesday' written on a Tuesday** (6467) is the Tuesday of the following calendar week (+7 days), as
   '下周X' is.
4. **'X号' / 'the Nth' already past this month** rolls to that day of next month (6490: '10号' on 07-17 → 08-10). On
   or after today it stays in the current month (6482, 6466).
5. **'顺延N个工作日' / 'N个工作日'** counts Chinese working days from the day after sending (6462, sent on the item's
   due date, so counting from the due date gives the same day: 2026-05-09, the Labour Day make-up Saturday).
6. **'节后第一个工作日'** = the first working day after the next statutory-holiday block on or after the send date
   (6460: Labour Day 05-01..05-05 → 05-06).
7. **'two more days'** = the item's current due date + 2 calendar days (6470: 05-19 → 05-21); weekends not skipped.
8. **Percents in words:** 七成 = 70, 一半 = 50, 約六成 = 60 (Traditional, 約 = about), 'about 60%' = 60,
   'roughly 75%' = 75, '约70%' = 70. Counts beside a percent ('86条…中的60条', '412 of 430', 'about a third',
   '~18,000 rows') are never used as the percent.
9. **'已完成' inside a progress phrase** ('已完成約六成') is progress, not done.
10. **Confirm keeps written numbers** ('第6项…确认', '第3、6项确认' → items [6], [3, 6]; corpus 035), and a confirm
    that restates the due date ('6月18日前可以出样') stays confirm.
11. **Plans earlier than or equal to the due date** ('5号前发群里', '周五前先出个初稿', 'finish by May 22 as
    planned', 'should still make Friday') and facts ('已于4月29日…发出', '已于6月16日寄出', 'signed … on Friday')
    never make an extend (brief convention 7).
12. **Organizer FYI** about someone else's item with no status change ('沟通过了，他们在排车', 6464) is `unknown`
    with the written number; it is not `done`.
13. **Inline answer under a quoted row** (6458) takes the number of the row right above the answer. **Text typed on
    the attribution line** (6492: '…就推送。纪要助手 <…> 于…写道：') is the reply's text; only the attribution part
    is quote.
14. **Places that look like items** ('3号库', 'Gate 2', '二号门') are not item references.
15. **Auto mail**: an out-of-office that ignores the bot's `X-Auto-Response-Suppress` (Coremail, 6487) and a Postfix
    *delay* DSN (“Delayed Mail (still being retried)”, 6498) are `kind: auto`, `reply: null`.
16. **Roster outsiders** (partners who write) have empty `department` and `manager_email`; their aliases include the
    simplified/traditional variant and the English name (黃嘉欣;黄嘉欣;Karen Wong).

## Clients, charsets and encodings

- Outlook desktop zh-CN (`答复: Re:`; `发件人:/发送时间:/收件人:/抄送:/主题:`), **zh-TW** (`回覆:`; `寄件者:/寄件日期:/
  收件者:/副本:/主旨:`), **en** M365 (`RE:`; `____` line + `From:/Sent:/To:/Cc:/Subject:`), **de** M365 (`AW: Re:`;
  `Von:/Gesendet:/An:/Cc:/Betreff:`); Outlook for Mac (`From:/Date: Wednesday, 10 June 2026 at 3:20 PM`); Outlook for
  iOS (`Get Outlook for iOS`).
- Gmail web and Gmail app ('On Tue, May 12, 2026 at 1:35 PM 纪要助手 <…> wrote:' / '纪要助手 <…> 于2026年7月6日周一
  18:40写道：'), Apple Mail iPhone/iPad/macOS zh-CN and zh-TW/HK ('> 在 …，纪要助手 <…> 写道：', '> 於 … 寫道：',
  '发自我的iPhone', '发自我的iPad', '從我的 iPhone 傳送'), Thunderbird zh-CN and en-IN (plain text, format=flowed;
  top, bottom and inline posting).
- Coremail webmail (`Re:Re:`, `-----原始邮件-----`), Foxmail (account-address signature, `发件人：` block with
  full-width colons), QQ Mail web/app (`------------------ 原始邮件 ------------------`), NetEase Mail Master
  (`---- 回复的原邮件 ----` + `| 发件人 | … |` rows), Huawei Email (`-------- 原始邮件 --------`, '发自我的华为手机'),
  DingTalk/Alimail (HTML only), Feishu mail.
- Charsets: UTF-8, GBK (Foxmail), **gb2312 label carrying GBK text** (Outlook; 6486 contains 翀 which GB2312 lacks —
  decode gb2312 labels as GBK), gb18030 (QQ Mail), **Big5** (6453: Outlook zh-TW with Big5 forced; the simplified
  characters of the quoted recap, the To display name and the subject have no Big5 code and were written as '?',
  numeric character references in the HTML part — this is how such mail really arrives).
- Transfer encodings: base64, quoted-printable, 8bit. Structures: text/plain only (Thunderbird, the OOO),
  text/html only (DingTalk 6461, Coremail mobile web 6489), multipart/alternative, multipart/mixed with a PDF
  (6475) or PNG (6478), multipart/report (6498).
- Time zones: +0800, +0530 (India), +0200 (Germany, summer). Quote headers show the recap time in the sender's zone.

## Check

`--check` re-parses every .eml with `email.policy.default` (no defects on any part or header; every text part
decodes strictly with its declared charset, gb2312 read as GBK), rebuilds every file and compares bytes, checks
In-Reply-To/To against the meeting, and recomputes every `new_due_date` from the message's own `Date` header
converted to Asia/Shanghai with `chinesecalendar` (working days, holidays, make-up days), comparing with the gold,
with the hand-written date in the case and with the date stated in `notes`. It also recomputes each recap's
objection cut-off (today 18:00; after 18:00 or on a non-working day the next working day 18:00).

## Cases

| case | kind | intent | gold | what it tests |
| --- | --- | --- | --- | --- |
"""


def gold_summary(g):
    if g["kind"] == "auto":
        return "auto, reply null"
    r = g["reply"]
    s = "%s %s" % (r["intent"], r["items"])
    if r["percent"] is not None:
        s += ", %d%%" % r["percent"]
    if r["new_due_date"]:
        s += " → %s" % r["new_due_date"]
    if "content-match [" in g["notes"]:
        i = g["notes"].index("content-match [")
        s += ", " + g["notes"][i:g["notes"].index("]", i) + 1]
    if g["notes"].startswith("AMBIGUOUS"):
        s += " (AMBIGUOUS)"
    return s


def readme(cases, gold):
    counts = {}
    for c in cases:
        g = gold(c)
        k = "auto" if g["kind"] == "auto" else g["reply"]["intent"]
        counts[k] = counts.get(k, 0) + 1
    order = ["done", "extend", "progress", "confirm", "object", "unknown", "auto"]
    cs = "%d cases — reply %d (%s), auto %d" % (
        len(cases), len(cases) - counts.get("auto", 0),
        ", ".join("%s %d" % (k, counts[k]) for k in order[:-1] if k in counts), counts.get("auto", 0))
    out = [HEAD.replace("{counts}", cs)]
    for m in MEETINGS.values():
        org = PEOPLE[m["organizer"]]
        cut = objection_cutoff(m["recap_at"])
        out.append("### %s — %s\n" % (m["id"], m["subject"]))
        out.append("- organizer: %s <%s>; language of the recap: %s" % (org.name, org.email, m["lang"]))
        out.append("- minutes Message-ID `%s`; recap Message-ID `%s`" % (m["minutes_mid"], m["recap_mid"]))
        out.append("- recap sent %s (Asia/Shanghai); objection cut-off %s; signed reply address `%s`" % (
            m["recap_at"].strftime("%Y-%m-%d %a %H:%M"), cut.strftime("%Y-%m-%d %H:%M"), m["reply_addr"]))
        out.append("- recap To: %s; Cc: %s\n" % ("、".join(PEOPLE[k].name for k in m["to"]),
                                                 "、".join(PEOPLE[k].name for k in m["cc"])))
        out.append("| # | task | owner | owner email | due |")
        out.append("| --- | --- | --- | --- | --- |")
        for n, task, o, due in m["items"]:
            out.append("| %d | %s | %s | %s | %s |" % (n, task, PEOPLE[o].name, PEOPLE[o].email, due))
        out.append("")
    out.append(CONVENTIONS.rstrip("\n"))
    for c in cases:
        g = gold(c)
        kind = g["kind"]
        intent = "—" if kind == "auto" else g["reply"]["intent"]
        out.append("| %d-%s | %s | %s | %s | %s |" % (c["n"], c["slug"], kind, intent, gold_summary(g),
                                                    c["tests"].replace("|", "\\|")))
    out.append("")
    return "\n".join(out)
