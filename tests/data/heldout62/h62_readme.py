"""README text for heldout62 (the case table is appended by make_heldout62.py)."""

HEAD = """# heldout62 — blind held-out set for minutebot (cases 9001–9038)

38 raw messages (`NNNN-slug.eml`, the bytes the receiving server stores) with gold answers (`NNNN-slug.json`, the
schema of `/work/shared/corpus/README.md`), the roster (`roster.csv`, same columns as the corpus roster) and the
generator. Counts: {counts}; {items} gold items.

Regenerate and verify (deterministic: fixed Message-IDs, boundaries, docx zip/core timestamps, reportlab `invariant=1`):

    /work/blind/venv/bin/python make_heldout62.py            # writes every file here
    /work/blind/venv/bin/python make_heldout62.py --check    # re-parses and re-resolves everything on disk

`--check` parses every `.eml` with `email.policy.default` (message, part and header defects are failures),
decodes every text part strictly in its declared charset, opens the `.docx` and extracts the `.pdf` text (and
looks for key phrases in them), and re-resolves every gold `due_date` / `due_time` (hour deadlines) and
`next_followup` date from the message's own Date header in Asia/Shanghai with `chinesecalendar`, using the rule
recorded per item in `specs.json` (for example `wdays:3`, `before:Dragon Boat Festival`, `next:2`, `md:6-16`).
Each gold date was also written by hand in the generator; the check fails when the two disagree. `specs.json` is
not a case file (the scorer only reads `.json` files that sit beside an `.eml`).

Generator files: `make_heldout62.py` (write / check), `h62_lib.py` (roster, date rules, MIME pieces, docx/pdf),
`h62_clients.py` (header sets per mail client), `h62_cases_a.py` … `h62_cases_g.py` (a few cases each),
`h62_readme.py` (this text).

## Organisations (all new; `example.*` domains)

| organisation | where | kind | domain | bot address |
| --- | --- | --- | --- | --- |
| 邵阳青丝发制品有限公司 (Qingsi Hair Products): 总经办, 外贸部, 生产部, 品管部, 采购部, 电商部, 财务部 | Shaoyang, Hunan | private exporter of wigs / hair pieces (customers in Brazil, Nigeria, Côte d'Ivoire; Indian raw-hair supplier) | `qingsi-hair.example.cn` | `minutes@qingsi-hair.example.cn` |
| Morava Traction Systems (Zhuzhou) Co., Ltd. 摩拉瓦牵引系统（株洲）: Management, Engineering, Quality, Supply Chain, Project Management, Production; parent Morava Trakce a.s. (Brno): Group Quality, Group Engineering | Zhuzhou, Hunan + Brno, Czech Republic | Czech-owned maker of tram traction motors; writes English (and Chinese among local staff) | `morava-traction.example.cn`, `morava-trakce.example.cz` | `minutes@morava-traction.example.cn` |
| 承德市双桥区文化广电和旅游局: 局领导, 办公室, 文物保护科, 产业发展科, 公共服务科, 文化市场综合执法大队 | Chengde, Hebei | district government bureau (culture, tourism, heritage, market enforcement) | `sqwgl.example.gov.cn` | `minutes@sqwgl.example.gov.cn` |
| 晋江踏浪运动用品有限公司 (Talang Sports): 总经办, 产品中心, 研发部, 供应链部, 电商运营部, 品牌部, 财务部 | Jinjiang, Fujian | private running-shoe brand on Feishu/WeCom | `talang-sports.example.cn` | `minutes@talang-sports.example.cn` |

Outside parties appear only as text or as non-owner correspondents (晋江鑫源鞋材 黄厂长, 福州动步体育 郑立航
`dongbu-sports.example.cn`, a bounced supplier address `xinlian-wire.example.cn`, HR sender Li Xiao).

## Conventions applied beyond the corpus README

- Dates follow the corpus README first and `research/dates-eval.md` where the README is silent: bare weekday = on
  or after the send day; 下周X = that day of the next Mon–Sun week (also when sent on a Saturday); N个工作日内
  counts Chinese working days from the day after sending (2026: Labour Day 05-01..05-05 with make-up Sat 05-09,
  Dragon Boat 06-19..06-21 without a make-up day, Mid-Autumn 09-25..09-27, National Day 10-01..10-07);
  X节前 = last working day before the holiday block, 节后(第一个工作日) = first working day after it; 本周内 = Sunday
  of the send week (research policy, marked AMBIGUOUS); N天内 / 一周内 = send date + N days; 今晚8点 = 20:00.
- 今天下班前 / 下班前 / EOD give the date without a time (corpus); a bare 上午 with no clock time is 12:00 (research
  policy, marked AMBIGUOUS); hour deadlines count from the Date header.
- 中旬 (8月中旬前) is a vague period -> vague_due (corpus example 11月中旬), not the research "20th".
- Dates are resolved in Asia/Shanghai: a +0200 Sunday-night mail is a Monday mail; Exchange +0000 headers are
  converted. Forwarded minutes resolve against the forward's Date; the cases pick dates where both anchors agree.
- Owners: titles, nicknames and English names resolve through roster aliases (曾经理, 彭厂长, 许工, 阿峰, JJ, Harry,
  Bo Wen …). 我 / me / Bo (me) / 【我】 = the From person. 主责：X 配合：Y -> X. 由孟局牵头，办公室配合 -> 孟庆和.
  Two people on one item ("Helen + Joe") -> the first named (AMBIGUOUS note). In the seed 跨部门协作事项跟踪表
  with 责任人（发起方）and 责任人（协作方）, the 发起方 person owns the row (AMBIGUOUS note).
- Unit-only owners (办公室, 品管部, 财务部, Quality team, 牵头单位：文物保护科) -> owner null, no_owner, department = the
  unit as the roster spells it (执法大队 -> 文化市场综合执法大队); units outside the roster (HR) -> department null.
  待分配 / 待确认 / TBD owners -> no_owner, department null.
- In a seed 外部沟通跟进表 row, a ①② step that names a person is that person's; a step that names nobody is the
  row 负责人's; a step that names only a department is department-only (AMBIGUOUS note where it matters).
- Conditional steps (如不能…, 到货后2个工作日内 with an unknown arrival), recurring duties (每周报送, 节会期间每日) and
  open-ended follow-ups get no date and no_due.
- AI-generated minutes (飞书妙记, 钉钉AI听记, 腾讯会议智能纪要): only the 待办 list is items; summaries, chapters and
  decisions are not, even when they name a person and a date.
- Status lines (已完成/Closed/Done rows, 上次事项落实情况, 上周待办回顾, "Done since last time", [x]) and quoted old
  minutes in a reply thread are never items.
- The next follow-up is the next meeting of the same series, written in any form (下周一同一时间, 节后第一个工作日
  上午10点, "Next check-in … 15:00 Zhuzhou / 09:00 Brno" -> the Shanghai time). A meeting announced by a 会议通知
  (kind other) is not a follow-up.
- kind other: mail written by a person that is not minutes (requests, rescheduling, a reply in a customer thread, a
  会议通知, a person-written internal newsletter without bulk headers). kind auto: out-of-office / vacation replies
  (with or without Auto-Submitted) and an NDR.

## Cases

"""
