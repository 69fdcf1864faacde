# -*- coding: utf-8 -*-
"""README.md for the replies37 set (written by make_replies37.py)."""
import rlib
from rlib import MEETINGS, P

INTRO = """# Blind set `replies37`: 50 replies to minutebot's recaps (cases 6751-6800)

Replies people send to the recap mail of minutebot (SPEC 6.1 and 6.3): `NNNN-slug.eml` (the raw bytes the
receiving server stored, with Return-Path/Delivered-To/Received) plus `NNNN-slug.json` (gold, schema of
`/work/shared/corpus/README.md`), `roster.csv` and this README. Everything is written by `make_replies37.py`
(helpers in `rlib.py`, cases in `cases_a.py`/`cases_b.py`/`cases_c.py`, this page from `readme37.py`);
`python3 make_replies37.py --check` re-parses every message with `email.policy.default` (no defects, every text
part decodes) and recomputes every gold date from the message's own `Date` header in Asia/Shanghai with
`chinesecalendar`. The generator reads no clock and uses no randomness.

Counts: reply 48 (done 15, extend 12, progress 8, confirm 5, object 4, unknown 4), auto 2. All dates are in 2026:
Qingming 04-04..04-06 (no make-up day), Labour Day 05-01..05-05 (make-up working day Sat 05-09), Dragon Boat
06-19..06-21 (no make-up day).

## Organisations

| organisation | what | domain | mail system as seen in the headers |
| --- | --- | --- | --- |
| 宛丰牧业集团 (Wanfeng Agri-Husbandry Group), Nanyang, Henan | pig-farming group: farms, feed, slaughtering, and the 宛丰鲜生 community fresh-food stores | `wanfeng.example.cn` | Microsoft 365 (21Vianet) plus IMAP clients (Foxmail, Thunderbird, Apple Mail, Mail Master, DingTalk mail, Huawei Email); the inbound gateway `mail.wanfeng.example.cn` (Postfix) delivers the bot's mailbox |
| 星幕影城 (Xingmu Cinemas), Wuhan, Hubei | cinema chain, six cinemas (光谷店, 汉街店, 汉阳, 沌口 …) | `xingmu.example.cn` | Tencent Exmail / 企业微信 plus Outlook, Foxmail, iPhone, K-9; gateway `mail.xingmu.example.cn` (Postfix) |
| Siam Orchard Trading Co., Ltd., Bangkok | Thai fruit trader (durian, mangosteen) supplying 宛丰鲜生; writes English | `siamorchard.example.co.th` | Google Workspace (Gmail with English and Thai UI, Samsung Email, iPhone) and Outlook with a Thai UI; +0700 |
| 昱嘉生技股份有限公司, Taichung | Taiwanese probiotic feed-additive supplier of Wanfeng; Traditional Chinese | `yujia-bio.example.com.tw` | Outlook zh-TW (Big5), iPhone zh-TW, Gmail zh-TW |
| 宝达影业发行（香港）有限公司 / Powerda Films (HK) Ltd. | Hong Kong film distributor of Xingmu; English and Cantonese Traditional | `powerda.example.com.hk` | Microsoft 365 Outlook (English, zh-HK), iPhone zh-HK |
| 锐影光电 (Ruiying Opto), Shenzhen | laser projector vendor of Xingmu | `ruiying-opto.example.cn` | Feishu (Lark) mail |

Two minutebot deployments, one per company: `纪要助手 <minutes@wanfeng.example.cn>` and
`纪要助手 <minutes@xingmu.example.cn>`, both with `language = "zh"`, `recap_external = true` (partners get the
recaps) and the partners' domains in `allowed_domains`. The bot writes the recap of an English meeting (WFC) in
English. Each meeting has its own signed reply address `minutes+r<16 hex>@domain` (the recap's Reply-To); every
reply's `To` is that address, `In-Reply-To` is the recap's Message-ID and `References` holds the minutes' and the
recap's Message-IDs. To score, run `minutebot parse` with this `roster.csv`; any bot address may be configured
(the replies carry everything needed), but the two bot domains above are the bots' own.

`roster.csv` lists the staff of both companies and every outsider who writes (outsiders have an empty department;
Nattaya's and Kittipong's manager is Somchai, 林雅婷's is 陳志明).
"""

