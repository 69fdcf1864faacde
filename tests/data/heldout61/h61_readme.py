"""README.md text for heldout61 (the case table is filled in from the case definitions)."""

HEAD = """# heldout61 — blind held-out set for minutebot (cases 8901–8938)

38 raw messages (`NNNN-slug.eml`, the bytes the receiving server stores) with gold answers (`NNNN-slug.json`,
schema of `/work/shared/corpus/README.md`), the roster (`roster.csv`, same columns as the corpus roster) and the
generator (`make_heldout61.py` + `h61_*.py`). Counts: {counts}; {n_items} gold items.

    /work/blind/venv/bin/python make_heldout61.py           # rewrite every file (deterministic bytes)
    /work/blind/venv/bin/python make_heldout61.py --check   # re-parse + recompute every gold date

`--check` re-parses every .eml with `email.policy.default` (no MIME or header defects, no duplicate structural
headers, every text part decodes strictly in its declared charset, the .docx opens, the PDF text extracts, probe
strings are present in the decoded text), recomputes every due date and follow-up from the message's own Date
header in Asia/Shanghai with `chinesecalendar`, compares with the .json, checks owners against the roster (or
From/To/Cc for people outside it) and checks that the files equal a fresh generation.

## Organisations (all new; `example.*` domains)

| organisation | domain | bot address | writes | clients |
| --- | --- | --- | --- | --- |
| 铜陵市义安区城市管理局 (Tongling, Anhui; district government bureau: 局领导, 局办公室, 市政设施股, 市容环卫股, 园林绿化股, 执法大队) | `tlyacg.example.gov.cn` | `minutes@tlyacg.example.gov.cn` | Chinese, 公文 style (一是/二是, 责任单位/完成时限, 纪要文号) | Outlook zh-CN gb2312/utf-8, Coremail (GBK/UTF-8), Postfix DSN |
| 龙岩坤鼎机械有限公司 Longyan Kunding Machinery (Longyan, Fujian; hydraulic breakers and excavator attachments) | `kunding-mach.example.cn` | `minutes@kunding-mach.example.cn` | Chinese; English with its partner | Foxmail GBK, Outlook zh-CN utf-8, NetEase 企业邮 (Coremail), iPad Mail |
| Karadeniz Makina A.Ş. (Istanbul; Turkish distributor of Kunding, not in the roster) | `karadenizmakina.example.com.tr` | — | English (+ Turkish lines) | Google Workspace Gmail (+0300), Thunderbird |
| Bosveld Coffee (Pu'er) Co., Ltd. 博斯维德咖啡（普洱） (Simao, Pu'er, Yunnan; South African-owned green-coffee mill/exporter); parent Bosveld Agri Holdings, Johannesburg (not in the roster) | `bosveld-puer.example.cn`, parent `bosveld-agri.example.co.za` | `minutes@bosveld-puer.example.cn` | English (expat managers), Chinese (local staff) | Exchange Online (+0000 Date), Outlook for Mac, Apple Mail, iPhone Mail, Thunderbird flowed, Exmail |
| 通化森谷参业有限公司 (Tonghua, Jilin; ginseng products and e-commerce) | `sengu-ginseng.example.cn` | `minutes@sengu-ginseng.example.cn` | Chinese; AI minutes from 飞书/钉钉 | Lark Mail, DingTalk (Alimail), WeCom, Exmail (utf-8/gb18030), NetEase Mail Master |

## Conventions applied beyond the corpus README

- Dates follow `/work/shared/research/dates-eval.md` where the corpus README is silent: 本周内 = Sunday of the
  send week; 节前 = last working day before the holiday block (清明 04-04..06, 劳动节 05-01..05, 端午 06-19..21,
  中秋 09-25..27); 节后第一个工作日 / 节后N个工作日内 count from the first working day after the block; N个工作日内 /
  N working days / business days use the Chinese calendar (05-09 make-up Saturday counts) for Chinese and English
  writers alike; a month-day already past by fewer than 90 days stays in 2026.
- Bare weekdays are never written on the weekday of sending (the corpus and the research notes disagree there).
- A send instant is converted to Asia/Shanghai before anything is resolved (8911: UTC Sunday = Shanghai Monday;
  8931: Istanbul Tuesday evening = Shanghai Wednesday). A stated next meeting in two time zones is recorded in
  the Beijing/CST time.
- 下班前 / EOD give the date without a time (corpus convention); '上午10点前' etc. give the time.
- Owners: 主责 over 配合 in one cell; '牵头（姓名）' = that person; a role with a bracketed name = the name; a bare
  unit (责任单位 only, 'Mill team', 'HR (outsourced)', 财务) = no_owner, department kept only when it is one of the
  organisation's own units (roster department or a department the writer's company plainly has, e.g. 财务部).
  People outside the roster take the address from From/To/Cc and department null.
- Recurring work: 'daily until dispatch' and 长期坚持 -> no_due; a fixed monthly day ('每月25日前报送') -> its next
  occurrence (marked AMBIGUOUS). Standing rules (每周五前上传, 收到后5个工作日内办结) are not items.
- AI minutes (腾讯会议/飞书/钉钉): only the 待办 block counts; summaries, speaker views and decisions never do.
- A forwarded or RE:-threaded mail is minutes when the minutes are the content; quoted OLD minutes below a
  reply header are not extracted; a preface without a deadline adds no item.
- Cases where a careful reader could reasonably differ carry `AMBIGUOUS:` at the start of `notes`, with the
  reading chosen.
- Message-IDs, boundaries and GUIDs are derived from a hash of the case number, so output is byte-stable; the
  .docx is re-zipped with fixed timestamps and fixed core properties; the PDF uses reportlab `invariant=1`.

## Cases

| case | kind | client / encoding | what it tests |
| --- | --- | --- | --- |
"""
