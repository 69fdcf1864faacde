"""README text of heldout77 (the case table is appended by make_heldout77.py)."""

README_HEAD = """# heldout77 — blind held-out set for the minutebot parser (cases 10501–10538)

38 raw messages (`NNNNN-slug.eml`, the bytes a receiving server stores, LF line ends) with gold answers
(`NNNNN-slug.json`, the schema of `/work/shared/corpus/README.md`), the roster the bot knows (`roster.csv`, same
columns as the corpus roster) and the generator. Counts: @COUNTS@.

    /work/blind/venv/bin/python make_heldout77.py           # (re)write every file
    /work/blind/venv/bin/python make_heldout77.py --check   # re-parse and re-verify what is on disk

Generator: `make_heldout77.py` (driver, writer, `--check`), `hk77_lib.py` (roster, date rules, MIME building, .docx/.pdf),
`hk77_clients.py` (header sets per mail client), `hk77_cases_a.py` … `hk77_cases_f.py` (the cases), `hk77_readme.py`.
`--check` parses every .eml with `email.policy.default` and requires: no message, part or header defects; every text part
decodes strictly in its declared charset; the .docx opens and the .pdf text extracts (each with a marker string); the
bytes on disk equal a fresh generation (deterministic: fixed zip timestamps in the .docx, reportlab `invariant=1`);
owners outside the roster appear in From/To/Cc; and every gold date is recomputed from the parsed Date header in
Asia/Shanghai with `chinesecalendar` (each item carries its rule: absolute, bare weekday, 本周X, 下周X, N个工作日,
月底, 节前/节后, N小时内 …) and compared with the .json.

## Organisations (all new; `example.*` domains)

| org | who | domain(s) | bot address |
| --- | --- | --- | --- |
| Y | 驻马店豫香坊小磨油业有限公司 — stone-ground sesame-oil mill, Zhumadian (Henan): 总经办, 生产部, 品控部, 采购部, 电商部, 销售部, 综合办; supplier 正阳县兴垄芝麻种植专业合作社, bottle supplier 漯河华彩玻璃制品 | yxf-oil.example.cn, xinglong-coop.example.cn, huacai-bottle.example.cn | minutes@yxf-oil.example.cn |
| M | Moher Sensors (Suqian) Co., Ltd. 宿迁莫赫传感技术有限公司 — Irish-owned maker of soil-moisture probes and LoRa gateways, Suqian (Jiangsu); parent Moher Sensors Ltd, Ennis, Co. Clare, Ireland; customer Lusong Irrigation Supply (Cabanatuan, Philippines). Writes English and Chinese | moher-sq.example.cn, moher-sensors.example.ie, lusong-irrigation.example.ph | minutes@moher-sq.example.cn |
| Q | 七台河市茄子河区卫生健康局 — district health bureau (government), Qitaihe (Heilongjiang): 局领导, 办公室, 医政医管股, 疾病预防控制股, 基层卫生股, 规划财务股, 卫生监督所; township clinics 铁山乡/宏伟镇/中心河乡卫生院 | qzhwjj.example.gov.cn, tsxwsy.example.cn, hwzwsy.example.cn, zxhwsy.example.cn | minutes@qzhwjj.example.gov.cn |
| H | 湖州砚溪湖笔文化有限公司 — writing-brush (湖笔) maker, Shanlian, Huzhou (Zhejiang); customer Rīgas Kaligrāfijas Nams (Riga, Latvia) writes English | yanxi-brush.example.cn, kaligrafija-nams.example.lv | minutes@yanxi-brush.example.cn |

Send dates run from 2026-04-02 to 2026-08-28. 2026 calendar used (chinesecalendar 1.11.0): 清明 04-04..06; 劳动节
05-01..05 with make-up Saturday 05-09; 端午 06-19..21; 中秋 09-25..27; 国庆 10-01..07 (make-up 09-20, 10-10).

## Conventions applied beyond the corpus README

- `AMBIGUOUS:` at the start of `notes` marks a case where careful readers could differ; the gold takes the reading most
  readers would and the note names the other one (10508 本周内, 10510 two 责任人 columns, 10521 hour deadline origin).
- Bare weekday (周一, by Friday): the next such day after the send day (dates-eval rule). No case uses a bare weekday equal
  to the send weekday, where the corpus README and dates-eval differ.
- 本周内 -> Sunday of the send week (dates-eval TSV). X月中旬 / X月下旬 / 9月中旬 -> vague_due, no date (like 11月中旬 in the corpus).
- EOD / 下班前 give the date without a time (corpus convention); N小时内 counts from the Date header and gives a time.
- 节前 / 中秋节前 / “五一”节前 / before the Mid-Autumn break -> last workday before the holiday block; 节后 / 节后第一个工作日 /
  节后第一天 -> first workday after it.
- Unit-only owners (责任单位：疾病预防控制股, 各乡镇卫生院, 双方, Owner TBD) -> owner null + no_owner; department is the
  lead (first) unit when it is a roster department, else null. 'unit（person）' -> the person.
- 主责/配合 in one cell -> the 主责 person owns. Seed 跨部门协作事项跟踪表: 责任人（发起方） owns (AMBIGUOUS note).
- AI-generated minutes (钉钉/飞书/腾讯会议 智能纪要): only the 待办 list counts; a forwarder's correction of an AI owner wins.
- Minutes posted as RE:/回复： in an old thread are minutes; only the text above the quote counts. Forwarded minutes count
  below the forward header; forwarded parts use absolute dates only, so the Date header is a safe anchor.
- 'same time next week' / 下周一同一时间 take the time from the meeting's own time line.
- People outside the roster get the address of the From/To/Cc entry with that display name and department null.
- Dates of done work, facts, decisions, standing rules (常态化, 1小时内报告) and bulletin plans are never items.

## Cases
"""
