README_HEAD = """# heldout76 — blind held-out set for the minutebot parser (cases 10401–10438)

Raw messages (`NNNNN-slug.eml`, LF line ends as a Maildir stores them) with gold answers (`NNNNN-slug.json`,
the schema of `/work/shared/corpus/README.md`), the roster (`roster.csv`, same columns as the corpus roster)
and the generator that writes all of it:

    /work/blind/venv/bin/python make_heldout76.py           # write every file
    /work/blind/venv/bin/python make_heldout76.py --check   # validate (exit 0 = pass)

Generator files: `make_heldout76.py` (writer + `--check`), `h76_common.py` (roster, date rules on
chinesecalendar, raw MIME helpers), `h76_cases_a.py` … `h76_cases_g.py` (the cases), `h76_readme.py` (this head).
`--check` regenerates everything in memory and compares it byte for byte with the files on disk, re-parses each
.eml with `email.policy.default` (no message, part or header defects; every text part decodes strictly in its
declared charset; the .docx opens with python-docx and the .pdf gives text with pypdf), and recomputes every gold
due date and every next_followup from the message's own Date header in Asia/Shanghai with chinesecalendar, using
the rule written next to each gold item (weekday, 下周X, N个工作日内, 月底, 节前/节后, today, hours …). It also
checks that flags agree with null owners/dates and that every owner email is in the roster or in From/To/Cc.
.docx bytes are made deterministic by rewriting the zip with fixed timestamps; the PDF uses reportlab `invariant=1`.

## Organisations (all new; `example.*` domains)

| organisation | kind | domain | writers |
| --- | --- | --- | --- |
| 六盘水乌蒙果业有限公司 (Liupanshui, Guizhou): red-flesh kiwifruit bases, cold store, packing, e-commerce | private company | `wumeng-fruit.example.cn` | 总经办, 基地管理部, 品控部, 销售部, 电商部, 仓储物流部, 财务部 |
| ↳ Lion City Greengrocers Pte Ltd (Singapore buyer), 水城黔印包装 (carton supplier) | partners | `liongreen.example.sg`, `qianyin-pack.example.cn` | Grace Teo, Marcus Lim |
| 平凉市崆峒区统计局 (Pingliang, Gansu): 第四次全国农业普查, data quality | government unit | `kdtjj.example.gov.cn` | 局领导, 办公室, 农业统计股, 普查中心(区农普办), 国民经济核算股, 综合法规股 |
| ↳ 崆峒镇人民政府 统计站; 统计信息周报 (newsletter) | outside senders | `ktz.example.gov.cn`, `gstj-news.example.org.cn` | |
| 库玛桑拿设备（莆田）有限公司 Kuma Sauna Equipment (Putian, Fujian), owned by Kuma Saun OÜ (Tallinn, Estonia): sauna heaters and cabins; writes English | foreign-owned | `kumasauna-pt.example.cn`, `kumasauna.example.ee` | Plant Management, Production Planning, Quality, Supply Chain, HR & Admin; Tallinn Group Product/Engineering/Logistics |
| ↳ Boreal Heat Supply (Canadian distributor; only as a bounced address) | partner | `borealheat.example.ca` | |
| 乌兰察布阴山燕麦产业集团有限公司 (Jining district, Ulanqab, Inner Mongolia): oat rice/flakes, municipal SOE | state-owned enterprise | `yinshan-oats.example.cn` | 集团领导, 综合办公室, 生产运营部, 质量安全部, 项目建设部, 营销中心, 安全环保部, 财务资产部 |
| ↳ Prairie Mill Systems Ltd. (Saskatoon, Canada): kiln supplier, writes English | partner | `prairiemill.example.ca` | Ryan Whitford, Dana Kowalchuk |

Each organisation runs its own bot address (`minutes@<its domain>`); `roster.csv` merges the four rosters.
People outside the roster (Grace Teo, Marcus Lim, Ryan Whitford) resolve through From/To/Cc display names.

## Conventions applied beyond the corpus README

- Dates follow the corpus README first and `research/dates-eval.md` where the README is silent: bare weekday =
  this week's day if not yet past; 下周X = that day of the next Mon–Sun week; N个工作日内 counts working days
  (chinesecalendar, 调休 included) from the day after sending; 节前 = last working day before the holiday block;
  节后 / after the holiday = first working day after it; 月底 / end of May = last day of the month; 本周内 =
  Sunday of the calendar week (the research table's reading, marked AMBIGUOUS).
- 下班前 / EOD / today give the date with due_time null (corpus convention); explicit clock times (下午5点前,
  中午12点前, by tomorrow noon, 16:30) give due_time.
- Vague periods (5月上旬, TBD, 待定, 尽快, ASAP, 'no date yet') -> due null + vague_due. A task with no deadline
  word at all, a conditional step ('若仍不合格…'), a step tied to an unknown event ('到场当天') or a recurring
  duty ('每周五…一次') -> no_due.
- 主责/配合 in one cell -> the 主责 person owns the item. In the seed 跨部门协作事项跟踪表 with two 责任人 columns the
  发起方 person owns it (AMBIGUOUS). '牵头 X，Y 具体负责' -> Y (AMBIGUOUS). '由我/我负责/(me)/I will' -> the sender.
- AI-generated minutes (钉钉, 腾讯会议, 飞书): only the 待办 list is items; summaries and chapters are discussion.
- New minutes posted as RE:/回复 in an old thread, and forwards with a cover note, are minutes; quoted or
  forwarded-over old items are not extracted, cover notes are not items. In the forward both the forward and
  the original were sent on the same day, so relative dates agree from either anchor.
- Where a gold choice is a judgement call the case's notes start with `AMBIGUOUS:` and say which reading was taken.
- next_followup: the next meeting stated in the minutes; 'same time' takes the meeting's stated start time; with
  two time zones the Beijing time is used. Notices, reschedule requests and other mail have none.
"""
