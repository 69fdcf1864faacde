"""README.md text for heldout59 (static part + one row per case)."""

HEAD = """# heldout59: blind held-out set, cases 8701-8738

38 raw messages (`NNNN-slug.eml`, the bytes a receiving server stores) with gold answers (`NNNN-slug.json`, the
schema of `/work/shared/corpus/README.md`), the roster (`roster.csv`, same columns as the corpus roster) and the
generator that wrote everything (`make_heldout59.py` + `h59_*.py`). Counts: {counts}; {n_items} gold items.

Regenerate: `/work/blind/venv/bin/python make_heldout59.py` (deterministic: same bytes each run; docx zip entries and
core properties use fixed timestamps, PDFs use reportlab `invariant=1`).
Validate: `/work/blind/venv/bin/python make_heldout59.py --check`. It re-parses every .eml with
`email.policy.default` and fails on any message, part or header defect; decodes every text part strictly in its
declared charset; opens every .docx with python-docx and extracts every PDF's text with pypdf; recomputes every gold
due date (and hour-based times) and every next_followup date from the message's own Date header converted to
Asia/Shanghai, with `chinesecalendar` for working days and holidays, and compares with the .json; checks flags
against dates/owners, owner e-mails against the roster or the message's From/To/Cc, send dates in April-August 2026,
and that the files on disk equal a fresh generation.

Score: `python3 /work/shared/tools/score_corpus.py /work/blind/heldout59 --cmd "minutebot parse" -v`.

## Organisations (all invented; none appears in excluded.txt)

| organisation | where / what | domain, bot address | writes |
| --- | --- | --- | --- |
| 石嘴山市生态环境局 (Shizuishan Municipal Ecology and Environment Bureau) | Ningxia; government unit: 局领导, 办公室, 大气环境科, 水生态环境科, 执法支队, 监测站; outside units 大武口区/惠农区/平罗县分局 | `szssthj.example.gov.cn`, `minutes@szssthj.example.gov.cn` | Chinese, official 纪要 style (一是/二是, 责任单位/责任人/完成时限, 会议通知), Coremail, Outlook gb2312, Foxmail GBK |
| Kallio Proving Ground (Heihe) Co., Ltd. 卡里奥寒区试验场（黑河） | Heihe, Heilongjiang; Finnish-owned winter vehicle test site; HQ Kallio Proving Ground Oy (`kallio-pg.example.fi`); customer 镜泊汽车研究院 (`jingbo-auto.example.cn`), contractor Longjiang Build (`longjiang-build.example.cn`) | `kallio-heihe.example.cn`, `minutes@kallio-heihe.example.cn` | English (M365, Gmail, Thunderbird, iPad) and bilingual/Chinese to the customer |
| 凯里锦绣苗坊民族服饰有限公司 | Kaili, Guizhou; private maker of Miao-embroidery garments working with village embroidery co-operatives (雷山, 台江); e-commerce and a Finnish boutique buyer | `jxmiaofang.example.cn`, `minutes@jxmiaofang.example.cn` | Chinese, informal to semi-formal: Exmail gb18030, Feishu, NetEase (Coremail), Outlook/Outlook for Mac, Apple Mail |
| 定西陇薯淀粉有限公司 | Dingxi, Gansu; private potato-starch and vermicelli plant (收购点, 合作社, 二号线) | `longshu-starch.example.cn`, `minutes@longshu-starch.example.cn` | Chinese: DingTalk, Coremail, Outlook gb2312/utf-8, MailMaster, WeCom, Foxmail GBK 8bit, Huawei phone, iPhone |

The roster joins the people of all four organisations (the bot is deployed once per organisation; one roster keeps
the scoring simple). Customer/contractor people (韩振宇, 宋琳, Qu Jianjun) are not in the roster and resolve from
To/Cc display names only.

## Conventions applied beyond the corpus README

- **Dates**: resolved in Asia/Shanghai from the Date header (three cases are sent from +0000/+0300 zones; 8707 lands on
  the next Shanghai day). 2026 calendar: Qingming 04-04..06; May Day 05-01..05 with Sat 05-09 a make-up working day;
  端午 06-19..21; 中秋 09-25..27. `节前/X节前/before the … break` = last working day before the holiday block;
  `节后第一个工作日` = first working day after it; `N个工作日内` counts working days from the day after sending.
- A bare weekday is the next such day after the send day (no case uses a bare weekday equal to the send day);
  `下周X`/`next Friday` = that day of the next Mon-Sun week; `本周内` = Sunday of the current week (research TSV).
- `上午`, `下午`, `下班前`, `EOD` without a clock time give no due_time (corpus: time only where the text gives one);
  `早8点前`, `下午4点`, `10:00` give times. `X月上旬/中旬`, `待定`, `TBD`, `尽快`, `ASAP` -> vague_due.
- A date window (`7月15日—17日`) is due at its end. Relative dates inside forwarded minutes are read against the
  original writing date when the forward shows it (8703; AMBIGUOUS note; the generator's rule carries that reference).
- Owners: `主责：X 配合：Y` -> X; `责任单位（姓名）` -> the person in brackets; `牵头/配合` units with a 责任人 -> the
  责任人; seed tracking table -> 责任人（发起方）; `X配合：做某事` where X is the only person named for that deliverable -> X.
  Groups (各分局, 各部门负责人, 全员, 双方, a contractor firm, a customer department) -> owner null, no_owner; department
  is kept only when the text names one department of the sending organisation (大气环境科, 办公室, 生产部, 设备科, 销售部).
  A person outside roster and headers (王师傅) keeps the written name with email null.
- AI-generated minutes (飞书妙记, 钉钉闪记, 腾讯会议 智能纪要): only the 待办 list is extracted; 章节/发言人观点/主题
  promises are not items.
- Standing rules (`每周五报送…`, `节日期间每天巡查两次`, `自即日起…`) are policy lines, not items; one exception is a
  daily duty listed under an AI 待办 list (8726, AMBIGUOUS).
- Reports of finished work (`本周完成情况`, `[x]`, 已完成/已办结/Done rows, `上周事项回顾`) are status, not items.
- next_followup: the next meeting's date in Shanghai time; `同一时间/same time` takes the meeting's start time;
  `另行通知/待定` -> null; two 下次沟通时间 in one seed table -> the earliest (8720, AMBIGUOUS).
- kind: a notice of a future meeting, a request to one colleague, a rescheduling request, a newsletter written by a
  person (no bulk headers), and a reply in a non-minutes thread are `other`; out-of-office, vacation replies (with or
  without Auto-Submitted) and DSNs are `auto`.

## Cases

"""


def readme_text(cases):
    kinds = {}
    for c in cases:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    counts = ", ".join("%s %d" % (k, kinds[k]) for k in ("minutes", "other", "auto") if k in kinds)
    n_items = sum(len(c["items"]) for c in cases)
    rows = ["| case | kind | items | what it tests |", "| --- | --- | --- | --- |"]
    for c in cases:
        rows.append("| %d-%s | %s | %d | %s |" % (c["n"], c["slug"], c["kind"], len(c["items"]), c["tests"]))
    return HEAD.format(counts=counts, n_items=n_items) + "\n".join(rows) + "\n"
