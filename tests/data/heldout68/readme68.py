"""README.md text for heldout68 (generated so that --check can verify it is current)."""

HEAD = """# heldout68 — blind held-out set for minutebot (cases 9601–9638)

38 raw messages (`NNNN-slug.eml`, the bytes the receiving server stores, with its Return-Path/Delivered-To/Received
trace) and gold answers (`NNNN-slug.json`, the schema of `shared/corpus/README.md`), the roster the bot knows
(`roster.csv`, same columns as the corpus roster) and the generator:

    /work/blind/venv/bin/python make_heldout68.py           # rewrite every file (deterministic bytes)
    /work/blind/venv/bin/python make_heldout68.py --check   # re-validate

Generator files: `make_heldout68.py` (driver, gold builder, `--check`), `h68_common.py` (roster, due-phrase
resolution on chinesecalendar, MIME serialisation), `h68_clients.py` (header sets per mail client),
`h68_attach.py` (.docx/.pdf with fixed timestamps), `cases_a.py` … `cases_e.py` (the cases), `readme68.py`.
`--check` re-parses every .eml with `email.policy.default` (no defects; every text part decodes strictly in its
declared charset; .docx opens; .pdf text extracts), recomputes every gold due date and follow-up from the mail's
own Date header in Asia/Shanghai with chinesecalendar and compares with the .json, checks that each item's due
phrase occurs in the mail text, and that a fresh generation gives the same bytes.

Counts: COUNTS. Send dates 2026-04-09 … 2026-08-19.

## Organisations (all new; none appears in the earlier sets)

| org | who | domain | bot | clients used |
| --- | --- | --- | --- | --- |
| A | 娄底市娄星区人力资源和社会保障局 (government unit, Loudi, Hunan): 局领导, 办公室, 就业促进股, 劳动保障监察大队, 社会保险股, 职业能力建设股, 信息中心 | `lxrsj.example.gov.cn` | minutes@lxrsj.example.gov.cn | Coremail, Outlook gb2312 + .docx, WeCom, Foxmail GBK, Mail Master, Thunderbird + .pdf |
| B | Ergolz Mikrotechnik (Taizhou) Co., Ltd. 埃尔戈尔茨微技术（泰州）— Swiss-owned watch-component maker (hairsprings, pinions), Taizhou, Jiangsu; head office Ergolz Mikrotechnik AG, Liestal (`ergolz.example.ch`, Sabine Keller, Reto Fischer) writes English | `ergolz-tz.example.com` | minutes@ergolz-tz.example.com | M365/Exchange Online (+0000 Date), Gmail/Workspace (+0200), Thunderbird flowed, Apple Mail, Outlook zh UTF-8 |
| C | 江门市锐焰燃气具有限公司 (gas-stove maker and exporter, Jiangmen, Guangdong); Tanzanian distributor Msasani Appliances Ltd, Dar es Salaam (`msasani-appliances.example.co.tz`, Amani Mwakyusa, Neema Kisanga) writes English | `ruiyan-gas.example.cn` | minutes@ruiyan-gas.example.cn | Foxmail GBK, Gmail (+0300), DingTalk/Alimail, Coremail HTML-only, Exmail gb18030, WeCom, Outlook + Excel paste, NetEase, Postfix DSN |
| D | 绥化禾润寒地稻米有限公司 (rice mill + e-commerce, Suihua, Heilongjiang); packaging supplier 恒佳包装 (`hjbz-pack.example.cn`, 杜海峰) | `herun-rice.example.cn` | minutes@herun-rice.example.cn | Feishu/Lark, Exmail, DingTalk/Alimail, iPhone Mail, NetEase, Apple Mail, Coremail GBK |

Each organisation runs its own bot; `roster.csv` lists the people of all four (external people are not in it and
are resolved from From/To/Cc display names).

## Conventions applied beyond the corpus README

- Weekday words: bare 周三 / by Thursday = the next such day after the send day (no case sends on the weekday it
  names, so the corpus and research readings agree); 本周X = that day of this Mon–Sun week; 下周X / next Tuesday =
  that day of the following calendar week.
- 本周内 = end of this calendar week (Sunday), as in `research/date-phrases.tsv`; marked AMBIGUOUS where used.
- 月底 / end of month = last day of the send month; X月底 that month's last day; 三季度末 = 09-30; 下月10号 = the 10th
  of next month; N天内 / within N days / 两周内 = send date + N calendar days; N个工作日内 counts Chinese working
  days (holidays skipped, 调休 make-up days counted) from the day after sending.
- X节前 = last working day before the holiday block; 节后第一个工作日 / 节后第一天 = first working day after it.
  2026: 劳动节 05-01..05-05 (make-up Sat 05-09), 端午 06-19..06-21, 中秋 09-25..09-27 (make-up Sun 09-20),
  国庆 10-01..10-07 (make-up Sat 10-10).
- 上旬 / 中旬 periods (9月上旬, 8月中旬) -> no date, vague_due (corpus rule for 11月中旬); 上午 / 下班前 / EOD
  without a clock time -> due_time null.
- Dates inside forwarded minutes are resolved as written; forwarded minutes in this set only use absolute dates
  except where the forward's own text is relative.
- Owners: the person after 主责 / 牵头 / 统筹 owns the item (配合 is support); '我' / '由我' / '我负责' = the From
  person; a preface that corrects an AI-generated owner wins over the AI text; in 跨部门协作事项跟踪表 with both
  责任人（发起方） and 责任人（协作方） the 协作方 person owns the row (the mail asks the 协作方 to deliver).
  Teams (设备组) and departments that are not roster departments (行政部) -> no_owner, department null.
- AI-generated minutes (飞书妙记, 钉钉闪记, 腾讯会议, Teams Copilot): only the 待办 / Follow-up tasks section counts.
- Two items with the same task text for two owners are two items.
- AMBIGUOUS: where a careful reader could pick another answer, the gold takes the most common reading and the
  case's `notes` contain the word `AMBIGUOUS:` followed by the alternative (9607, 9613, 9622).
- A standing rule (即日起执行, 每周五下班前报送…) is not an item; reports of finished work (上周完成情况, [x], 已完成,
  Closed) are not items.
- `kind` other: person-written mail that is not minutes (requests, reschedules, notices, replies in non-minutes
  threads). `kind` auto: auto-replies with or without Auto-Submitted, and DSNs.

## Cases

| case | kind | items | what it tests |
| --- | --- | --- | --- |
"""


def readme_text(cases, name):
    counts = {}
    n = 0
    for c in cases:
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
        n += len(c.get("items", []))
    cstr = "minutes %d, other %d, auto %d, reply 0; %d gold items" % (
        counts.get("minutes", 0), counts.get("other", 0), counts.get("auto", 0), n)
    rows = ["| %s | %s | %d | %s |" % (name(c), c["kind"], len(c.get("items", [])), c["tests"].replace("|", "\\|"))
            for c in cases]
    return HEAD.replace("COUNTS", cstr) + "\n".join(rows) + "\n"
