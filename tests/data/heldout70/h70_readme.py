"""README.md for heldout70 (rendered from the case list so counts and rows never drift)."""

HEAD = """# heldout70 — blind held-out set for the minutebot parser (cases 9801–9838)

{n} raw messages (`NNNN-slug.eml`, CRLF bytes as the receiving server stores them) with gold answers
(`NNNN-slug.json`, the schema of `/work/shared/corpus/README.md`), the roster the bot knows (`roster.csv`, same
columns as the corpus roster) and the generator that wrote all of it:
`make_heldout70.py` + `h70_common.py` (due rules, MIME writer), `h70_clients.py` (client header habits),
`h70_people.py` (roster), `h70_docs.py` (deterministic .docx/.pdf), `h70_cases_1..6.py` (the cases), `h70_readme.py`.

    /work/blind/venv/bin/python make_heldout70.py           # write everything
    /work/blind/venv/bin/python make_heldout70.py --check   # re-validate

`--check` re-parses every .eml with `email.policy.default` (no message, part or header defects; every text part
decodes strictly in its declared charset; the .docx opens; the PDF text extracts), checks that each gold task
(or its quoted source phrase) and due phrase really occurs in the decoded mail text, and recomputes every gold
date and follow-up from the file's own Date header in Asia/Shanghai with `chinesecalendar`, comparing with the .json.

Counts: {counts}; {items} gold items. Send dates 2026-04-08 … 2026-08-24.
Score with `python3 /work/shared/tools/score_corpus.py /work/blind/heldout70 --cmd "minutebot parse" -v`.

## Organisations (all new; `example.*` domains)

| org | what | domain(s) | bot address | writes with |
| --- | --- | --- | --- | --- |
| A 黄石市下陆区水利和湖泊局 (Huangshi, Hubei) | district water & lakes bureau (government unit); the street office 新下陆街道 and a design institute appear as outside parties | `xlslhj.example.gov.cn` (street: `xxljd.example.gov.cn`) | `jiyao@xlslhj.example.gov.cn` | Outlook gb2312/UTF-8, Coremail GBK/UTF-8 |
| B 六安羽丰羽绒制品有限公司 (Lu'an, Anhui) | down & feather bedding maker exporting to France; customer Plumes d'Aubrac (Rodez, France), goose-feather supplier 霍邱县丰羽养殖合作社 | `yufeng-down.example.cn` (`plumes-aubrac.example.fr`, `hqfengyu-coop.example.cn`) | `minutes@yufeng-down.example.cn` | Foxmail GBK, Exmail, DingTalk, Apple Mail, Feishu, Outlook; customer on Gmail, supplier on NetEase |
| C Lindqvist Saw Tools (Yongkang) Co., Ltd. 林奎斯特锯切工具（永康） (Yongkang, Zhejiang) | Swedish-owned bandsaw/hand-saw blade plant writing English; parent Lindqvist Sågverktyg AB (Sandviken, Sweden); strip supplier 金邦 (Jinbang) | `lindqvist-yk.example.cn`, `lindqvist-tools.example.se` (`jinbang-strip.example.cn`) | `minutebot@lindqvist-yk.example.cn` | Microsoft 365 (+0000 Dates), Outlook, Apple Mail, Thunderbird format=flowed (+0200) |
| D 菏泽花韵牡丹生物科技有限公司 (Heze, Shandong) | peony seed oil, peony tea and cut-flower company with a planting base; Cambodian distributor Angkor Botanica (Phnom Penh) | `huayun-peony.example.cn` (`angkor-botanica.example.com.kh`) | `minutes@huayun-peony.example.cn` | Feishu, WeCom, DingTalk, Coremail GBK, Outlook gb2312 plain, NetEase Mail Master (personal 126 box); partner on Google Workspace (+0700) |

## Conventions applied beyond the corpus README

- **Dates** follow `/work/shared/research/dates-eval.md`: X前/by X = on X; 下周X = that day of the next Mon–Sun week;
  本周X = this week; 本周内 = Sunday of this week (calendar-week end) — marked AMBIGUOUS where used; 月底/end of month =
  last day; N个工作日内 counts working days from the day after sending (chinesecalendar, 调休 Saturdays count);
  N天内/within two weeks = send date + N days; 节前/端午节前/中秋节前/国庆前 = last working day before the holiday block;
  节后/节后第一个工作日/中秋节后 = first working day after it; the send time is converted to Asia/Shanghai first.
- **Bare weekdays** (周四, by Friday) are only used where the day differs from the send day, because the corpus README
  ("on or after the send date") and dates-eval ("next such day after") disagree only on the send day itself.
- **due_time** is set only for a written clock time (12:00, 17:00, 下午4点半, 中午 = 12:00). 下班前/EOD/today/上午 alone
  give the date and `due_time: null` (as the corpus does).
- **Owners**: 主责/配合, 牵头/配合, 主/辅 in one cell → the 主责/牵头/主 person only; a unit with a person in brackets
  → the person; unit only → `owner_name: null`, `no_owner`, department = the unit when it is one of the org's
  departments (as in the roster), else null; 责任领导 (supervising leader) is not the owner when a 责任人 is given;
  joint owners written 'A + B' → the first named (AMBIGUOUS note). 'Me/我/我自己盯' = the From person. People outside
  the roster get the address of the To/Cc/From entry with that display name and department null; people mentioned
  nowhere in the headers (a customer firm, 'Plumes QA', 'Owner TBD', 待分配, 负责人待定) → no owner.
- **Sub-tasks** ①② under one owner are separate items; dates in a ①② cell are matched by number.
- **Not items**: rows/lines marked 已完成/Closed/done/[x], 上周事项/上月回顾 reports, decisions, standing routines
  (常态化), lines put on hold (先放着, 暂不安排, 待田总定), facts with dates, AI-summary prose (only 待办 count in
  钉钉/飞书/腾讯会议 智能纪要), quoted old minutes below a reply header.
- **Conditional/event-relative** deadlines with no date (检测报告出具后, after the pilot) → `no_due`; vague words
  (尽快, 近期, 待定, TBD, ASAP, when available) → `vague_due`. A contingency date (【如遇停电顺延至…】) does not replace
  the main date (AMBIGUOUS note).
- A preface in a forward that **reassigns** an item changes that item's owner.
- **kind**: a colleague-written newsletter to all@ without List-Id/Precedence headers, a meeting notice sent before the
  meeting, a shift-swap reply in a notice thread, a personal request and a rescheduling chat are `other`; an
  out-of-office with or without Auto-Submitted and an Exchange NDR carrying the bot's own recap are `auto`.
- **AMBIGUOUS**: where a case has a defensible second reading, its `notes` say `AMBIGUOUS:` and name the reading not
  chosen.

## Cases

| case | kind | items | what it tests |
| --- | --- | --- | --- |
"""


def render(cases, gold, parse_date):
    counts, nitems, rows = {}, 0, []
    for c in cases:
        g = gold(c, parse_date(c.date))
        counts[c.kind] = counts.get(c.kind, 0) + 1
        nitems += len(g["items"])
        rows.append("| %s | %s | %d | %s |" % (c.name, c.kind, len(g["items"]), c.tests.replace("|", "\\|")))
    cs = ", ".join("%s %d" % (k, counts[k]) for k in ("minutes", "other", "auto") if k in counts)
    return HEAD.format(n=len(cases), counts=cs, items=nitems) + "\n".join(rows) + "\n"
