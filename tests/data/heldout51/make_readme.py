"""README.md for heldout51 (written by make_heldout51.py)."""

HEAD = """# heldout51 — blind held-out set: 38 mails CC'd to minutebot

Cases 7901–7938: **32 minutes, 3 other, 3 auto** ({n_items} gold items). Each case is `NNNN-slug.eml` (raw bytes as the
receiving server stored them, with its Return-Path / Delivered-To / Received lines) and `NNNN-slug.json` (gold, the flat
schema of `/work/shared/corpus/README.md`: `kind`, `items[owner_name, owner_email, department, task, due_date, due_time, flags]`,
`next_followup {{date, time}}`, `reply` (always null here), `notes`). `roster.csv` lists staff of all four organisations plus the
outsiders who write minutes. The set was written without reading the bot's code or tests and is not scored here.

Regenerate / verify (deterministic: no clock, no randomness; the .docx and .pdf bytes are fixed too):

```
/work/blind/venv/bin/python make_heldout51.py           # writes the .eml/.json, roster.csv, README.md
/work/blind/venv/bin/python make_heldout51.py --check   # re-parses every .eml with email.policy.default (no defects,
                                                         # every text part decodes), recomputes every gold date from the
                                                         # message's own Date header in Asia/Shanghai with chinesecalendar,
                                                         # validates schema/roster/owners, and compares with a fresh build
```
Generator files: `make_heldout51.py` (entry), `h51_lib.py` (calendar + due-phrase resolver, RFC 2047, roster),
`h51_mime.py` (raw MIME writer, .docx via python-docx re-zipped with fixed timestamps, .pdf via reportlab `invariant=1`),
`h51_clients.py` / `h51_case.py` (client header layouts, HTML styles, gold builder), `cases_a.py` … `cases_d.py`
(one file per organisation), `check_heldout51.py`, `make_readme.py`.

## Organisations (all invented; every domain is under .example.*)

| org | who | mail set-up | bot address |
| --- | --- | --- | --- |
| A | 山西晋通高速公路收费管理有限公司 — provincial highway toll-management SOE, Taiyuan (`jtgs.example.cn`). Departments 公司领导, 综合办公室, 收费管理部, 信息技术部, 稽查部, 财务部, 安全应急部, 太原东收费站. Outside: ETC vendor 华程智联 (邵伟). | Coremail server; Outlook 2016 zh-CN, Foxmail, Coremail webmail | `minutes@jtgs.example.cn` |
| B | 安溪茗岭茶叶进出口有限公司 — tea exporter, Anxi (`minglingtea.example.cn`). 总经理室, 外贸部, 生产部, 质检部, 采购部, 财务部, 品牌电商部. Partners: Seri Daun Tea Trading Sdn Bhd, Kuala Lumpur (English: Jason Lim, Nur Aisyah); 德順茶行, Taipei (Traditional Chinese, big5: 游明哲, 陳怡君); forwarder 海联货代 (蔡俊杰). | Tencent Exmail (web, Foxmail, 企业微信), iPhone Mail | `minutes@minglingtea.example.cn` |
| C | 郑州嵩阳实验小学 — private (民办) primary school, Zhengzhou (`syxx.example.cn`). 校长室, 教务处, 德育处, 总务处, 信息中心, 一年级组. Outside: school-bus contractor 郑州安达校车 (侯振宇, 163.com), foreign-teacher agency GlobalTeach (Daniel Okafor, Emily Carter, Gmail). | DingTalk mail (Alibaba mail), NetEase Mail Master | `minutes@syxx.example.cn` |
| D | Nordfjord Seafood Processing (Qingdao) Co., Ltd. / 青岛北峡海产加工有限公司 — Norwegian-owned salmon processing (`nordfjord-qd.example.com`). Management, Production, Quality, Supply Chain, Maintenance, Finance, EHS, HR & Admin (English department names). Norwegian and Chinese staff write English; the production team also writes Chinese (Feishu). Parent Nordfjord Seafood AS, Ålesund (Erik Brekke, CEST); cold-chain forwarder Haiyun (Bi Lei). | Microsoft 365 (Outlook Windows/Mac, OWA; Exchange writes Date in +0000), Thunderbird, Apple Mail, Lark Mail | `minutes@nordfjord-qd.example.com` |

One roster covers all four organisations (names, emails and aliases are unique across it). Owners are resolved through
roster names and aliases (titles such as 王工, 钱老师, 张总, 蘇經理, English names such as Sophia, Peter Jiang, Ms Qian), and
outsiders who are not on the roster through the display names in From/To/Cc. Outsiders who write minutes are roster rows with an
empty department (department null in the gold).

## Conventions applied beyond the corpus README (a scorer must know these)

1. **Dates** resolve against the Date header converted to Asia/Shanghai (7930 is sent 17:05 CEST = 23:05 Shanghai; 7933's
   `Thu 23:52 +0000` is Friday in Shanghai, so its 今天下班前 is the Friday). Bare weekday (周五, by Friday, EOD Monday) = this week's
   if today or later, else next week's; 本周X = this Mon–Sun week; 下周X / next Monday / next Wed / next Friday = that weekday of
   the following calendar week. N个工作日内 / within N working days counts from the day after sending with chinesecalendar (the
   Labour Day make-up Saturday 2026-05-09 counts). 月底 / end of month / 本月底 = the month's last day even when it is a Sunday
   (7923: 05-31). EOD / 今天下班前 = the send date, no time. 放学前 (school closing) gives no time.
2. **Holiday-relative**: 节后第一个工作日 / first working day after the holiday / 节后第一个工作日前 = the first working day after
   that holiday block; **端午节前 / before the Dragon Boat break = the last working day before the block** (2026-06-18), following
   `/work/shared/research/dates-eval.md` (国庆节前 → last workday before it). The 2026 blocks used: Qingming 04-04..04-06 (no
   make-up day), Labour Day 05-01..05-05 (make-up Saturday 05-09), Dragon Boat 06-19..06-21 (no make-up day).
3. **Vague**: 尽快, ASAP, 待定, TBD, 'date to be agreed', and a period such as 6月中旬前 → due null + `vague_due`; no deadline at all → `no_due`.
4. **Tracking table with two person columns** (seed 跨部门协作事项跟踪表, 7907): 责任人（发起方） is the owner (the leading side);
   责任人（协作方） is support (配合) and is never an owner or an extra item. Rows with 实际完成时间 + 已完成 are status.
5. **One task for two units/people** (7904 '信息技术部（王斌）、稽查部（常莉）') gives two items with the same task text.
6. **Unit with a person in brackets** ('财务部（武艳）', 'HR & Admin (Nina Lv 吕娜)', '学校总务处：…（冯主任）') → that person.
   A unit alone → owner null, `no_owner`, department = the unit when it is one of that organisation's departments (D's are English:
   'Finance'); '双方', 'Owner: TBD' → department null.
7. **A person named but neither on the roster nor in the headers** (7917 林师傅) → owner_name as written, email null, department null,
   no flag (AMBIGUOUS: an empty owner is also defensible, but never a roster person with a similar surname).
8. **Minutes only in an attachment** (.docx 7903/7936, .pdf 7914): the items are what a human reads in the attachment; the covering
   note adds none.
9. **AI-generated minutes** (腾讯会议 7913, 钉钉 7923, 飞书 7932): only the 待办 / to-do section counts; 摘要/总结/章节/发言人 are not
   items even when they restate tasks with different dates (7923). A system notification that *previews* AI to-dos (7928) is `auto`.
10. **Forwards and replies**: a forwarder's preface (even with its own request, 7904) is not an item; minutes below a forward header
    block are the content; new minutes written as Re:/RE:/回复： count, the quoted older minutes do not (7905, 7916, 7926, 7937).
    Status lines about old actions ('closed', 'done') are not items.
11. **Next meeting**: read only from minutes. 'same time next Monday/Wednesday' (下周一同一时间, 下周三同一时间) uses the start time
    given in the minutes' own 时间 line. A time given in two zones ('10:00 CEST (16:00 Beijing)', '3pm MYT') is recorded in Beijing
    time. A date on one line and the time on the next (7916, 7933) is one follow-up. '7月上旬…另行通知', '待定', 'scheduled in
    September', 'no meeting in August' → null. A follow-up may fall after July (7936: 2026-08-19).
12. **Task text** keeps the writer's language and script (English tasks stay English, 7919 keeps Traditional characters, 7936 keeps
    the bilingual cell). Scorers should match loosely.
13. **Charsets**: 7901 is labelled gb2312 but carries GBK bytes (任堃's 堃 is not in GB2312), as Outlook does; read gb2312 as GBK.
    Outlook writes a display name its charset cannot hold as a UTF-8 encoded-word (7901, 7919), so headers have no defects.

## Clients and encodings

| client | cases | what the bytes look like |
| --- | --- | --- |
| Outlook 2016 zh-CN | 7901 7903 7904 7907 | multipart/alternative (+mixed for .docx), gb2312 base64 / UTF-8 QP, Word HTML (MsoNormal), Thread-Index, CRLF; 7904 forward block 发件人/发送时间 |
| Outlook 2016 zh-TW | 7919 | big5 base64 + QP, big5 RFC 2047 names, CRLF |
| Foxmail 7.2 | 7905 7910 7916 | GBK / gb18030, plain base64 + HTML QP, X-GUID/X-Has-Attach, Foxmail 发件人：/发送时间： quote |
| Coremail webmail / server | 7902 7906 7908 7909 | UTF-8 base64 or QP, `(GMT+08:00)` Date comment, X-CM-* headers; 7906 plain-text mode; 7909 multipart/report bounce |
| Tencent Exmail web / 企业微信 | 7911 7912 7913 7914 7918 | UTF-8 base64 (7913 single HTML part, QP), X-QQ-mid, `Content-Transfer-Encoding: 8Bit` on the multipart |
| iPhone Mail / Apple Mail | 7917 7935 | single text/plain UTF-8 QP, `Mime-Version: 1.0 (1.0)` |
| Gmail web / Android app | 7915 7924 | UTF-8 QP, gmail_signature / dir="auto" HTML |
| DingTalk mail | 7920 7921 7922 7923 7927 | UTF-8 base64, X-Alimail-AntiSpam; 7922 and 7927 plain only |
| DingTalk notification | 7928 | single text/html, Auto-Submitted, Precedence: bulk, List-Unsubscribe |
| 163.com webmail | 7925 | GBK base64, Coremail 163com X-Mailer, X-NTES-SC |
| NetEase Mail Master | 7926 | UTF-8 base64, '---- 回复的原邮件 ----' table quote |
| Lark Mail | 7932 | UTF-8 base64 |
| Microsoft 365 Outlook / OWA / Mac | 7929 7930 7931 7933 7936 7937 7938 | Date in +0000 from Exchange Online (7931 Mac keeps +0800), us-ascii/UTF-8 QP or base64, CRLF; 7938 automatic reply |
| Thunderbird | 7934 | text/plain UTF-8 7bit format=flowed |

## Cases

| case | kind | org | client / encoding | gold summary | what it tests |
| --- | --- | --- | --- | --- | --- |
"""


def readme(cases, built):
    n_items = sum(len(g["items"]) for _, g in built.values())
    out = [HEAD.format(n_items=n_items)]
    for c in cases:
        cell = lambda s: s.replace("|", "\\|")  # noqa: E731
        out.append(f"| {c.stem} | {c.kind} | {c.org} | {cell(c.client)}; {cell(c.encoding)} | {cell(c.summary)} | {cell(c.tests)} |\n")
    out.append("\nEach case's `notes` gives the send time, the reasoning for every date, and why each excluded line is not an item.\n")
    return "".join(out)
