"""README.md for the heldout43 set (rendered by make_heldout43.py from the case list)."""

HEAD = """# heldout43 — blind held-out set for minutebot (cases 7101–7138)

38 raw messages (`NNNN-slug.eml`, the bytes a receiving mail server stores, with Return-Path / Delivered-To /
Received on top) and their gold answers (`NNNN-slug.json`, the corpus README schema, flat fields), the roster
(`roster.csv`), and the generator that wrote all of it (`make_heldout43.py` plus its parts `h43_lib.py`,
`h43_cases_a.py` … `h43_cases_d.py`, `h43_readme.py`).

    /work/blind/venv/bin/python make_heldout43.py          # rewrite every file (deterministic: no clock, no randomness)
    /work/blind/venv/bin/python make_heldout43.py --check  # verify the files on disk

Counts: {counts}. About a third ({plain}) are plain, common mail; the rest carry one or more hard points.
Send dates run from 2026-04-01 to 2026-07-20, around Qingming (04-04..04-06 off), Labour Day (05-01..05-05 off,
make-up working day Sat 05-09) and the Dragon Boat Festival (06-19..06-21 off). All dates are in 2026.

The set was written blind: without reading the bot's code, tests or test data.

## Organisations

| key | organisation | kind | domain | bot address (in To/Cc) |
| --- | --- | --- | --- | --- |
| A | 淮安有轨电车运营有限公司 | state-owned tram operator, Huai'an (Jiangsu) | `hatram.example.cn` | 纪要助手 `jiyao@hatram.example.cn` |
| B | 杭州桐庐云岫丝品有限公司 (brand 云岫, Tmall shop) | private silk-scarf brand, Tonglu (Hangzhou) | `yunxiu.example.cn` | 纪要小助手 `minutes@yunxiu.example.cn` |
| C | 湖南明眸眼科医院管理有限公司 | private eye-hospital chain, Xiangtan (HQ hospital + 岳塘/湘乡 branches) | `mingmou-eye.example.cn` | 会议纪要助手 `jiyao@mingmou-eye.example.cn` |
| D | Ridgeline Medical (Qujing) Co., Ltd. 曲靖锐岭医疗器械有限公司 | American-owned medical-device plant, Qujing (Yunnan); American and Chinese staff write English | `ridgelinemed.example.com` | Minutes Bot `minutebot@ridgelinemed.example.com` |

Outside writers and owners: 淮安市交通运输局城市客运管理处 (单志平, government, `hajtj.example.gov.cn`);
杭州拾光传媒 (鲍磊, livestream agency, 163 mail); a freelance photographer (陶然, 126 mail); 湖州锦程数码印花 (沈国强,
supplier, in Cc only); 云瞳信息 (晏飞, HIS vendor, in To only); Lumina Vision Pte. Ltd., Singapore (Grace Teo, lens
partner, Gmail); a Taiwanese infection-control consultant (詹秉宏, Big5 Outlook); Nordlicht Sterilisation GmbH,
Hamburg (Dr. Katrin Vogel, EO sterilisation partner, Thunderbird, +0200); Ridgeline's US head office (Brian
Whitaker, -0500). Outsiders who write are in `roster.csv` with an empty department; outsiders who only appear as
owners are resolved from the To/Cc display name (department null).

Each organisation runs its own bot address; one roster covers all four so that one `parse --roster` run scores
the whole set. The bot's own address is never an owner or participant.

## Conventions applied beyond the corpus README (a scorer must know these)

1. **Owner names are canonical roster names** even when the mail writes a title, nickname, English name or
   Traditional characters: 潘工/柏工/戴经理/钱总/小周/章师傅/宋主管/应老师/易科长/龙老师/彭護理長/歐陽主任/Kiki/Jason/
   Lily/Dr. Ouyang/Wanqing → the roster `name`. Task text stays as written (Traditional in 7135, English in D).
2. **我 / 本人 / (me) / the sender's own name** = the From person (7130, 7122, 7135, 7137, 7120, 7132).
3. **Units of another organisation** (市公交集团, "Lumina logistics", "Nordlicht lab") and **双方** are
   `no_owner` with department null. Units of the organisation whose bot got the mail are `no_owner` with that
   department (运营调度中心, 信息科, 门诊部, EHS, Supply Chain, "QA team" → Quality).
4. **Unresolvable nickname** (7132 '小蒋'): owner_name as written, owner_email null, department null, no flag
   (marked AMBIGUOUS in notes).
5. **节前** (端午节前): the last working day before the holiday block (2026-06-18). **节后第一个工作日**: the first
   working day after the block (Qingming 04-07, Labour Day 05-06, Dragon Boat 06-22).
6. **English business/working days** written at the Qujing plant count Chinese working days, including the
   05-09 make-up Saturday (7120, 7119).
7. **"同一时间"** (下周五同一时间, 下周三同一时间, 下周二同一时间, 下周四同一时间) takes the start time of the meeting as
   stated in the same mail; the day follows the 下周X rule.
8. **A next meeting stated in another zone** (SGT, CEST, CDT) is converted to Asia/Shanghai wall time; where the
   writer adds a Beijing time in brackets it agrees (7121 → 16:00, 7123 → 21:00, 7113 → 15:00).
9. **X月底前 with the month named** = the last day of that month (7103 '5月底前' sent in April → 05-31);
   本月底/月底/6月底/end of month/end of June/end of July likewise.
10. **"X会议前"** (7135 '7/20會議前') = due on the meeting day (X前 = due on X).
11. **A conditional task without a date** (7108 '若转厂，由宋主管重新安排入库计划') is an item with `no_due`.
    **A deadline tied to an event whose date is unknown** (7112 '分院开业前（开业时间另定）') is `vague_due`.
12. **Standing duties are not items**: 每日…报送 (7103), 每月通报 (7127), 长期 (7129), 'effectiveness checks are due 90
    days after closure' (7124), 首诊负责制 (7111).
13. **Status rows are not items**: 已完成, 已关闭, Closed, DONE, `- [x]`, 'Closed from the Q1 review', 上周事项回顾,
    上月事项进展, and quoted older minutes in a RE: thread (7116).
14. **AI meeting minutes** (钉钉 AI 听记 7104, 飞书智能纪要 7105, 腾讯会议智能纪要 7134): items come only from the
    待办 section; 摘要/总结/章节/要点/发言人总结 are not items. A "下次会议" section of the AI minutes is recorded as the
    next follow-up (7105, 7134).
15. **Minutes in an attachment** (.docx 7112, .pdf 7123): items and next meeting are read from the attachment, as a
    human reader would; the short body has none.
16. **Umbrella row**: in a 问题协调解决记录表 whose 解决方案 lists ①–④ steps, the record's own 责任人/计划解决时间 is the
    umbrella of those steps and is not a fifth item (7115, AMBIGUOUS).
17. **Numbering**: the gold schema has no number field; items are listed in the minutes' order and ①② / two-owner
    rows are expanded in place (the first sub-task or the first-named owner first).
18. **Charsets**: bodies labelled gb2312 may carry GBK-only characters (玥 in 7111/7116), as Outlook and Foxmail send
    them; decode gb2312 as GBK. Header encoded-words never do this (the email package flags it as a defect), so
    headers with such names are UTF-8 encoded-words. Encoded display names are never inside quotes.
19. **Kinds**: a person-written newsletter that reaches the bot through an all-staff list (no List-Id/Precedence,
    no Auto-Submitted) is `other`, not `auto` (7125). A calendar reminder generated by DingTalk (Auto-Submitted:
    auto-generated) is `auto` (7110).

## What `--check` verifies

- every .eml, .json, `roster.csv` and this README are byte-identical to what the generator produces;
- every .eml parses with `email.policy.default` with no defects (message, parts, headers); every text part decodes
  strictly with its charset (gb2312 → GBK fallback only); the .docx opens with python-docx and the PDF with pypdf;
- the gold follows the schema (keys, flags, null rules, `no_owner` iff owner_name null, exactly one of
  vague_due/no_due on an undated item);
- **every due date and next follow-up is recomputed** from the message's own `Date` header converted to
  Asia/Shanghai, with `chinesecalendar` for working days and holidays, from a rule stored with the case (absolute
  date with its stated weekday, 明天, bare weekday, 本周X, 下周X, N个工作日内, 月底, 节后第一个工作日, 节前, N小时内,
  foreign time zone);
- every owner_email is in the roster or in the From/To/Cc headers; every roster owner (or one of their aliases) is
  mentioned in the mail; every task text occurs in the mail (whitespace ignored) or its attachment;
- send dates fall in April–July 2026; counts by kind.

## Clients and encodings

Outlook 16 zh-CN (gb2312 QP and base64, Word HTML, CRLF in 7138), Outlook zh-TW (Big5), Outlook / Microsoft 365 in
English (us-ascii QP, plain-text mode with a TSV table), Outlook on the web (Exchange Online, +0000 Date), Outlook
for Mac, Outlook for iOS, Coremail webmail (company, government, 126, 163), Foxmail 7.2 (forward block, .docx
attachment with an RFC 2231 filename), Tencent Exmail web (gb18030 base64 and QP), WeCom mail, DingTalk mail and
DingTalk calendar, Feishu/Lark mail, NetEase Mail Master, Gmail web, iPhone Mail (QP, and multipart/mixed with a PDF
and Apple's trailing text part), Apple Mail for macOS, Thunderbird (8bit, format=flowed, 7bit), Exchange Online NDR
(multipart/report). Text-only, HTML-only (7103, 7110, 7114) and multipart/alternative all occur.

## Cases

| case | kind | org | client / encoding | gold summary | what it tests |
| --- | --- | --- | --- | --- | --- |
"""


def render(cases):
    counts = {}
    for c in cases:
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
    cs = ", ".join("%s %d" % (k, counts[k]) for k in ("minutes", "other", "auto") if k in counts)
    out = [HEAD.format(counts=cs + " (no replies in this set)", plain=sum(1 for c in cases if c["plain"]))]
    for c in cases:
        out.append("| %d-%s | %s | %s | %s; %s | %s | %s |" % (
            c["num"], c["slug"], c["kind"], c["org"], c["client"], c["encoding"],
            c["summary"].replace("|", "/"), c["tests"].replace("|", "/")))
    return "\n".join(out) + "\n"
