"""README.md text for heldout81 (the per-case table is built from the cases themselves)."""

HEAD = """# heldout81 — blind held-out set for minutebot (cases 10901–10938)

38 raw messages (`NNNNN-slug.eml`, bytes as the receiving server stores them) with gold answers (`NNNNN-slug.json`, the
schema of `/work/shared/corpus/README.md`), the roster (`roster.csv`, same columns as the corpus roster) and the generator
(`make_heldout81.py` + `h81lib.py`, `h81_cases_a.py` … `h81_cases_g.py`, `h81_readme.py`).

    /work/blind/venv/bin/python make_heldout81.py           # rewrite every file (deterministic)
    /work/blind/venv/bin/python make_heldout81.py --check   # validate what is on disk

`--check` re-parses every .eml with `email.policy.default` (no message, part or header defects; every text part decodes
strictly in its declared charset; .docx attachments open with python-docx, .pdf attachments give text with pypdf),
recomputes every gold due date and follow-up from the message's own Date header in Asia/Shanghai with `chinesecalendar`,
compares with the .json, checks owner e-mails against the roster or the From/To/Cc of the message, and checks that the files
are byte-identical to a fresh generation.

Counts: {counts}; {n_items} gold items.

## Organisations (all new; `example.*` domains)

| organisation | place | trade / kind | domain | bot address |
| --- | --- | --- | --- | --- |
| 乌海市海勃湾区城市管理综合行政执法局 (offices 局领导, 办公室, 市容环境卫生科, 执法一/二中队, 法制科, 市政设施科, 数字城管指挥中心) | Wuhai, Inner Mongolia | government unit (urban management law enforcement) | `hbwzf.example.gov.cn` | `minutes@hbwzf.example.gov.cn` |
| 乌海市海勃湾区市政设施养护有限公司 (partner, not in the roster) | Wuhai | state-owned maintenance company | `hbwsy.example.cn` | — |
| 梅州客都金柚食品有限公司 (总经办, 外贸部, 销售部, 生产部, 品管部, 研发部, 采购部, 仓储物流部, 财务部) | Meizhou, Guangdong | pomelo tea / candied peel maker | `kedujinyou.example.cn` | `minutes@kedujinyou.example.cn` |
| Smaki Wschodu Sp. z o.o. (customer, not in the roster) | Łódź, Poland | Asian-food importer | `smakiwschodu.example.pl` | — |
| Gulet Marine Refit (Hainan) Co., Ltd. 古莱特游艇修造（海南）, Turkish-owned; head office Gulet Marine Yat Bakım A.Ş. (Bodrum) | Baimajing, Danzhou, Hainan; Bodrum, Turkey | yacht refit yard, writes English and Chinese | `guletmarine-hn.example.cn`, `guletmarine.example.com.tr` | `minutes@guletmarine-hn.example.cn` |
| S/Y Maresia (customer: Capt. Rafael Moura), 琼北木业 Qiongbei Timber (supplier) — not in the roster | Brazil-flagged yacht; Hainan | — | `maresia-yachting.example.com.br`, `qiongbei-timber.example.cn` | — |
| 河源恒拓智能锁业有限公司 HengTuo Smart Lock (总经办, 研发中心, 品质部, 生产部, 采购部, 海外销售部) | Heyuan, Guangdong | smart door-lock maker | `hengtuo-lock.example.cn` | `minutes@hengtuo-lock.example.cn` |
| Trava Segura Distribuidora Ltda. (customer, not in the roster) | Curitiba, Brazil | lock distributor | `travasegura.example.com.br` | — |

One roster covers the four home organisations (each has its own bot mailbox on its own domain). People of partners and
customers are not in the roster: where they own an item, the gold takes their address from the From/To/Cc display name and
department null.

## Conventions applied beyond the corpus README

- Dates follow the corpus README and `research/dates-eval.md`; send dates are 2026-04-07 … 2026-08-25, resolved in
  Asia/Shanghai. 2026 calendar used: 清明 04-04..06, Labour Day 05-01..05 (make-up Saturday 05-09), 端午 06-19..21,
  Mid-Autumn 09-25..27 (make-up Sunday 09-20).
- `X节前` / `节前` (端午节前, 五一节前, 中秋节前) = the last working day before the holiday block; `节后第一个工作日` = the first
  working day after it.
- `本周内` = the end of the calendar week (Sunday), as in `date-phrases.tsv`; marked AMBIGUOUS where used.
- `X月上旬` / `X月中旬` give no date (vague_due), as the corpus does for 中旬.
- `下班前` / `EOD` give the date without a time (corpus convention); `N小时内` gives date and time from the Date header.
- A bare weekday (周三前, by Friday) is the nearest such day on or after the send date; none of the cases uses a bare weekday
  equal to the send day.
- Owner cells of the form `甲（主责）/乙（配合）`, `甲/乙` under a 主责/配合 heading, `甲（乙配合）` or `Zack (with Harry)`: the first
  (主责) person owns the item.
- Seed 跨部门协作事项跟踪表 with both 责任人（发起方） and 责任人（协作方）: the 协作方 person (who does the work) owns the row
  (AMBIGUOUS note in 10913).
- AI meeting summaries (钉钉智能纪要, 飞书智能纪要, 腾讯会议 AI 纪要): only the 待办 list is items; summaries and chapter notes
  are narrative even when they contain dates.
- `[x]` ticked lines, 已完成 rows and 上次事项 reviews are status, not items.
- A forward whose preface changes an item (10918) or a 【更正】 re-send (10936): the gold takes the updated value.
- Notes start with `AMBIGUOUS:` where a careful reader could record something else; the gold takes the reading most readers
  would, and says the alternative.
- Relative time zones: the meeting time written for Shanghai/Heyuan/Danzhou (or converted from Warsaw/Bodrum/BRT) is the
  follow-up time in Asia/Shanghai.

## Cases

| case | kind | what it tests |
| --- | --- | --- |
"""


def readme(cases):
    kinds = {}
    n = 0
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
        n += len(c.items)
    counts = ", ".join("%s %d" % (k, kinds[k]) for k in ("minutes", "other", "auto") if k in kinds)
    out = HEAD.format(counts=counts, n_items=n)
    for c in cases:
        out += "| %s | %s | %s |\n" % (c.name, c.kind, c.tests.replace("|", "\\|"))
    return out