CONVENTIONS = """## Conventions applied beyond the corpus README and the job's conventions 1-7

1. **Content-match notes.** A reply that names a task without a number has `items: []`; its notes say
   `content-match [N]` (6753, 6775, 6786). Traditional-Chinese task words (試用樣品) match the simplified recap row
   (试用样品). An owner of two items who writes neither number nor task words (6768, 6796) gets intent as written,
   `items: []` and no content-match (marked AMBIGUOUS).
2. **Who writes does not change the gold.** `parse` output does not depend on permissions: a manager (6756, 6767),
   an organizer reporting someone else's item (6790, 6800) or an outsider objecting to our item (6779) get the
   intent as written; whether the bot applies it is workflow, not parsing.
3. **Agreement words.** '同意，按纪要执行', 'Confirmed on our side', 'Noted with thanks … 確認…無誤' are `confirm`;
   encouragement or thanks without 确认/无异议/同意 is `unknown` (6788).
4. **Done words of the task.** A reply that reports the task's own verb as finished (推文已发布, 已修好, 样品已寄出,
   套餐已上架) is `done` even without the word 已完成.
5. **Percent words.** '八成' = 80 and '七成' = 70 (like convention 6's '七成'); '完成一半' = 50. Counts with a
   total ('25 of the 42 stores', '6家店已排好4家') are never turned into a percent.
6. **'还要两天' / 'two more days'** are extension requests (convention 5 gives the date: current due + 2 calendar
   days), even without 延期.
7. **Holiday dates are kept.** '本週五' on the Dragon Boat Friday (06-19) and 'the 21st' on the Dragon Boat Sunday
   (06-21) stay as written; nothing moves them to a working day.
8. **Traditional Chinese forms** '本週五', '下星期三', '第1項', '有異議' are read like their simplified forms.
9. **Reply on the attribution line.** When the new text shares a line with the attribution ('…正常放映。纪要助手
   <…> 于 …写道：'), the new text is the part before the attribution (6784).
10. **Inline answers.** An answer typed under a quoted recap row takes that row's number (convention 2); the top
    line of the same reply that names no item does not add one (6780).
11. **Send date.** Always the `Date` header converted to Asia/Shanghai (6764: +0000 on 04-30 is 05-01 in Shanghai,
    so 月底 = 05-31; 6789: +0000 on 06-11 is 06-12). '明天上午' and '17号前' that restate the current due date, and
    ETAs ('预计7月6日到港', '預計下星期三寄出') are never an extension (convention 7).
12. **Delivery reports.** A Postfix delay warning (Action: delayed) is `auto`, like a bounce.
13. **Charsets.** A part labelled `gb2312` is decoded as GBK/CP936 (what Outlook and Foxmail really send and every
    mail reader assumes); `--check` does the same. Case 6774 is Big5 sent with 'current encoding': the simplified
    characters of its quote, subject and the bot's display name are literally '?' in the bytes; its new text is
    clean Big5.
"""


def recap_tables():
    out = ["## Meetings and the bot's recaps", "",
           "Every recap is `From: 纪要助手 <minutes@DOMAIN>`, `Subject: Re: <minutes subject>`, sent in the thread of "
           "the minutes, with the table (序号 | 事项 | 负责人 | 截止时间, English: # | Action item | Owner | Due), "
           "'如有异议请于今日内回复（截止 YYYY-MM-DD 18:00，逾期视为无异议）' and the command footer "
           "('确认' '有异议：原因' '第N项已完成' '进度80%' '延期至10月20日'). The rows below are what the replies quote.", ""]
    for m in MEETINGS.values():
        out += ["### %s: %s" % (m.mid, m.subject), "",
                "- organisation: %s; organizer %s <%s>; %s" % (m.org_name, P(m.organizer)["name"],
                                                              P(m.organizer)["email"], m.notes),
                "- minutes Message-ID `%s`, sent %s" % (m.minutes_msgid, m.minutes_at.isoformat()),
                "- recap Message-ID `%s`, sent %s, objection cut-off %s" % (m.recap_msgid, m.recap_at.isoformat(),
                                                                           m.cutoff()),
                "- signed reply address `%s`; recap To: %s; Cc: %s" % (
                    m.reply_addr, ", ".join(P(k)["name"] for k in m.to), ", ".join(P(k)["name"] for k in m.cc)),
                "", "| # | task | owner | owner email | due |", "| --- | --- | --- | --- | --- |"]
        for n, t, o, d in m.items:
            out.append("| %d | %s | %s | %s | %s |" % (n, t, P(o)["name"], P(o)["email"], d.isoformat()))
        out.append("")
    return "\n".join(out)


