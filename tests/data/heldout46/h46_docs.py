"""README.md text for the heldout46 set (the case table is generated from the cases)."""

HEAD = """# heldout46: blind held-out set for minutebot (cases 7401-7438)

38 raw messages (`NNNN-slug.eml`, the bytes the receiving server stores, with Return-Path / Delivered-To /
Received on top) with gold answers (`NNNN-slug.json`, the corpus README schema exactly: flat `kind`, `items`
[`owner_name`, `owner_email`, `department`, `task`, `due_date`, `due_time`, `flags`], `next_followup`, `reply`
(always null here), `notes`), the roster (`roster.csv`) and the generator.

Counts: **minutes 32, other 3, auto 3** (no replies in this set).

Regenerate / re-validate (deterministic, no clock, no randomness):

```
/work/blind/venv/bin/python make_heldout46.py          # writes *.eml, *.json, roster.csv, README.md
/work/blind/venv/bin/python make_heldout46.py --check  # must print 0 error(s)
```

`--check` re-parses every .eml with `email.policy.default` (no message, part or header defects; every text part
decodes strictly with its declared charset; the .docx opens with python-docx and the PDF text extracts with pypdf),
verifies that each .eml/.json on disk equals the generator's output, validates the gold schema (flags consistent
with owner/date), and **recomputes every due date, due time and next_followup from the message's own Date header
in Asia/Shanghai** with `chinesecalendar` (statutory holidays and make-up working days of 2026). Each gold date is
written by hand in the case module together with the rule that justifies it (`wd:Fri`, `nextwk:Wed`, `wdays:3`,
`after:Dragon Boat Festival`, `month_end`, `hours:4`, `tomorrow 10:00`, `abs:…`; alternatives joined by `|` must
agree), so a wrong hand-written date fails the check.

Source files: `make_heldout46.py` (build/check), `h46_cases_a.py` … `h46_cases_d.py` (one organisation each:
texts, gold, notes), `h46clients.py` (mail-client profiles), `h46lib.py` (date rules, MIME/RFC 2047 helpers),
`h46people.py` (roster), `h46attach.py` (.docx / PDF), `h46case.py`, `h46_docs.py` (this README).

## Calendar used (2026, from chinesecalendar)

| holiday | days off | make-up working days |
| --- | --- | --- |
| Qingming 清明 | Sat 04-04 .. Mon 04-06 | none |
| Labour Day 劳动节 | Fri 05-01 .. Tue 05-05 | **Sat 05-09** |
| Dragon Boat 端午 | Fri 06-19 .. Sun 06-21 | none |

Send dates run from Thu 2026-04-02 to Tue 2026-07-07 and cluster around these weeks.

## Organisations (all invented)

| org | who | domain | bot mailbox (Delivered-To) | mail system and clients |
| --- | --- | --- | --- | --- |
| A | 河源市源城区城市管理和综合执法局 (district urban-management and law-enforcement bureau, Heyuan, Guangdong): 局办公室, 市容环境卫生股, 市政设施股, 园林绿化股, 执法监督股, 数字城管指挥中心, 执法一中队, 执法二中队 | `ycqcgj.example.gov.cn` | `jiyao@ycqcgj.example.gov.cn` (会议纪要助手) | government Coremail; Coremail webmail, Outlook 2016 zh-CN, 网易邮箱大师 |
| B | 天津津骋自行车配件有限公司 (private bicycle-parts maker: hubs, cranks, pedals; 静海区, Tianjin): 总经办, 生产部, 品质部, 技术部, 采购部, 仓储部, 外贸部, 财务部 | `jincheng-parts.example.cn` | `minutes@jincheng-parts.example.cn` (纪要助手) | Tencent Exmail; Foxmail, Exmail web, 企业微信 mail, iPhone Mail, Outlook (English, export sales) |
| C | 东莞臻循网络科技有限公司 (online second-hand luxury platform 臻循, Dongguan): 总裁办, 鉴定中心, 商品运营部, 用户增长部, 市场部, 客服中心, 研发中心, 仓储物流部, 财务部, 法务合规部 | `zhenxun.example.com` | `minutebot@zhenxun.example.com` (纪要机器人) | Feishu mail; Feishu, Apple Mail (macOS), iPhone Mail, Thunderbird, Foxmail |
| D | Nordvik Paper Technology (Rizhao) Co., Ltd. / 诺维克造纸技术服务（日照）有限公司 (Finnish-owned paper-machinery service centre; HQ Nordvik Oy in Finland): Management, Field Service, Spare Parts, Workshop, HSE, Finance & Admin, HQ Product Support, HQ Logistics | `nordvik.example.com` | `minutes.rizhao@nordvik.example.com` (Minutes Bot) | Microsoft 365 / Exchange Online (Date headers in +0000); Outlook, OWA, Thunderbird, iPhone |

Outsiders: Velora Bikes B.V. (Dutch customer of B; `velora.example.nl`, CEST), 沧州恒通钢管有限公司 (B's steel-tube
supplier, 网易企业邮), 鑑真國際鑑定股份有限公司 (C's authentication partner in Taipei, Outlook zh-TW, big5),
日照鲁华纸业有限公司 (D's customer paper mill, DingTalk mail), Kessler Walzentechnik GmbH (D's German roll-cover
partner, Gmail, +0200).

`roster.csv` holds the staff of all four organisations plus the outsiders who **write** in this set (卢建华,
林怡君, 厉建新, 江涛, Thomas Brandt) with empty department and manager. The four domains do not overlap, so one
roster serves all four bots; a scorer may also split it by domain.

## Conventions applied beyond the corpus README (a scorer must know these)

1. **One bot per organisation.** Each organisation runs its own minutebot mailbox (table above); Delivered-To is
   that address. Dates are always resolved in Asia/Shanghai, also for D's +0000 and the +0200/+0300 senders (no
   case crosses midnight when converted).
2. **Outsiders in the roster.** Outsiders who write are listed with an empty department, so their items carry
   `department: null` (as the corpus does for outsiders). Outsiders who only appear in To/Cc (Joris Bakker of
   Velora) are not in the roster; their address comes from the To/Cc display name.
3. **Traditional spellings are aliases.** 羅佩珊 / 錢思遠 (big5 mail from Taipei) resolve to the roster names
   罗佩珊 / 钱思远; the task text stays in the script it was written in (Traditional).
4. **Foreign time zones.** "09:00 CEST" = 15:00 Beijing (UTC+2), "09:00 EEST" = 14:00 Beijing (UTC+3); where the
   writer also gives the Beijing time it agrees and is what the gold records.
5. **"同一时间".** "下周五同一时间 / 下周一同一时间 / 下周三同一时间再碰一次" = that day at the start time of the
   current meeting as the minutes state it (会议时间 line or the opening line).
6. **English relative days.** "by next Wednesday / next Friday" = that weekday of the next calendar week (as 下周X);
   "EOD" / "EOD today" = the send date without a time; "EOD tomorrow" = the next day without a time;
   "X下班前" (4月30日下班前, 本周五下班前) = that date without a time.
7. **Finnish dates.** "15.5." and "8.7." are day.month. "during week 28" (an ISO week) is a period, recorded like
   11月中旬 as `vague_due` (marked AMBIGUOUS in the notes).
8. **AI-generated minutes** (飞书妙记 / 腾讯会议 智能纪要 / 钉钉闪记): only the 待办 / 待办事项 list counts; a ticked ☑
   entry is done; "截止：无" = no deadline (`no_due`); "（未指定负责人）" = `no_owner`. Summaries, chapters and
   "关键决策" never give items, even when they contain 尽快 or dates.
9. **Conditions without a date** ("若无法调整，启动备选供应商询价", "after Leo's report is accepted") = `no_due`.
10. **Companies and joint owners.** A whole company named as owner (诺维克 in its customer's minutes, "Velora team"),
    an external unit (源南街道办事处) and 双方 give `owner_name: null`, `department: null`, `no_owner`; one of the
    organisation's own units gives `department` = that unit.
11. **Person + team** ("Owner: Sharon / HSE", "财务陈淑芬", "仓储主管马振江", "车间主管牟海龙") = the person.
12. **Not items:** findings lists numbered like items (二、本月检查发现的问题 （一）（二）（三）), standing rules even
    when they name a supervisor ("规定（即日起执行）… 杜海负责监督"), a group-chat log restating the 待办, "done/DONE,
    closed/已关闭/已完成/[x]/☑" rows, decisions (会议认为/会议同意/会议决定/评审结论/Decision), prefaces of forwards.
13. **Forwards.** Relative dates in forwarded minutes are resolved against the forward's own Date header; in this
    set the original and the forward fall in the same week, so both readings give the same date.
14. **Dates kept as written.** 本月底/月底 on a Sunday (05-31) stays on that day; a 延期 row "2026-05-20（原5月12日）"
    takes the new date; "端午节前完成（6月18日）" takes the explicit date.
15. **Attachments.** When the body only says "见附件 / please find attached", the items and next meeting are read
    from the attached .docx / PDF as a human would.
16. **Next meeting split over two lines** ("6月24日（周三）" then "时间：14:30") is one date-time; a next meeting
    only in quoted old minutes is ignored; "下次会议视方案进度再定 / 具体评审时间待定" = null.
17. **kind other:** a person-written newsletter sent to an all-staff group address of which the bot mailbox is a
    member (the bot is not in To/Cc), a reply in a meeting-notice thread that never involved the bot's recap, and a
    plain request with "by Friday".

## Client and encoding notes

* Charsets: UTF-8, GBK (Coremail, Foxmail, 网易企业邮), `gb2312` labels whose text stays inside GB2312 (Outlook,
  Foxmail), GB18030 (Exmail web, Foxmail), big5 (Outlook zh-TW), iso-8859-1 (Outlook English via Exchange),
  us-ascii (OWA). Transfer encodings: base64, quoted-printable (soft breaks inside multibyte characters), raw 8bit
  (Thunderbird).
* Structures: text/plain only (7402, 7412, 7413, 7422, 7437, 7438), HTML only (7415, 7419, 7435),
  multipart/alternative elsewhere, multipart/mixed with a .docx (7418) or a PDF (7434), multipart/report (7416).
* Headers are encoded as each client does: RFC 2047 B words in the client's charset for display names and
  subjects; attachment names use RFC 2231 (`filename*=`) so that the strict parser finds no defects.
* Exchange Online (org D) writes the Date in +0000; Gmail +0200 and Finnish senders +0300 (7433, 7437, 7438).
* Quote and forward styles: Outlook 发件人/发送时间 block (7405, 7406), Foxmail 发件人：/发送时间： box (7414),
  Apple Mail and iPhone "开始转发的邮件：" with '> ' prefixes in the text part (7420, 7424), Thunderbird
  "On 12.6.2026 10.14, Leo Han wrote:" (7438).
* The .docx is built with python-docx (zip entries re-stamped to a fixed time); the PDF with reportlab
  `invariant=1` (Helvetica, English text).

## Cases

| case | kind | client / encoding | gold summary | what it tests |
| --- | --- | --- | --- | --- |
"""


def readme(cases):
    rows = []
    for c in cases:
        rows.append("| %s | %s | %s | %s | %s |" % (c.name, c.kind, c.client, c.summary, c.tests))
    return HEAD + "\n".join(rows) + "\n"
