#!/usr/bin/env python3
"""Write the blind held-out set heldout58 (cases 8601-8638) for the minutebot parser.

    python make_heldout58.py            # (re)write every .eml/.json, roster.csv and README.md next to this file
    python make_heldout58.py --check    # validate what is on disk (and that it matches a fresh build)

Deterministic: re-running rewrites identical bytes. Gold dates are never typed: each item carries a calendar rule
(see h58_common.resolve) evaluated against the message's own Date header in Asia/Shanghai with chinesecalendar.
The case definitions live in h58_cases_*.py, a few cases per file.
"""
import csv
import datetime as dt
import email
import io
import json
import re
import sys
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path

import importlib
from h58_common import ROSTER, TZ8, strip_html

HERE = Path(__file__).resolve().parent
CASES = []
for _part in "abcdefg":
    if (HERE / f"h58_cases_{_part}.py").exists():
        CASES.extend(importlib.import_module(f"h58_cases_{_part}").CASES)
CASES.sort(key=lambda c: c.num)

README_HEAD = """# heldout58: blind held-out set for the minutebot parser (cases 8601-8638)

38 raw messages (`NNNN-slug.eml`, the bytes a Maildir stores, LF line ends) with gold answers (`NNNN-slug.json`,
schema of `/work/shared/corpus/README.md`), the roster the bot knows (`roster.csv`) and the generator
(`make_heldout58.py` + `h58_common.py` + `h58_cases_[a-g].py`). Regenerate with
`/work/blind/venv/bin/python make_heldout58.py`; validate with `... make_heldout58.py --check`.

Counts: {counts}; {nitems} gold items. Send dates 2026-04-02 .. 2026-08-27 (Qingming 04-04..06, May Day
05-01..05 with the 05-09 make-up Saturday, Dragon Boat 06-19..21; all from chinesecalendar).

## Organisations (all new; domains `example.*`)
| organisation | domain | notes |
| --- | --- | --- |
| 潮汇水产饲料（湛江）有限公司 Tidewell Aquafeed (Zhanjiang) Co., Ltd. | `tidewell-zj.example.cn` | Norwegian-owned shrimp/fish feed mill in Zhanjiang; GM and head-office staff write English; 生产部, 品管部, 采购部, 技术服务部, 销售部, 财务部, 总经办 |
| Tidewell AS (head office, Bergen) | `tidewell.example.no` | Group Quality (Ingrid Haugen), writes English from Norway (+0200) |
| 丽水市莲都区农业农村局 | `ldnyj.example.gov.cn` | district agriculture bureau (government unit): 局领导, 办公室, 产业发展科, 农田建设科, 乡村发展科, 计划财务科, 执法大队; 乡镇 are outside units |
| 自贡灯耀彩灯文化有限公司 | `dengyao-lantern.example.cn` | lantern-festival maker, Zigong: 设计部, 制作车间, 项目部, 外联部, 安全部, 财务部; partner GlowTrail Events Ltd (`glowtrail.example.co.uk`, UK, English) |
| 潍坊翔鸢风筝制品有限公司 | `xykite.example.cn` | kite maker/exporter, Weifang: 外贸部, 生产部, 品质部, 采购部, 电商部; buyer Skylark Kites (`skylarkkites.example.com.au`, English) |
| 海丰对虾养殖场 | `haifeng-shrimp.example.cn` | a Tidewell customer (shrimp farm) |

The bot is `minutes@<organisation domain>` in each organisation (one hosted bot per tenant).

## Conventions applied beyond the corpus README
- Bare weekday (周四, by Monday) = the next such day after the send day; no case uses a bare weekday equal to the
  send day (the corpus README and dates-eval differ there). 下周X = weekday X of the next Monday-Sunday week.
- 本周内 = the Sunday of the send week (date-phrases.tsv). 月底/月底前 = last day of the send month.
- 节后第一个工作日 / 节后 = first working day after the next statutory holiday block; 节前 / 端午前 = last working day
  before it. N个工作日内 counts from the day after sending, make-up days counted, holidays skipped.
- due_time only where the text gives a clock time or an hour count (2小时内 -> send time + 2h). 下班前 / EOD / 上午 /
  下午 without a clock time give the date only (corpus rule; dates-eval would add 18:00/12:00).
- 主责/配合 (or 牵头/配合) in one cell: the 主责/牵头 person owns the item; 配合 people are not owners.
- AI meeting summaries (钉钉/飞书/腾讯会议 智能纪要): only the 待办 section yields items; 摘要/章节/发言 do not.
- Government 责任单位 naming only an outside unit (各乡镇（街道）) -> owner null, department null, no_owner.
  A 责任单位 that is one of the bureau's own 科室 with a named 责任人 -> that person.
- Reports of what was done (已完成, 已发出, 已到厂) are status, not items; decisions (会议明确/议定) are not items
  unless they name an owner and a task to do.
- A new set of minutes sent as RE: in an old thread is minutes; only the new text counts (the quoted old minutes do not).
- A reply in a minutes thread that is not a command to the bot and carries no minutes is `other`.
- An agenda for a meeting still to happen is `other` (nothing was agreed yet).
- Next follow-up written as a sentence (下周三同一时间, "Next check-in: ...") is read; where two time zones are given,
  the Beijing time is recorded.

## Cases
| case | kind | what it tests |
| --- | --- | --- |
"""


def roster_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in ROSTER:
        w.writerow(r)
    return buf.getvalue()


