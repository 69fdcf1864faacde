"""Static parts of heldout75/README.md (the case table is generated from the case definitions)."""

README_HEAD = """# heldout75 — blind held-out set for minutebot's parser (cases 10301–10338)

{total} raw messages (`NNNNN-slug.eml`, the bytes the receiving Postfix stores, LF line ends) with gold answers
(`NNNNN-slug.json`, the corpus README schema), the roster the bots know (`roster.csv`, corpus columns) and the
generator that writes all of it. Counts: minutes {minutes}, other {other}, auto {auto}; {items} gold items.
No `reply` cases in this set (every gold has `"reply": null`).

    /work/blind/venv/bin/python make_heldout75.py           # rewrite every file (deterministic bytes)
    /work/blind/venv/bin/python make_heldout75.py --check   # validate what is on disk

`--check` rebuilds every message in memory and compares bytes with the disk; re-parses every .eml with
`email.policy.default` (no MIME or header defects; every text part decodes strictly in its declared charset;
the .docx opens with python-docx and the .pdf gives text with pypdf); checks that every written "M月D日（周X）"
weekday is right for 2026; that every phrase a gold relies on is really in the mail; that roster owners carry
their roster address/department and outsiders an address found in From/To/Cc; and **recomputes every gold date
and follow-up from the message's own Date header in Asia/Shanghai with chinesecalendar**, using the rule
written next to each hand-written date (`lib75.resolve`).

Files: `make_heldout75.py` (driver and check), `lib75.py` (roster, gold helpers, date rules), `mime75.py`
(hand-written MIME: encoded words, base64/QP/8bit bodies, multiparts, docx/pdf makers), `clients75.py`
(each client's top headers and the receiving hop), `styles75.py` (client HTML dressing), `cases_a.py` …
`cases_e.py` (the cases), `readme75.py` (this text).

## Organisations (all new; domains are `example.*`)

| organisation | where / what | domain | bot address |
| --- | --- | --- | --- |
| 阳江锋匠刀剪实业有限公司 (Fengjiang Cutlery) | Yangjiang, Guangdong; kitchen knives and scissors maker, exports. 总经办, 外贸部, 生产部, 研发部, 品质部, 采购部, 电商部, 财务部 | fjcutlery.example.cn | minutes@fjcutlery.example.cn (纪要助手) |
| Soča Outdoor Gear (Rizhao) Co., Ltd. 索查户外用品（日照） | Rizhao, Shandong; Slovenian-owned tent and sleeping-bag plant; writes English. Management, Production, Quality, Supply Chain, Engineering, HR & Admin, Finance; HQ Soča Outdoor d.o.o., Kranj (Product Development, Group Sourcing) | socaoutdoor-rz.example.cn, socaoutdoor.example.si | minutes@socaoutdoor-rz.example.cn (Minutes Bot) |
| 延吉市商务局 (Yanji Municipal Bureau of Commerce) | Yanji, Jilin; government unit: 局领导, 办公室, 外经贸科, 电子商务科, 市场流通科, 口岸和开放合作科. Municipal SOE counterpart 延吉城发物流集团有限公司 (yjcf.example.cn) | yjsswj.example.gov.cn | minutes@yjsswj.example.gov.cn (纪要助手) |
| 孝感澴川米酒食品有限公司 (Huanchuan Rice Wine) | Xiaogan, Hubei; rice-wine (米酒/酒酿) food maker. 总经办, 生产部, 品控部, 电商部, 市场部, 采购部, 储运部, 财务部 | hcmijiu.example.cn | minutes@hcmijiu.example.cn (纪要助手) |

Outside parties who appear as owners or senders (not in the roster): 广东宏钢特钢 (steel-strip supplier, mentioned
only), Cocina Austral, Montevideo (buyer Marcelo Ferreyra, `cocinaaustral.example.com.uy`), 重庆两江鲜达商贸
(distributor 邓凯, `xianda-cq.example.cn`), the SOE people 尹相国 / 南英华 / 朴永吉, a toolmaker's Mr. Qu, a
machining team lead 阿伟. One section chief writes from a personal mailbox at `yeah.example.net`.

Clients and encodings covered: Outlook zh-CN (gb2312 base64/QP, utf-8 QP, Word HTML, multipart/related with an
inline logo, .docx attachment), Exchange Online/M365 English (UTC Date headers), Foxmail (GBK, UTF-8), Tencent
Exmail (gb18030), QQ Mail, WeCom mail, Coremail (GBK, gb2312, UTF-8; PDF attachment), NetEase Mail Master, NetEase
Qiye Mail, Feishu mail, DingTalk mail (HTML-only Excel paste), Gmail (+0200 Date), Apple Mail, iPhone Mail,
Thunderbird format=flowed (8bit UTF-8 and 7bit English), a Postfix DSN.

## 2026 calendar used (chinesecalendar)
Qingming 04-04..06; May Day 05-01..05 with make-up Saturday 05-09; Dragon Boat 06-19..21; Mid-Autumn 09-25..27;
National Day 10-01..07 with make-up days Sun 09-20 and Sat 10-10. Send dates run from 2026-04-02 to 2026-08-28.

## Conventions applied beyond the corpus README
- **Weekdays.** Bare weekdays are never written on the send day itself in this set, so the corpus rule ("on or
  after the send date") and the research rule ("next such day after the send day") give the same dates.
  下周X / next X = that day in the following Monday-start week, also when the mail is sent on a Sunday (10335).
- **Holiday phrases.** X节前 = the last working day before the holiday block; 节后第一个工作日 = the first working
  day after it; 节后N个工作日内 = the Nth working day after it. N个工作日内 counts from the day after the send day
  (a make-up Saturday send counts forward from Monday).
- **本周内** = the calendar-week Sunday (date-phrases.tsv policy); the case says AMBIGUOUS.
- **Times.** A time is recorded only when the text gives one (15:00, 下午3点, 两点半, noon/中午12点 → 12:00, N小时内 from
  the Date header). 下班前 / EOD give the date with no time. Follow-ups written in another zone (CEST, Montevideo)
  are recorded in Asia/Shanghai wall-clock time. "Same time next week" / 下周三同一时间 take the meeting's start time.
- **Vague.** 尽快, ASAP, 待定, TBD, 6月下旬, "sometime in the week of …" → no date, `vague_due`. No deadline words at
  all (持续, 长期, "No date yet", conditional follow-ups) → `no_due`.
- **Owners.** Titles, nicknames and English names go through roster aliases (陈工, 李主管, 小汪, HW, JH, Kelly).
  "我 / Me / Owner: me / 我牵头 / 由我负责" = the From person. A unit without a person (外经贸科, 采购部, QA team) →
  owner null, `no_owner`, department = the unit when it is exactly a roster department name, else null. When one
  cell holds 主责 and 配合, or "X/Y … X leads", the 主责 / lead person owns the item; with a bare "Simon / Yolanda"
  the first named is recorded (AMBIGUOUS). In a 跨部门协作事项跟踪表 with both 责任人（发起方） and 责任人（协作方）,
  the 协作方 person who delivers the work is recorded (AMBIGUOUS). Outsiders get the address of the From/To/Cc
  entry with that display name, otherwise null; their department is null.
- **What is not an item.** Decisions, figures, standing rules (每月25日前报送进展, 各科室要加强…), 已完成 / [x] rows,
  上周工作完成情况 reports, 章节速览 / 会议摘要 / 精彩片段 of AI minutes (only 待办 count), items of an older meeting
  quoted below new minutes, and the second-language copy of a bilingual line.
- **Attachments.** When the minutes are only in a .docx or .pdf, the gold items come from it.
- **Corrections in a preface.** A forwarding note that moves a deadline wins over the forwarded text.
- **AMBIGUOUS.** Where a careful reader could go either way, the gold takes the reading most readers would and
  its `notes` contain "AMBIGUOUS:" with the alternative.

## Cases
"""

README_TAIL = """
Every gold date above was computed by hand and is re-derived by `--check`; the reasoning is in each case's `notes`.
"""
