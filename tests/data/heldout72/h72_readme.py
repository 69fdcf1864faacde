"""README.md for heldout72."""

HEAD = """# heldout72 — blind held-out set for the minutebot parser (cases 10001–10038)

38 raw messages (`NNNNN-slug.eml`, the bytes the receiving server stores, LF line ends) with gold answers
(`NNNNN-slug.json`, the schema of `shared/corpus/README.md`), the roster (`roster.csv`, same columns as the corpus
roster) and the generator: `make_heldout72.py` plus `h72_lib.py` (calendar rules, people, MIME assembly, gold
builders, .docx/.pdf), `h72_cases_1..5.py` (the cases) and `h72_readme.py` (this file).

    /work/blind/venv/bin/python make_heldout72.py          # rewrite every file (deterministic bytes)
    /work/blind/venv/bin/python make_heldout72.py --check  # re-parse and re-derive, exit 1 on any problem

`--check` re-parses every .eml with `email.policy.default` (no defects in any part or header, every text part decodes
strictly in its charset — gb2312 is decoded as GBK as all real clients do —, the .docx opens, the PDF text extracts),
compares the files on disk with a fresh generation, and recomputes every gold due date and follow-up date from the
message's own Date header in Asia/Shanghai with `chinesecalendar` 1.11.0 (each date in the generator is written by
hand *and* given as a rule; both must agree). It also checks that only `example.*` domains appear (plus real mail
infrastructure ids such as `mail.gmail.com` / `prod.outlook.com`) and none from `blind/prompts/excluded.txt`.

Counts: **minutes {minutes}, other {other}, auto {auto}; {items} gold items**; {fu} minutes have a next follow-up.
Send dates 2026-04-09 … 2026-08-27.

## Organisations (all invented; one bot address per organisation)

| org | who | domain(s) | bot |
| --- | --- | --- | --- |
| A | 乐山市市中区数据局 (Leshan, Sichuan; district data bureau — government): 局领导, 办公室, 数据资源科, 数字基础设施科, 政务数据应用科, 区大数据中心. Partners: 嘉州数字科技集团 (city SOE platform company; 郑凯文, 何敏), 苏稽镇便民服务中心 (张桂兰) | `lsszqsjj.example.gov.cn`, `jzdigital.example.cn`, `sujizhen.example.gov.cn` | minutes@lsszqsjj.example.gov.cn |
| B | Bloemhof Genetics (Yuxi) Co., Ltd. — Dutch-owned rose breeding / young-plant propagation in Yuxi, Yunnan; HQ Bloemhof Genetics B.V., Aalsmeer (Femke Visser, Joost Bakker). Writes English. Departments Management, Propagation, Quality, Sales & Logistics, Admin & HR, Group Breeding, Group Finance. Forwarder 滇中天冷物流 SkyCold (He Dong) | `bloemhof-yx.example.cn`, `bloemhof.example.nl`, `skycold-yx.example.cn` | minutes@bloemhof-yx.example.cn |
| C | 镇江醇和醋业有限公司 (Zhenjiang, Jiangsu; aged-vinegar brewer): 总经办, 酿造车间, 品控部, 销售部, 电商部, 采购部, 设备部. Korean importer Daon Foodnet (Busan; Park Ji-hoon, Kim Soo-min), bottle supplier 丹阳晶润玻璃制品 (束志勇, 吉海燕) | `chunhe-vinegar.example.cn`, `daonfood.example.kr`, `jingrun-glass.example.cn` | minutes@chunhe-vinegar.example.cn |
| D | 通辽科尔沁牧歌肉业有限公司 (Tongliao, Inner Mongolia; halal beef slaughter and export): 总经理办公室, 国际贸易部, 品控部, 冷链物流部, 分割车间, 屠宰车间, 设备动力部, 养殖基地. Omani buyer Sohar Fresh Provisions LLC (Salim Al-Harthy, Aisha Al-Balushi), who write English | `muge-beef.example.cn`, `soharfresh.example.om` | minutes@muge-beef.example.cn |

The roster holds the 37 people of A–D (heads' manager = the organisation's top person; foreign HQ staff have none);
partners, suppliers and customers are outside it and resolve through the From/To/Cc display names.

## 2026 calendar used (chinesecalendar 1.11.0)
清明 04-04..04-06; 劳动节 05-01..05-05 with make-up Saturday 05-09; 端午 06-19..06-21 (no make-up day);
中秋 09-25..09-27; 国庆 10-01..10-07 with make-up days 09-20 (Sun) and 10-10 (Sat).

## Conventions applied beyond the corpus README
- Dates follow `shared/research/dates-eval.md`: bare weekday = this week's if not past, else next week's; 下周X /
  next X = weekday of the following Mon–Sun week; 本周内 / within this week = Sunday of the send week; 月底 = last day
  of the month even when it is a Sunday; 节前 = last working day before the holiday block; 节后第一个工作日 = first
  working day after it; 节后N个工作日内 counts that first working day as day 1; N个工作日内 counts from the day after
  sending with 调休 days; N小时内 / within N hours counts from the Date header and sets due_time.
- 今天/明天下班前, EOD and 'today' give the date without a time (corpus convention); explicit clock times (下午5点,
  中午12点, 早6点, 9:00) set due_time.
- Deadlines relative to an event with no date (收货后3个工作日内, 检查结束后5个工作日内, 入库前, 到货当天, 'after
  receiving the label') get no date and the flag no_due; periods (8月上旬, early July) and 待定/另定/TBC/ASAP/尽快 get
  vague_due.
- Owners: a cell '主责：X / 配合：Y', '【X牵头，Y配合】', '（X主责，Y配合）' -> X; 'X（配合：Y）' -> X; a separate line
  '配合X完成…' with its own owner is an item of that owner. Company-only owners ('Chunhe to …') and department-only
  责任单位 -> owner null + no_owner (department = ours when written). '我这边' -> the sender. 'Product owner (Femke)',
  'Mr. Liu Zhendong (boning hall)', 'Chunhe (Ms. Da)' -> the person. In the seed 跨部门协作事项跟踪表 with both
  责任人（发起方） and 责任人（协作方） columns the executing 协作方 owns the row (AMBIGUOUS, noted in 10024).
- AI-generated minutes (钉钉闪记, 飞书妙记, 腾讯会议 AI小助手): only the 待办 list counts; summaries, chapters and
  speaker views are never items.
- Follow-up: times given in two zones are recorded in Asia/Shanghai; '同一时间 / same time' takes the start time of
  the meeting in the header; a row-level 下次沟通时间 in a seed table is the follow-up.
- A newsletter or notice written and sent by a person (no List-*/Precedence headers) is `other`; a vacation reply
  made by a client rule without Auto-Submitted is still `auto` (subject + body + reply to a bot recap).
- Headers of the message carrying the GBK-only 珺 are labelled gbk (its body stays labelled gb2312, as Outlook does);
  non-ASCII attachment names use RFC 2231 (`filename*=`), which parses without defects.
- Where a case is truly ambiguous the gold takes the reading most readers would and the notes start that sentence with
  'AMBIGUOUS:' (10006, 10011, 10016, 10024, 10034).

## Cases

| case | kind | what it tests |
| --- | --- | --- |
"""


def render(cases):
    kinds = {"minutes": 0, "other": 0, "auto": 0, "reply": 0}
    for c in cases:
        kinds[c.kind] += 1
    head = HEAD.format(minutes=kinds["minutes"], other=kinds["other"], auto=kinds["auto"],
                       items=sum(len(c.gold["items"]) for c in cases),
                       fu=sum(1 for c in cases if c.gold["next_followup"]))
    rows = "\n".join("| %s | %s | %s |" % (c.name, c.kind, c.readme.replace("|", "/")) for c in cases)
    return head + rows + "\n"