def sent_of(raw):
    msg = email.message_from_bytes(raw, policy=policy.default)
    return parsedate_to_datetime(str(msg["Date"])).astimezone(TZ8), msg


def build_all():
    out = {}
    for c in CASES:
        raw = c.build()
        sent, _ = sent_of(raw)
        out[c.name] = (raw, c.gold(sent))
    return out


def readme(golds):
    kinds = {}
    n = 0
    for c in CASES:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
        n += len(c.items)
    counts = ", ".join(f"{k} {kinds.get(k, 0)}" for k in ("minutes", "other", "auto"))
    s = README_HEAD.format(counts=counts, nitems=n)
    for c in CASES:
        s += f"| {c.name} | {c.kind} | {c.what} |\n"
    return s


def write():
    built = build_all()
    for name, (raw, gold) in built.items():
        (HERE / f"{name}.eml").write_bytes(raw)
        (HERE / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (HERE / "roster.csv").write_text(roster_csv(), encoding="utf-8")
    (HERE / "README.md").write_text(readme(built), encoding="utf-8")
    print(f"wrote {len(built)} cases to {HERE}")


# ----------------------------------------------------------------------------------------------------------
# --check
# ----------------------------------------------------------------------------------------------------------
def texts_of(msg, errors, name):
    """All human-readable text of a message: text parts (strictly decoded) plus docx/pdf attachments."""
    import docx
    import pypdf
    out = []
    for part in msg.walk():
        for d in part.defects:
            errors.append(f"{name}: part defect {d!r}")
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                txt = payload.decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as e:
                errors.append(f"{name}: {ct} does not decode as {cs}: {e}")
                continue
            out.append(strip_html(txt) if ct == "text/html" else txt)
        elif ct.endswith("wordprocessingml.document"):
            try:
                d = docx.Document(io.BytesIO(payload))
                out.append("\n".join(p.text for p in d.paragraphs))
                for t in d.tables:
                    out.append("\n".join("\t".join(c.text for c in r.cells) for r in t.rows))
            except Exception as e:  # noqa: BLE001
                errors.append(f"{name}: docx does not open: {e}")
        elif ct == "application/pdf":
            try:
                r = pypdf.PdfReader(io.BytesIO(payload))
                t = "\n".join(p.extract_text() or "" for p in r.pages)
                if not t.strip():
                    errors.append(f"{name}: pdf has no extractable text")
                out.append(t)
            except Exception as e:  # noqa: BLE001
                errors.append(f"{name}: pdf does not open: {e}")
    return "\n".join(out)


def squash(s):
    return re.sub(r"[\s>]+", "", s)


def check():
    errors = []
    fresh = build_all()
    names = sorted(p.stem for p in HERE.glob("*.eml"))
    if names != sorted(fresh):
        errors.append(f"case files differ from definitions: {set(names) ^ set(fresh)}")
    kinds, nitems = {}, 0
    for c in CASES:
        name = c.name
        p = HERE / f"{name}.eml"
        if not p.exists():
            continue
        raw = p.read_bytes()
        if raw != fresh[name][0]:
            errors.append(f"{name}: .eml differs from a fresh build (not deterministic?)")
        sent, msg = sent_of(raw)
        for d in msg.defects:
            errors.append(f"{name}: message defect {d!r}")
        for h in ("From", "To", "Cc", "Subject", "Date", "Message-ID"):
            for v in msg.get_all(h) or []:
                for d in getattr(v, "defects", ()):
                    errors.append(f"{name}: header {h} defect {d!r}")
        if not msg["Message-ID"]:
            errors.append(f"{name}: no Message-ID")
        if not (dt.date(2026, 4, 1) <= sent.date() <= dt.date(2026, 8, 31)):
            errors.append(f"{name}: send date {sent} outside April-August 2026")
        body = texts_of(msg, errors, name)
        flat = squash(body)
        gold = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
        want = c.gold(sent)
        if gold != want:
            errors.append(f"{name}: json differs from the gold recomputed from the Date header ({sent:%Y-%m-%d %H:%M})")
        if c.kind != "minutes" and (gold["items"] or gold["next_followup"]):
            errors.append(f"{name}: non-minutes case has items or follow-up")
        for i, it in enumerate(c.items, 1):
            if it.src and squash(it.src) not in flat:
                errors.append(f"{name}: item {i} deadline words {it.src!r} not found in the decoded mail")
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
        nitems += len(c.items)
    if (HERE / "roster.csv").read_text(encoding="utf-8") != roster_csv():
        errors.append("roster.csv differs from a fresh build")
    if (HERE / "README.md").read_text(encoding="utf-8") != readme(fresh):
        errors.append("README.md differs from a fresh build")
    nums = [c.num for c in CASES]
    if nums != list(range(8601, 8639)):
        errors.append(f"case numbers are not 8601..8638: {nums}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(CASES)} cases, kinds {kinds}, {nitems} gold items: {'OK' if not errors else f'{len(errors)} errors'}")
    return 0 if not errors else 1


if __name__ == "__main__":
    if sys.argv[1:] and "--check" not in sys.argv[1:]:     # OUTDIR: write the set there, then check what was written
        HERE = Path(sys.argv[1]).resolve()
        HERE.mkdir(parents=True, exist_ok=True)
        write()
        sys.exit(check())
    sys.exit(check() if "--check" in sys.argv[1:] else write() or 0)
