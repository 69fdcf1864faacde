"""README.md for heldout71 (rendered by make_heldout71.py)."""

HEAD = """# heldout71 — blind held-out set for the minutebot parser (cases 9901–9938)

38 raw messages (`NNNN-slug.eml`, the bytes a receiving server stores, LF line ends) with gold answers
(`NNNN-slug.json`, the schema of `/work/shared/corpus/README.md`), the roster (`roster.csv`) and the generator
(`make_heldout71.py` + `lib71.py`, `cases71_a.py` … `cases71_f.py`, `readme71.py`). Counts: {counts}; {nitems} gold items.

    /work/blind/venv/bin/python make_heldout71.py           # rewrite every file (deterministic, byte-identical)
    /work/blind/venv/bin/python make_heldout71.py --check   # validate what is on disk

`--check` re-parses every .eml with `email.policy.default` (no defects on any part or header), decodes every text part
strictly in its declared charset, opens the .docx with python-docx and extracts the PDF text with pypdf, requires each
gold task text to occur in the mail (body, HTML or attachment), recomputes every gold due date and follow-up from the
message's own Date header in Asia/Shanghai with `chinesecalendar` (rule per item in the case code), and checks that
the files on disk are exactly what the generator writes.

Score a parser with `python3 /work/shared/tools/score_corpus.py /work/blind/heldout71 --cmd "minutebot parse" -v`.

## Organisations (all new; `example.*` domains)

| org | who | domain | bot address |
| --- | --- | --- | --- |
| 郴州市北湖区民政局 (Chenzhou, Hunan) — government unit: 局领导, 办公室, 养老服务股, 社会救助股, 社会事务股, 规划财务股; 燕泉街道民政办 | civil affairs: elderly care stations, 低保/救助, marriage registry | `bhqmzj.example.gov.cn` | `minutes@bhqmzj.example.gov.cn` |
| 白山松泉矿泉水饮品有限公司 (Baishan, Jilin) | mineral-water bottler: 生产部, 质量部, 设备部, 销售部, 采购部, 综合办, 财务部 | `songquan-water.example.cn` | `minutes@songquan-water.example.cn` |
| Tatra Brzdy (Shaoguan) Co., Ltd. 塔特拉制动（韶关） — Slovak-owned brake-caliper plant, HQ Tatra Brzdy a.s., Žilina; writes English | Management, Engineering, Quality, Production, Supply Chain, HR & Admin; HQ Group Quality / Group Engineering | `tatrabrzdy-sg.example.cn`, HQ `tatrabrzdy.example.sk` | `minutes@tatrabrzdy-sg.example.cn` |
| 吴忠鑫源滩羊食品有限公司 (Wuzhong, Ningxia) — Tan-sheep lamb processor; customer Pars Zagros Foods (Tehran, Iran, writes English) | 品控部, 外贸部, 生产部, 冷链物流部, 财务部, 采购部 | `xinyuan-tanyang.example.cn`; customer `parszagros.example.ir` | `minutes@xinyuan-tanyang.example.cn` |

Outsiders who appear as owners or senders and are not in the roster: Reza Tehrani and Mina Karimi (Pars Zagros),
张振华 (康乐养老院 director, `kangle-yly.example.cn`), 刘畅 (a preform supplier, `jcpreform.example.cn`).

## Conventions applied beyond the corpus README

- Bare weekday (周四, by Thu, by Monday) = the next such day after the send day; no case puts a bare weekday on its
  own send day. 本周X = that day of the current Mon–Sun week; 下周X / next Monday / Wednesday next week = that day of
  the following week.
- 本周内 = the end of the current calendar week (Sunday), as in `research/date-phrases.tsv`; both cases that use it
  carry an AMBIGUOUS note (a reader may take the last working day instead).
- X节前 (端午节前, 中秋节前, before the Dragon Boat holiday) = the last working day before the holiday block;
  节后第一个工作日 = the first working day after it (2026: Labour Day 05-01..05, make-up Sat 05-09; Dragon Boat
  06-19..21; Mid-Autumn 09-25..27).
- 下班前 / EOD / 今天下班前 give the date without a time (due_time null), as the corpus README says; 中午12点 /
  上午9点 / 15:00 give a time. Hour spans (2小时内, 24小时内) count from the Date header and give due_time.
- 月底 / 月底前 / end of month = last day of the send month; 7月中旬, 8月上旬 = period words -> null + vague_due
  (corpus convention for 中旬).
- Times in other zones (CEST, Tehran) are converted to Asia/Shanghai for next_followup; a Date header in another
  zone is converted before any relative phrase is resolved (9905 crosses midnight into the next Shanghai day).
- AI meeting minutes (钉钉/飞书/腾讯会议 智能纪要): only the 待办 section gives items; summaries and chapter notes
  are narrative even when they contain names and dates. A human preface that adds or reassigns an item counts.
- Tables with a 主责/配合 cell: the 主责 person owns the item. Seed 跨部门协作事项跟踪表: the 责任人 column owns the
  row, 计划完成时间 is the due. A ①② cell with ①② deadlines gives one item per sub-task.
- A unit-only owner (社会救助股, 各街道民政办, Owner TBD) -> owner null + no_owner; department is the written unit
  when it is exactly a roster department, else null.
- A standing duty (长期坚持) or a rule for everyone (每周五报办公室) is policy, not an item.
- next_followup: a dated next meeting/check-in (including '同一时间' resolved to the meeting's start time and a
  dated re-inspection); '另行通知' / 'date to be agreed' -> null.
- Tasks are copied from the text (verbatim substrings, so the check can find them), without owner and date words.
- AMBIGUOUS notes start with 'AMBIGUOUS:' and give the reading chosen and the alternative.

## Cases

| case | kind | what it tests |
| --- | --- | --- |
"""


def render(cases):
    counts = {}
    for c in cases:
        counts[c.kind] = counts.get(c.kind, 0) + 1
    cs = ", ".join("%s %d" % (k, counts[k]) for k in ("minutes", "other", "auto") if k in counts)
    out = HEAD.format(counts=cs, nitems=sum(len(c.items) for c in cases))
    for c in cases:
        out += "| %s | %s | %s |\n" % (c.name, c.kind, c.tests.replace("|", "/"))
    return out
