"""README.md text for heldout82 (rendered by make_heldout82.py)."""

HEAD = """# heldout82 — blind held-out set for the minutebot parser (cases 11001–11038)

38 raw messages (`NNNNN-slug.eml`, CRLF bytes as the receiving Postfix stores them, with Return-Path, Delivered-To
and Received) with gold answers (`NNNNN-slug.json`, the schema of `/work/shared/corpus/README.md`), the roster
(`roster.csv`, same columns as the corpus roster) and the generator that writes all of it:

    /work/blind/venv/bin/python make_heldout82.py           # writes every file
    /work/blind/venv/bin/python make_heldout82.py --check   # re-parses and re-verifies

`make_heldout82.py` + `h82_lib.py` (MIME building, roster, due-date rules, gold, attachments) + `h82_cases_a..e.py`
(the cases) + `h82_readme.py` (this text). `--check` parses every .eml with `email.policy.default` and fails on any
defect (message, parts, headers); decodes every text part strictly in its declared charset; opens the .docx with
python-docx and extracts the PDF text with pypdf; recomputes every due date and follow-up date from the mail's own
Date header (converted to Asia/Shanghai, working days from chinesecalendar 1.11) and compares with the .json;
regenerates every file and compares bytes (deterministic: fixed boundaries, Message-IDs, zip timestamps, reportlab
invariant mode); and rejects any `*.example.*` domain listed in /work/blind/prompts/excluded.txt.

Every gold date is written twice in the generator: the hand answer and the rule that produced it (`abs`, `today`,
`d:N`, `wd:K` bare weekday, `this:K` 本周X, `next:K` 下周X, `wk:N` N个工作日内, `me` 月底, `week` 本周内, `h:N` N小时内,
`pre:HOLIDAY` 节前, `post:HOLIDAY` 节后第一个工作日); generation stops if they disagree.

## Organisations (all new; `example.*` domains)

| organisation | where / what | domain | bot address | writes |
| --- | --- | --- | --- | --- |
| 扬州润帆游艇制造有限公司 (Runfan Yachts) | Yangzhou, Jiangsu; yacht builder: 总经办, 设计研发部, 生产部, 品质部, 采购部, 外贸部, 售后服务部 | runfan-yacht.example.cn | jiyao@runfan-yacht.example.cn (纪要助手) | Chinese; English with its partner |
| Pontica Yachting SRL | Constanța, Romania; Runfan's dealer/buyer (foreign partner, English) | ponticayachting.example.ro | — | English |
| Sialkot Precision Instruments (Weihai) Co., Ltd. 锡亚精密器械（威海） | Weihai, Shandong; surgical-instrument plant owned by a Pakistani group (HQ Sialkot, PKT = UTC+5): Management, Production, Quality, Regulatory, Supply Chain, Finance | sialkot-wh.example.cn, HQ sialkot-precision.example.com.pk | minutes@sialkot-wh.example.cn (Minutes Bot) | English (management, HQ) and Chinese (local staff) |
| 大庆市住房公积金管理中心 | Daqing, Heilongjiang; municipal public institution (government unit): 中心领导, 办公室, 归集管理科, 贷款管理科, 财务核算科, 信息科, 稽核审计科, 让胡路管理部 | dqgjj.example.gov.cn | duban@dqgjj.example.gov.cn (督办助手) | formal government Chinese |
| 庆北农村商业银行 | the centre's partner bank (external contact 迟东) | qbrcb.example.cn | — | — |
| 丽江雪岭酒店管理有限公司 (Xueling Hotel) | Lijiang, Yunnan; hotel: 总经理室, 前厅部, 客房部, 餐饮部, 工程部, 销售部, 人力资源部, 财务部 | xueling-hotel.example.cn | jiyao@xueling-hotel.example.cn (纪要助手) | Chinese; English with a Nepalese tour operator |
| Himalayan Gateway Treks | Kathmandu, Nepal (NPT = UTC+5:45); the hotel's tour-operator partner | himalayangateway.example.com.np | — | English |

The roster holds the staff of the four organisations (38 people; the two Sialkot head-office people included);
partners (Pontica, Himalayan Gateway, bank, suppliers) are not in it and resolve, where they own an item, through
the To/Cc/From display name (department null).

## Conventions applied beyond the corpus README

- Dates follow `/work/shared/research/dates-eval.md`: 本周内 = Sunday of the send week; 节前 = last working day before
  the holiday block; 节后/节后第一个工作日 = first working day after it; 月底/8月底 = last day of that month; bare
  weekday = next such day after the send day (no case uses a bare weekday equal to the send day); 'next Friday' /
  下周五 = Friday of the following Mon–Sun week.
- 2026 calendar used (chinesecalendar): Qingming 04-04..04-06; Labour Day 05-01..05-05 with make-up Saturday 05-09;
  Dragon Boat 06-19..06-21; Mid-Autumn 09-25..09-27; National Day 10-01..10-07 (make-up 09-20, 10-10).
- 下班前 / EOD give the date with due_time null (corpus convention); 中午12点 / 早上8:00 / 下午5点 give a time; hour
  deadlines (N小时内) run from the Date header.
- Period words 中旬 / 下旬 and phrases such as 'no date yet', '未定', '时间另定', '待确认', 'TBC' are vague_due like 待定.
- Two 责任人 for one item: the lead (牵头, named first) owns it. '主责：X；配合：Y': X owns it. In the seed 跨部门协作事项跟踪表
  the 责任人（发起方） owns the row; in 外部沟通跟进表 the row's 负责人 owns a ① that names nobody.
- Multi-unit or collective owners (各管理部, 全员, 'someone from Finance', 'Finance (TBC)', owner 'TBD') -> no_owner
  with department null; a single department of ours written in Chinese (信息科, 办公室, 工程部, 售后服务部, 餐饮部) ->
  no_owner with that department.
- AI-generated minutes (钉钉 AI听记, 飞书智能纪要, 腾讯会议智能纪要): only the 待办 list counts; summaries, chapters and
  会议要点 are not items even when they say 需要/建议.
- A person-written newsletter with no list or auto headers is `other`; an auto-reply is `auto` even without
  Auto-Submitted when the subject and body are plainly an automatic vacation reply.
- Where a case is truly ambiguous the gold takes the reading most readers would and the notes say
  `AMBIGUOUS: …` with the other reading (cases 11004, 11006, 11019, 11021, 11024, 11029, 11033).
- kind `reply` is not used in this set (the brief asks for minutes, other and auto); the one thread reply (11034)
  answers an office notice, not a bot mail, and is `other`.

## Cases

| case | kind | items | what it tests |
| --- | --- | --- | --- |
"""


def render(cases):
    rows = [f"| {c.stem} | {c.kind} | {len(c.items)} | {c.tests} |" for c in cases]
    kinds = {}
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    tail = (f"\nTotals: {len(cases)} cases — " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) +
            f"; {sum(len(c.items) for c in cases)} gold items; "
            f"{sum(1 for c in cases if c.followup)} minutes with a next follow-up.\n")
    return HEAD + "\n".join(rows) + "\n" + tail
