#!/usr/bin/env python3
"""Write (or --check) blind held-out set heldout69: cases 9701-9738 for the minutebot parser.

    python make_heldout69.py            # write every .eml/.json, roster.csv and README.md here
    python make_heldout69.py --check    # re-parse and re-verify what is on disk
"""
import email
import email.policy
import email.utils
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from h69_common import R, resolve, roster_csv  # noqa: E402
from h69_mime import codec  # noqa: E402
import h69_cases_gov, h69_cases_spc, h69_cases_msh, h69_cases_hop  # noqa: E402,E401

MODULES = [h69_cases_gov, h69_cases_spc, h69_cases_msh, h69_cases_hop]


def all_cases():
    cases = []
    for m in MODULES:
        cases += m.cases()
    cases.sort(key=lambda c: c.num)
    return cases


README_HEAD = """# heldout69: blind held-out set for the minutebot parser (cases 9701-9738)

Written without looking at the parser. `make_heldout69.py` (helpers `h69_common.py`, `h69_mime.py`,
`h69_clients.py`, cases in `h69_cases_*.py`) writes every file; `make_heldout69.py --check` re-parses each .eml
with `email.policy.default` (no defects; each text part decodes strictly in its declared charset; .docx opens with
python-docx; .pdf text extracts with pypdf), checks that the bytes are reproducible, that every gold task occurs
in the mail's text, and recomputes every gold date from the message's own Date header (Asia/Shanghai) with
chinesecalendar. Score with `python3 /work/shared/tools/score_corpus.py . --cmd "minutebot parse"`.

Counts: {counts}; {nitems} gold items.

## Organisations (all new, `example.*` domains)
- **广元市利州区医疗保障局** (Lizhou district healthcare-security bureau, Guangyuan, Sichuan; government) —
  `lzqyb.example.gov.cn`: 局领导, 办公室, 待遇保障股, 基金监管股, 医药服务管理股, 医保事务中心. Bot `minutes@lzqyb.example.gov.cn`.
  Writes 一是/二是, 责任单位/责任人/完成时限, 主责/配合, 局务会纪要; Coremail, Foxmail, Outlook, NetEase, 政务钉钉, WeCom.
- **玉林桂香香料有限公司** (Yulin, Guangxi: star anise / cassia sorting, drying and e-commerce) — `guixiang-spice.example.cn`:
  总经办, 采购部, 生产部, 品控部, 销售部, 仓储部, 财务部. Bot `minutes@guixiang-spice.example.cn`.
- **安平县联丝网业有限公司** (Anping, Hengshui, Hebei: welded and chain-link wire mesh, exporter) — `anping-lsmesh.example.cn`:
  总经理室, 外贸部, 生产部, 质检部, 技术部, 储运部, 财务部. Customer **Al-Hadba Fencing & Contracting** (Riyadh, Saudi
  Arabia, `hadba-fencing.example.sa`, writes English, UTC+3). Bot `minutes@anping-lsmesh.example.cn`.
- **Saaz Green Hop Processing (Changji) Co., Ltd. / 萨兹绿源啤酒花加工（昌吉）** (Czech-owned hop pelletising plant, Changji,
  Xinjiang; writes English) — `saazgreen-cj.example.com`: Management, Operations, Quality, Agronomy, Supply Chain, Finance;
  parent **Saaz Green a.s.** (Žatec, Czechia, `saazgreen.example.cz`: Group Quality, Group Commercial). Bot `minutes@saazgreen-cj.example.com`.
  Grower co-operative 呼图壁县丰禾酒花种植专业合作社 (`fenghe-hops.example.cn`) appears as an outside party.

## Conventions applied beyond the corpus README
- Date rules: `/work/shared/research/dates-eval.md`. Bare weekday = the next such day after the send day (no case uses
  a bare weekday equal to its own send day); 本周内 = Sunday of the send week; 端午节前/国庆节前/中秋前 = the last
  working day before the holiday block; 节后 = first working day after it; 月底 = last calendar day of the month;
  N个工作日内 counts chinesecalendar working days after the send day (05-09 is a make-up Saturday in 2026).
- Times: as the corpus README says, 下班前 / EOD give the date and no time (due_time null); a written hour gives
  due_time; 中午12点 gives 12:00; hours (24小时内) count from the Date header.
- Foreign time zones: dates are resolved in Asia/Shanghai from the Date header; a next meeting written in two zones
  is recorded in the Beijing time given.
- 主责/配合 in one cell: the 主责 unit's named person owns the item; 配合 units are not owners.
- A person's title alone (敬主任, 向股长, 封工, 韦工, Cathy, Tony) resolves through the roster aliases.
- AI-generated minutes (钉钉/腾讯会议 智能纪要): only the 待办 section gives items; summaries and 发言要点 do not.
  A 待办 without an assignee is `no_owner`.
- "Reports of what was done" (已完成, 上次事项落实情况, [x]) are never items.
- An internal newsletter sent by a person with no bulk/list headers is `other`; mail with bulk headers would be `auto`.
- Where a case is truly ambiguous the gold takes the reading most readers would and its notes say `AMBIGUOUS:`.

## Cases

| case | kind | what it tests |
| --- | --- | --- |
"""


