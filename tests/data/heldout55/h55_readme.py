"""README text for heldout55 (kept apart from the generator's case code)."""

HEAD = '''# heldout55 — minutes mail CC'd to minutebot (blind held-out set)

38 cases, numbers 8301–8338: **32 minutes, 3 other, 3 auto** (no replies). Each case is `NNNN-slug.eml` (the bytes the
receiving server stores, with Return-Path / Delivered-To / Received on top) and `NNNN-slug.json` (gold, schema of
`/work/shared/corpus/README.md`, `reply` always null here). `roster.csv` lists staff of the four organisations and the
outsiders who write or own items. Everything is written by `make_heldout55.py` (with `h55_common.py`, `h55_cases_*.py`,
`h55_readme.py`); it uses no clock and no randomness. `python make_heldout55.py` rewrites the set;
`python make_heldout55.py --check` re-parses every .eml with `email.policy.default` (no defects, every text part decodes
strictly in its declared charset, no undecoded header words, attachments open with python-docx / pypdf), confirms the files
on disk equal the generator's bytes, and recomputes every gold date and follow-up from the message's own `Date` header in
Asia/Shanghai with `chinesecalendar` (2026: Qingming 04-04..06, Labour Day 05-01..05-05 with make-up working day Sat 05-09,
Dragon Boat 06-19..21, no make-up). Send dates: 2026-04-02 … 2026-07-20.

## Organisations (all invented)

| org | kind | domain | bot address (To/Cc) | writers |
| --- | --- | --- | --- | --- |
| 佳木斯市市场监督管理局 | prefecture-level government bureau | `jmsamr.example.gov.cn` | `jiyao@jmsamr.example.gov.cn` (纪要助手) | 办公室, 科室 heads, 综合执法支队; Coremail webmail, Outlook, Foxmail, DingTalk mail, iPhone |
| 安吉翠篁竹业有限公司 | private bamboo-flooring maker (exports to Germany, sells to Taiwan) | `cuihuang-bamboo.example.cn` | `minutes@cuihuang-bamboo.example.cn` | Tencent Exmail / 企业微信 mail, Foxmail, Outlook, NetEase Mail Master, iPhone; customers Holzmann (Germany, Apple Mail) and 宏林建材 (Taiwan, Outlook zh-TW big5) |
| 南阳市仲景护理职业学校（民办） | private vocational nursing school | `zjnursing.example.cn` | `minutebot@zjnursing.example.cn` (纪要机器人) | 网易企业邮箱 (Coremail), Feishu/Lark mail, Thunderbird, a teacher's personal 126 webmail; partner 宛城区中心医院 (Foxmail) |
| Siam Latex Gloves (Beihai) Co., Ltd. 暹罗乳胶手套（北海）有限公司 | Thai-owned rubber-glove plant, Thai and Chinese staff writing English | `siamlatex-bh.example.com` | `minutes@siamlatex-bh.example.com` (Minutes Bot) | Outlook (en/zh-CN), OWA Microsoft 365, Outlook for Mac, Thunderbird; outsiders Songkhla Latex (Thailand), MedSupply Direct (US, Gmail), NordCert (German auditor) |

Siam Latex departments are written in English in the roster (QA, Engineering, Production, HR, EHS, Procurement, Export Sales,
Finance, Management); gold uses these names. Outsiders are in `roster.csv` with an empty department, so their gold department is null.

## Conventions applied beyond the corpus README (a scorer must know these)

- Each organisation has its own bot mailbox (table above); the bot is in To or Cc of every case.
- 牵头/主责 owns the item; 配合/协办 names and units are never owners or extra items. In the seed 跨部门协作事项跟踪表 the owner
  is 责任人(发起方); 责任人(协作方) is the 配合 side. Due there = 计划完成时间; a row with 进展 已完成 (and an 实际完成时间) is status.
- "我负责 / 我来 / (me)" = the From person.
- Same task text for two named people = two items, in the order written (8331).
- Bilingual minutes (Chinese line + English translation) give one item per numbered point (8325).
- A deadline that is a condition or event without a date (upon arrival of the vessel, 离校前, no date yet, tbd) -> due null, `vague_due`.
  A department/both-sides line with no deadline word at all (双方再商量) -> `no_due`.
- English `next Wednesday` follows the corpus rule for 下周X (the following calendar week); `by Tuesday/Monday/Friday` follows the bare-weekday rule.
- EOD / 今天下班前 = the send date in Asia/Shanghai, even when the writer is abroad (8323, marked AMBIGUOUS there).
- Next meeting given in a foreign zone (CEST, ICT, ET) is converted to Asia/Shanghai (each such case also states the Beijing time).
  `下周X同一时间` takes the time of this meeting as stated in the minutes. A date on one line and its time on the next is one follow-up.
- next_followup is null when the minutes only say 待定/另行通知, when the only later date is an event (订货会) or an AI summary's
  "下周视情况再开一次", or when nothing is said.
- Minutes delivered only as a .docx or PDF attachment: gold is what a human reading the attachment records. In a
  问题/整改措施 table the task is the 整改措施 (the action), not the problem.
- AI minutes (钉钉 / 飞书妙记 / 腾讯会议): only the 待办 section counts; a checked ☑ 待办 is done; 摘要/发言总结/章节 are ignored.
- 会议强调 / 会议要求 paragraphs are standing rules even when a clause carries a date (8320, AMBIGUOUS noted).
- An owner who writes from a personal address is still resolved to the roster entry by name (8331).
- Owners outside the roster and the organisation (Anja Hoffmann) take the address of their To/Cc entry and department null.

## Clients, charsets, transfer encodings

Outlook 16 zh-CN (gb2312 base64; UTF-8 QP; UTF-8 base64), Outlook zh-TW (big5 QP, big5 RFC 2047 names), Outlook en (UTF-8 QP),
Outlook for Mac (QP), OWA / Microsoft 365 (+0000 Date, base64), Coremail webmail (government: base64 and QP, `-----原始邮件-----` forward),
网易企业邮箱 (Coremail: UTF-8 base64/QP; text-only gb18030), 126 webmail (GBK base64), Foxmail 7.2 (GBK base64; UTF-8 base64),
NetEase Mail Master (text-only UTF-8 base64, tab-separated table), Tencent Exmail (docx attachment with RFC 2231 filename),
企业微信 mail (base64, QP), DingTalk mail, Feishu/Lark mail (HTML checkboxes), iPhone Mail (QP, base64), Apple Mail (QP, +0200 Date),
Gmail (US customer, -0400 Date, QP), Thunderbird (single-part HTML 8bit; text/plain format=flowed 8bit), a Postfix/Coremail DSN,
a bulk EDM newsletter, a Microsoft 365 auto-reply (English + Thai). Attachments: two .docx (python-docx, zip times fixed) and one PDF
(reportlab `invariant=1`, CID font STSong-Light).

## Cases

| case | kind | gold summary | what it tests |
| --- | --- | --- | --- |
'''

def readme(cases, fname):
    rows = []
    for c in cases:
        rows.append('| %d-%s | %s | %s | %s |' % (c['num'], c['slug'], c['kind'], c['summary'].replace('|', '/'), c['tests'].replace('|', '/')))
    return HEAD + '\n'.join(rows) + '\n'