def render(cases, gold_summary, client_names, fname):
    rows = ["## Cases", "",
            "| case | meeting | kind / intent | gold summary | sender | client, charset, encoding, structure | what it tests |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    for c in cases:
        kind = "auto" if c["kind"] == "auto" else "reply / " + c["gold"]["intent"]
        if c["kind"] == "auto":
            enc = {"ooo": "UTF-8 QP, multipart/alternative",
                   "dsn_delay": "us-ascii, multipart/report"}[c["builder"]]
        else:
            enc = "%s, %s, %s" % (c["charset"], c["cte"], {"alt": "multipart/alternative", "text": "text/plain only",
                                                         "html": "text/html only",
                                                         "mixed": "multipart/mixed + PDF"}[c["struct"]])
        rows.append("| %s | %s | %s | %s | %s | %s; %s | %s |" % (
            fname(c), c["m"], kind, gold_summary(c), P(c["frm"])["name"] if c["kind"] != "auto" or c["builder"] == "ooo"
            else "MAILER-DAEMON", client_names[c["client"]], enc, c["tests"].replace("|", "\\|")))
    clients = ["## Client and encoding notes", "",
               "- Quote headers follow each client: Outlook '发件人:/发送时间:' (zh-TW/HK '寄件者:/寄件日期:', Thai "
               "'จาก:/ส่ง:' with a Buddhist-era year), OWA/Outlook mobile with the '________________________________' "
               "rule, Outlook for Mac '日期:', Foxmail '发件人： … 发送时间： 2026-04-02 11:42' after the signature, "
               "Mail Master '---- 回复的原邮件 ----' with '| 发件人 | … |' rows, Exmail '------------------ 原始邮件 "
               "------------------', 企业微信 '----- 原始邮件 -----', DingTalk/Alimail '抄　送/主　题', Huawei "
               "'-------- 原始邮件 --------', Feishu '发件人：/发送时间：', Samsung '-------- Original message --------', "
               "and the '> ' attribution styles of Gmail (zh-CN/zh-TW/English/Thai), Apple Mail (zh-CN/zh-HK/zh-TW/"
               "English), Thunderbird and K-9.",
               "- Quote times are shown in the writer's time zone (Bangkok clients show the recap at 16:06 for "
               "17:06 Shanghai).",
               "- Outlook desktop renders the quoted recap table as tab-separated cells in text/plain (no pipes); other "
               "clients quote the bot's pipe table.",
               "- Windows clients (Outlook, Foxmail) put CRLF inside base64 text; the files themselves use LF line "
               "ends, like the corpus.",
               "- Charsets: UTF-8, gb2312 (carrying CP936), GBK, gb18030 (Exmail web), Big5 (6774); transfer "
               "encodings base64, quoted-printable and 8bit; text-only (6757, 6762, 6778, 6784), HTML-only (6782), "
               "multipart/alternative and multipart/mixed with a PDF (reportlab, invariant=1).",
               "- Subjects keep each client's prefix: '答复: Re:' (Outlook zh-CN), '回复: Re:' (Foxmail, OWA, Outlook "
               "for Mac), '回复：Re:' (Mail Master, Exmail, 企业微信, DingTalk, Huawei, Feishu), '回覆: Re:' (zh-TW/"
               "HK Outlook), 'ตอบกลับ: Re:' (Thai Outlook), 'RE:' (English Outlook), 'Re:' (Apple, Gmail, "
               "Thunderbird, K-9, Samsung, Outlook mobile)."]
    return "\n".join([INTRO, CONVENTIONS, recap_tables(), "\n".join(clients), "", "\n".join(rows), ""])
