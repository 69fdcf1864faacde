"""README.md text for heldout73 (written by make_heldout73.py)."""

HEAD = """# heldout73 — blind held-out set for the minutebot parser (cases 10101–10138)

38 raw messages (`NNNNN-slug.eml`, the bytes a receiving server stores) with gold answers (`NNNNN-slug.json`, the
schema of `/work/shared/corpus/README.md`), the roster (`roster.csv`, same columns as the corpus roster) and the
generator: `make_heldout73.py` plus helper modules `h73_common.py`, `h73_cases_*.py`, `h73_readme.py`.

    /work/blind/venv/bin/python make_heldout73.py          # rewrite every file (deterministic bytes)
    /work/blind/venv/bin/python make_heldout73.py --check  # validate what is on disk

`--check` re-parses every .eml with `email.policy.default` (no message, part or header defects; every text part
decodes strictly in its declared charset; .docx opens with python-docx; .pdf text extracts with pypdf), checks that
regeneration gives the same bytes, and recomputes every gold date and follow-up date from the mail's own Date
header (converted to Asia/Shanghai) with `chinesecalendar`, using the rule recorded for each item in the generator.

Counts: COUNTS. Send dates April–August 2026.

## Organisations (all new; `example.*` domains)

| org | domain | bot address | notes |
| --- | --- | --- | --- |
| 沧州恒澜管件有限公司 (pipe fittings: elbows, tees; Mengcun, Cangzhou, Hebei) | `hlpipefit.example.cn` | `minutes@hlpipefit.example.cn` | 总经办, 销售部, 生产部, 质检部, 采购部, 技术部, 财务部; customer 渤海湾石化工程有限公司 (`bhwpec.example.cn`, external) |
| 宁德市蕉城区海洋与渔业局 (district government bureau, Ningde, Fujian) | `jcqhyj.example.gov.cn` | `minutes@jcqhyj.example.gov.cn` | 局领导, 办公室, 渔业科, 渔政执法大队, 海域管理科, 计划财务科; 三都镇人民政府 (`sandu.example.gov.cn`, external) |
| Kinabalu Rattan Furniture (Wuzhou) Co., Ltd. — Malaysian-owned rattan furniture plant, Wuzhou, Guangxi; head office Kinabalu Rattan Sdn Bhd, Kota Kinabalu | `kbrattan-wz.example.cn`, `kinabalu-rattan.example.com.my` | `minutes@kbrattan-wz.example.cn` ("Minutes Bot") | writes English (and Chinese); Management, Production, Quality, Supply Chain, Finance, Group Sales, Group Design; customer Casa Alentejo Móveis, Évora, Portugal (`casalentejo.example.pt`, external) |
| 鸡西墨岭石墨新材料有限公司 (municipal SOE, spherical graphite for battery anodes, Jixi, Heilongjiang) | `moling-graphite.example.cn` | `minutes@moling-graphite.example.cn` | 经理层, 综合办公室, 生产技术部, 安全环保部, 市场营销部, 物资供应部, 财务部; customer Fjellkraft Battery AS, Mo i Rana, Norway (`fjellkraft.example.no`, external, writes English) |

Each organisation runs its own bot mailbox; one roster lists the staff of all four (external people are not in
the roster and are resolved from the To/Cc/From display names, department null).

## Conventions applied beyond the corpus README

- **Weekdays.** Bare weekday (周三, by Friday) = this week's day if not past, else next week's (corpus rule);
  本周X / this Friday = that day of the current Mon–Sun week; 下周X / next Tuesday = that day of the following week.
  No case puts a bare weekday on the send day itself.
- **本周内** -> Sunday of the current week (research/dates-eval.md policy) and marked AMBIGUOUS (Friday is the other
  reading). **月底/本月底/end of month** -> last calendar day, even when it is a Sunday.
- **节前 / 端午节前 / 中秋节前 / 国庆前** -> the last working day before the holiday block (can be the send day);
  **节后第一个工作日 / 节后第一天** -> the first working day after it. 2026 blocks from chinesecalendar: 清明 04-04..06,
  劳动节 05-01..05 (make-up Sat 05-09), 端午 06-19..21, 中秋 09-25..27, 国庆 10-01..07.
- **N个工作日内 / within N working days** count from the day after sending, with 调休 make-up days counted.
- **Times.** due_time only where the text gives a clock time (明早9点, 3pm, 上午10点); 下班前 / EOD give the date
  only; hour spans (2小时内, 48小时内) run from the Date header and give a time.
- **Conditional deadlines** (图纸到后5个工作日内, 发货前, 收到清单后…, once approved) -> due null, `no_due`; standing
  duties (长期, ongoing, 每周一报送) -> `no_due`. Vague words (尽快, ASAP, TBD, 待定, 另行通知, 中旬) -> `vague_due`.
- **主责/配合**, "X + Y", "(Y 配合)", back-up: the 主责 / first-named person owns the item; 配合 and reviewers
  (把关) are not owners. ①② sub-tasks under a 主责 heading are separate items owned by the 主责.
- **Government styles.** 一是/二是 sentences with （责任单位：…；完成时限：…）: a unit alone -> owner null,
  `no_owner`, department = the unit when it is one of ours; two units -> department null. 责任领导 supervises, the
  责任人 owns. A named 同志 inside the sentence is the owner.
- **AI minutes** (钉钉AI听记, 飞书妙记, 腾讯会议智能纪要) forwarded by a person are minutes; only the 待办 block counts.
- **Forwarded minutes** and **new minutes posted as RE:** count the minutes' items, never the items of quoted older
  minutes; a corrected re-send restates all items with the corrected values.
- **Tasks** are written as in the mail (English or Chinese), without owner and date decorations.
- **Kinds.** A person-written bulletin without bulk/list headers is `other`; auto-replies are `auto` with or
  without `Auto-Submitted`.
- **AMBIGUOUS.** Where a careful reader could go two ways, the gold takes the most common reading and the case's
  `notes` say "AMBIGUOUS:" followed by the alternative.
- Every text part decodes strictly in its declared charset (gb2312 parts use only GB2312 characters; GBK and
  gb18030 are labelled as such). Non-ASCII attachment names use RFC 2231 (`filename*=`).

## Cases

| case | kind | items | what it tests |
| --- | --- | --- | --- |
"""


def readme_text(cases, stem):
    k = {}
    for c in cases:
        k[c["kind"]] = k.get(c["kind"], 0) + 1
    n_items = sum(len(c["items"]) for c in cases)
    counts = (f"{len(cases)} cases — minutes {k.get('minutes', 0)}, other {k.get('other', 0)}, auto "
              f"{k.get('auto', 0)}; {n_items} gold items")
    rows = [f"| {stem(c)} | {c['kind']} | {len(c['items'])} | {c['what'].replace('|', '/')} |" for c in cases]
    return HEAD.replace("COUNTS", counts) + "\n".join(rows) + "\n"
