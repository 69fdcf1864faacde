"""README text for heldout78 (the case table is appended by make_heldout78.py)."""

README_HEAD = """# heldout78 — blind held-out set for minutebot (cases 10601–10638)

{n} raw messages (`NNNNN-slug.eml`, the bytes a receiving server stores) with gold answers (`NNNNN-slug.json`, the
corpus README schema), the roster the bot knows (`roster.csv`, corpus columns) and the generator that wrote all of it.
Counts: {counts}; {nitems} gold items. Send dates run from April to August 2026 (Asia/Shanghai).

    /work/blind/venv/bin/python make_heldout78.py           # rewrite every file, then validate
    /work/blind/venv/bin/python make_heldout78.py --check   # validate only

Generator: `make_heldout78.py` (writing + `--check`), `hl78_common.py` (roster, MIME building, docx/pdf, date
rules), `hl78_cases_a.py` … `hl78_cases_g.py` (four to eight cases each), `hl78_readme.py` (this text). The output is
deterministic (fixed Message-IDs and boundaries, docx zip entries with a fixed timestamp, reportlab `invariant=1`).

`--check` re-parses every .eml with `email.policy.default` and fails on any MIME or header defect, on a text part that
does not decode strictly in its declared charset, on a .docx that python-docx cannot open or a PDF whose text pypdf
cannot extract; it validates the gold schema, checks owners against the roster or the From/To/Cc addresses, checks
that every task string occurs in the message text (attachments included), checks every `（周X）`/English weekday
written next to a date, and recomputes every gold date and time from the message's own Date header in
Asia/Shanghai with `chinesecalendar` (working days, 调休, holiday blocks) from a rule kept beside each gold item
(`wd:3`, `next:2`, `holbefore:Dragon Boat Festival`, `h:24`, …; a literal `abs:` date must be written in the mail).

## Organisations (all new; `example.*` domains)

| organisation | where / what | domain | writes with |
| --- | --- | --- | --- |
| 十堰武当传动轴有限公司 Shiyan Wudang Driveshaft Co., Ltd. | Shiyan, Hubei; truck driveshafts (总经办, 外贸部, 技术部, 质量部, 生产部, 采购部) | `wdds.example.cn` | Outlook zh-CN gb2312/UTF-8, Foxmail GBK, Thunderbird, Outlook for Mac and M365 English, Apple Mail |
| Tsavo Motor Spares Ltd (foreign partner) | Mombasa, Kenya; distributor of Wudang shafts, writes English | `tsavo-spares.example.co.ke` | Gmail (Date +0300) |
| 哈密市伊州区发展和改革委员会 (government unit) | Hami, Xinjiang (办公室, 项目科, 价格科, 能源科, 粮储科) | `yzfgw.example.gov.cn` | Coremail, Outlook + .docx 纪要, 钉钉邮箱 (AI听记), Foxmail on local time (+0600) |
| 晋城泽州水务集团有限公司 (SOE water utility) | Jincheng, Shanxi (生产运行部, 管网管理所, 水质检测中心, 客户服务中心, 工程建设部, 安全环保部, 综合办公室) | `zzsw.example.cn` | Outlook gb2312, Tencent Exmail gb18030, 企业微信, Foxmail + PDF, 网易邮箱大师 |
| 建阳窑火建盏有限公司 | Jianyang, Nanping, Fujian; Jian-ware tea bowl kiln + online shop (烧制车间, 釉料研发, 电商部, 设计部, 品控部, 仓储物流) | `yaohuo-jz.example.cn` | 飞书邮箱 (智能纪要), Exmail/QQ Mail app, 钉钉邮箱, 企业微信, iPhone Mail |

Each organisation has its own bot address (`minutes@<domain>`); the roster lists the people of the four organisations (the Kenyan partner's people are resolved from To/Cc display names).

## Conventions applied beyond the corpus README

- **Lead/support**: where a cell or sentence names a lead and helpers (主责/配合, （主）/（配）, 牵头/配合, "X牵头（Y配合）"),
  the owner is the lead; helpers are not owners and do not create extra items. A unit named as 牵头 with a named
  person "负责" at the end of the sentence (SOE 一是 style) -> the person owns it.
- **Department or group owners** (项目科, 技术部, 水质检测中心 …) -> owner null + `no_owner`, `department` set when it is one
  of the roster's departments; "各部门", "待分配", "未指定", "待定" -> owner null and department null (unless the row
  gives one of ours).
- **Prefaces win**: a forward/cover note that reassigns an owner or moves a date for a numbered item (10619, 10631)
  changes the gold for that item; the rest stays as in the forwarded minutes.
- **AI minutes** (钉钉 AI听记, 飞书智能纪要, 腾讯会议智能纪要): only the 待办 list is extracted; summaries, chapters and
  speaker views are not items even when they carry dates.
- **Reports and status**: 情况通报, 本周完成, [x] checkboxes, 已完成/已解决 rows, 决定/决议 lines and standing rules
  (24小时值班, 首问负责制) are never items.
- **Dates** (send date in Asia/Shanghai from the Date header): 节前 / 端午节前 / 中秋节前 = last working day before the
  holiday block (劳动节 05-01..05 with make-up Saturday 05-09, 端午 06-19..21, 中秋 09-25..27); 节后第一天 = first working
  day after it; N个工作日内 counts from the day after sending with 调休 days; 本周内 = Sunday of the send week (marked
  AMBIGUOUS, a business reader may say Friday); 下下周一 = Monday two weeks ahead; 月底/本月底 = last day of the month
  even when it is a weekend; 今天/明天下班前 and EOD give the date with no time; 上午10点前 / 中午12点前 / 明早9点前 / 晚上8点
  give times; N小时内 counts from the Date header and gives a time. '持续'/常态化 items -> `no_due`; 上旬/中旬, 待定, TBC,
  TBD, 尽快, ASAP, '听证会召开前10日（日期待定）' -> `vague_due`.
- **Next follow-up**: only from minutes; '下周二同一时间' takes the time stated for the meeting in the same mail; a meeting
  given with 下午 and no hour has time null; a time given in two zones is recorded in Beijing time; vague next meetings
  (8月中旬, 另行通知, 再约) -> null.
- **AMBIGUOUS** notes: where readers could differ, the gold takes the reading most readers would and the case's
  `notes` contain the word `AMBIGUOUS` with the other reading (10604, 10614, 10616, 10617, 10618, 10619, 10620).
- **Kinds**: `auto` = mail no person wrote (out-of-office with and without Auto-Submitted, DSN); `other` = mail a person
  wrote that is not minutes (rescheduling chat, meeting notice with PDF, internal bulletin without list headers,
  forwarded complaint, leave request, an agenda reply in a thread). There are no `reply` cases in this set.

## Cases

"""
