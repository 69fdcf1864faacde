"""README.md text for heldout63 (written by make_heldout63.py)."""

HEAD = """# heldout63: blind held-out set for minutebot (cases 9101–9138)

38 raw messages (`NNNN-slug.eml`, stored bytes as a receiving Postfix would keep them, LF line ends) with gold
answers (`NNNN-slug.json`, the schema of `shared/corpus/README.md`), one `roster.csv` for all four organisations,
and the generator: `make_heldout63.py` (entry point, `--check`), `hl63_lib.py` (people, date rules, MIME, docx/pdf),
`hl63_case.py` (case model, client header builders, rendering), `cases_a.py` … `cases_e.py` (the cases),
`readme63.py` (this text). Nothing here was derived from the parser; it was not looked at.

    /work/blind/venv/bin/python make_heldout63.py           # rewrite every file (deterministic)
    /work/blind/venv/bin/python make_heldout63.py --check   # verify what is on disk

`--check` re-parses every .eml with `email.policy.default` (no message, part or header defects), decodes every
text part strictly in its declared charset, opens the .docx and extracts the .pdf text, recomputes every gold date
and follow-up from the mail's own Date header (converted to Asia/Shanghai) with `chinesecalendar`, compares with the
.json, and checks that a fresh generation is byte-identical to the files.

Counts: COUNTS.

## Organisations

| key | organisation | domain | what / where | bot | clients used |
| --- | --- | --- | --- | --- | --- |
| A | 巴彦淖尔市临河区农牧局 (government unit) | `lhnmj.example.gov.cn` | district agriculture & animal-husbandry bureau, Linhe, Bayannur, Inner Mongolia; 股/站/大队 units | `minutes@lhnmj.example.gov.cn` 纪要助手 | Outlook zh-CN (gb2312, utf-8), Coremail (UTF-8, GBK, GB18030), Foxmail GBK |
| B | 萍乡瓷峰化工填料有限公司 | `cifeng-packing.example.cn` | ceramic tower-packing maker, Pingxiang, Jiangxi; customer 湘东焦化 and Delta Petrochem (Alexandria, Egypt, `delta-petrochem.example.com.eg`, writes English) | `minutes@cifeng-packing.example.cn` 纪要助手 | Foxmail GBK, Tencent Exmail gb18030, NetEase Mail Master, DingTalk mail, Outlook gb2312, M365 (customer) |
| C | Tiszavölgy Sealing Technologies (Quzhou) Co., Ltd. / 蒂萨密封科技（衢州） (foreign-owned) | `tiszaseal.example.com`, HQ `tiszaseal.example.hu` | Hungarian-owned elastomer/PTFE seal maker, Quzhou, Zhejiang; writes English; customer Cordillera Minerals (Chile, `cordillera-min.example.cl`) | `minutes@tiszaseal.example.com` Minutes Bot | M365 (+0000 Date), Outlook desktop en/zh (utf-8, gb2312), Gmail Workspace (+0200), Apple Mail, Thunderbird flowed |
| D | 张掖甘泉脱水蔬菜有限公司 | `ganquan-veg.example.cn` | dehydrated-vegetable processor and exporter, Zhangye, Gansu; customer Alimentos Sierra Fría (Querétaro, Mexico, `sierrafria.example.mx`, writes English) | `minutes@ganquan-veg.example.cn` 纪要助手 | Feishu/Lark mail, DingTalk mail, WeCom/Exmail (utf-8, gb18030), Gmail (customer, −0600), Foxmail for Mac |

`roster.csv` holds the staff of all four (columns as the corpus roster). manager_email is the head of the person's
department, or the organisation head for department heads; the organisation heads have none. Outsiders (HQ
Hungary, Mexico, Chile, Egypt) are not in the roster: the gold gives their name and the address from From/To/Cc or
from the forwarded header block, department null.

## Conventions applied beyond the corpus README

- **Dates** follow `shared/research/date-phrases.tsv` and the corpus README, from the Date header in Asia/Shanghai
  (several senders are −0600, +0000, +0200, +0300). Bare weekday = this week's day if not yet past, else next week's
  (no case uses the send weekday itself). 本周X = that day of the Mon–Sun week; 下周X / next X = that day of next week.
  本周内 / "this week" = Sunday of the send week. 月底 / end of month = last day of the month. N个工作日内 / within N
  working days = counted from the day after sending with the official calendar. 节前 = last working day before the
  holiday block (端午 06-19..21, 中秋 09-25..27); 节后 / 节后第一天 / 节后第一个工作日 = first working day after it
  (清明 04-04..06 -> 04-07, 端午 -> 06-22, 国庆 10-01..07 -> 10-08).
- **Times**: due_time only when a clock time is written (明天上午10点前 -> 10:00). 下班前 / EOD give the date only, as in
  the corpus; 上午 without a clock time gives no time. A next meeting "同一时间 / same time" takes the time the same
  mail states for the meeting just held. A next meeting given in two time zones is recorded in Shanghai time.
- **Owners**: titles, nicknames and English names go through roster aliases (苏和股长, 贺站长, 闫队, 杜老师, 老鲁,
  安师傅, Mr. Dou, Kiki Ren, JP, 'Ms. Lisa Peng'). '主责：X；配合：Y', 'X（Y配合）', 'X (Y supporting)', 'X (Y to
  join)' -> owner X. '【我】' / 'Me:' / 'Daniela (me)' -> the sender. Two 责任单位 with one 责任人 -> that person.
  A unit, company or team without a person (畜牧兽医股, 各乡镇农业服务中心, 行政（待定）, 财务（未指定）, 'Cifeng to …',
  'Jinhua Fluoro (supplier)', 'somebody from maintenance') -> owner null + no_owner; department only when it is a
  department of the organisation's roster.
- **Not items**: lines marked 已完成 / (done) / [x] / Closed / 已办结; 上周待办回顾; decisions (会议同意, Decisions,
  议定 prices); standing duties inside an item (检查情况每周五报…, 长期抓好); summary prose of AI minutes (钉钉/飞书/
  腾讯会议 智能纪要: only the 待办 block counts); quoted older minutes under a reply; cover notes of mails whose minutes
  are in an attachment.
- **Without date**: conditional items ('after sample approval', 'once (1) is approved', 客户回复后) and 'no rush',
  长期, '-' / 'until further notice' -> no_due. 尽快, ASAP, 待定, TBD, 9月上旬 (no day) -> vague_due.
- **Forwarded minutes**: every action item of the forwarded minutes is recorded, also the customer's own.
- **AMBIGUOUS**: where careful readers could differ, the gold takes the reading most would take and the notes say
  `AMBIGUOUS:` with the alternative (9102 长期, 9113 'EOD Friday' on a holiday, 9116 'by 24/7', 9121 'this week').
- **kind**: a person's request, a rescheduling note, a person-written staff newsletter without bulk/list headers,
  and a reply in a non-minutes thread are `other`; an out-of-office without Auto-Submitted (subject and body only),
  a Gmail vacation reply and a Postfix DSN are `auto`.

## Cases

| case | kind | items | what it tests |
| --- | --- | --- | --- |
"""


def readme(cases):
    kinds = {}
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    n = sum(len(c.items) for c in cases)
    counts = "%d cases: minutes %d, other %d, auto %d; %d gold items" % (
        len(cases), kinds.get("minutes", 0), kinds.get("other", 0), kinds.get("auto", 0), n)
    rows = ["| %s | %s | %d | %s |" % (c.name, c.kind, len(c.items), c.tests.replace("|", "\\|")) for c in cases]
    return HEAD.replace("COUNTS", counts) + "\n".join(rows) + "\n"