def write(cases):
    for c in cases:
        (HERE / f"{c.name}.eml").write_bytes(c.eml)
        (HERE / f"{c.name}.json").write_text(json.dumps(c.gold(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (HERE / "roster.csv").write_text(roster_csv(), encoding="utf-8")
    kinds = Counter(c.kind for c in cases)
    counts = ", ".join(f"{k} {kinds[k]}" for k in ("minutes", "other", "auto"))
    nitems = sum(len(c.items) for c in cases)
    text = README_HEAD.replace("{counts}", counts).replace("{nitems}", str(nitems))
    text += "".join(f"| {c.name} | {c.kind} | {c.tests} |\n" for c in cases)
    (HERE / "README.md").write_text(text, encoding="utf-8")
    print(f"wrote {len(cases)} cases ({counts}; {nitems} items)")


def part_texts(msg, errs, name):
    texts = []
    for part in msg.walk():
        for d in part.defects:
            errs.append(f"{name}: part defect {d!r}")
        keys = [k.lower() for k in part.keys()]
        for k in ("content-type", "content-transfer-encoding", "from", "to", "subject", "date", "message-id"):
            if keys.count(k) > 1:
                errs.append(f"{name}: duplicate header {k}")
        for k, v in part.items():
            for d in getattr(v, "defects", ()):
                errs.append(f"{name}: header {k} defect {d!r}")
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if ctype.startswith("text/") and not fn:
            cs = part.get_content_charset() or "us-ascii"
            try:
                t = payload.decode(codec(cs), "strict")
            except (UnicodeDecodeError, KeyError) as e:
                errs.append(f"{name}: {ctype} does not decode as {cs}: {e}")
                continue
            if part.get_param("format") == "flowed":
                dl = (part.get_param("delsp") or "").lower() == "yes"
                t = re.sub(r" \n", "" if dl else " ", t)
            if ctype == "text/html":
                t = re.sub(r"<[^>]+>", "", t)
                import html as _h
                t = _h.unescape(t)
            texts.append(t)
        elif fn and fn.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(payload))
            t = "\n".join(p.text for p in d.paragraphs)
            for tb in d.tables:
                for row in tb.rows:
                    t += "\n" + "\t".join(cell.text for cell in row.cells)
            if not t.strip():
                errs.append(f"{name}: empty docx")
            texts.append(t)
        elif fn and fn.endswith(".pdf"):
            import pypdf
            t = "\n".join(pg.extract_text() for pg in pypdf.PdfReader(io.BytesIO(payload)).pages)
            if not t.strip():
                errs.append(f"{name}: pdf text empty")
            texts.append(t)
    return texts


def norm(s):
    return re.sub(r"\s+", "", s)


def check(cases):
    errs = []
    mids = Counter()
    bad_domains = set()     # (the list of earlier sets' domains it was written against lives outside the repository)
    roster_text = (HERE / "roster.csv").read_text(encoding="utf-8")
    if roster_text != roster_csv():
        errs.append("roster.csv differs from the generator")
    for c in cases:
        name = c.name
        p_eml, p_json = HERE / f"{name}.eml", HERE / f"{name}.json"
        if not p_eml.exists() or not p_json.exists():
            errs.append(f"{name}: missing file")
            continue
        raw = p_eml.read_bytes()
        if raw != c.eml:
            errs.append(f"{name}: .eml bytes differ from the generator (not deterministic?)")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for d in msg.defects:
            errs.append(f"{name}: message defect {d!r}")
        texts = part_texts(msg, errs, name)
        body = norm("\n".join(texts).replace(" \n", " "))
        mids[msg["Message-ID"]] += 1
        for dom in set(re.findall(r"@([A-Za-z0-9.-]+)", raw.decode("latin-1"))):
            if dom.lower() in bad_domains:
                errs.append(f"{name}: uses excluded domain {dom}")
        gold = json.loads(p_json.read_text(encoding="utf-8"))
        if gold != c.gold():
            errs.append(f"{name}: .json differs from the generator")
        if gold["kind"] != "minutes" and (gold["items"] or gold["next_followup"]):
            errs.append(f"{name}: non-minutes with items/follow-up")
        sent = email.utils.parsedate_to_datetime(msg["Date"])
        for n, it in enumerate(c.items, 1):
            g = it.gold()
            if norm(g["task"]) not in body:
                errs.append(f"{name} item {n}: task not found verbatim in the mail: {g['task']}")
            if g["owner_email"] and isinstance(it.owner, str) and R[it.owner]["email"] != g["owner_email"]:
                errs.append(f"{name} item {n}: owner email mismatch")
            if g["due_date"]:
                if not it.spec:
                    errs.append(f"{name} item {n}: dated item without a rule")
                    continue
                d, tm = resolve(it.spec, sent)
                want_tm = tm or it.at
                if d != g["due_date"] or want_tm != g["due_time"]:
                    errs.append(f"{name} item {n}: gold {g['due_date']} {g['due_time']} != recomputed {d} {want_tm} ({it.spec})")
            elif it.spec:
                errs.append(f"{name} item {n}: rule given but gold date null")
        if c.followup:
            f = c.followup
            if not f.spec:
                errs.append(f"{name}: follow-up without rule")
            else:
                d, tm = resolve(f.spec, sent)
                if d != f.date or (tm or f.time) != f.time:
                    errs.append(f"{name}: follow-up {f.date} {f.time} != recomputed {d} {tm}")
        for k, v in c.extra.items():
            if k == "must_contain" and norm(v) not in norm(raw.decode('latin-1')) and norm(v) not in body:
                errs.append(f"{name}: missing {v!r}")
    for m, n in mids.items():
        if n > 1:
            errs.append(f"duplicate Message-ID {m}")
    on_disk = sorted(p.stem for p in HERE.glob("97*.eml"))
    if on_disk != sorted(c.name for c in cases):
        errs.append(f"stray or missing .eml files: {set(on_disk) ^ set(c.name for c in cases)}")
    kinds = Counter(c.kind for c in cases)
    print(f"{len(cases)} cases: {dict(kinds)}; {sum(len(c.items) for c in cases)} items")
    for e in errs:
        print("FAIL", e)
    print("check: OK" if not errs else f"check: {len(errs)} problem(s)")
    return not errs


def main():
    cases = all_cases()
    nums = [c.num for c in cases]
    assert len(set(nums)) == len(nums), "duplicate case numbers"
    if "--check" in sys.argv:
        sys.exit(0 if check(cases) else 1)
    write(cases)


if __name__ == "__main__":
    outdir = [a for a in sys.argv[1:] if not a.startswith("--")]
    if outdir:                                  # write the set to OUTDIR, then check what was written there
        HERE = Path(outdir[0])
        HERE.mkdir(parents=True, exist_ok=True)
        sys.argv = [sys.argv[0]]
        main()
        sys.argv = [sys.argv[0], "--check"]
    main()
