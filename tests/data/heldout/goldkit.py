"""The gold side the case generators share: who the people are, the answer dicts (items, follow-up, reply), the
bot's recap as replies quote it, the case list and the script's write-or-check run. Deterministic, like mailkit."""
from __future__ import annotations

import json
from pathlib import Path

from goldcal import CHECKS, check_dates


class Cast:
    """The people a set writes about: roster rows by name, and outsiders known only by their address."""

    def __init__(self, roster: str, external: dict[str, str], infer_flags: bool = False):
        self.people = {row.split(",")[0]: row.split(",") for row in roster.strip().splitlines()[1:]}
        self.external = external
        self.infer_flags = infer_flags        # minutes sets: no_owner / no_due follow from what the item lacks

    def who(self, name: str) -> tuple[str, str]:
        return (name, self.people[name][1]) if name in self.people else (name, self.external[name])

    def item(self, owner: str | None, task: str, due: str | None = None, time: str | None = None, flags=(),
             department: str | None = None, email: str | None = None) -> dict:
        if owner in self.people:
            email, department = self.people[owner][1], self.people[owner][2]
        elif owner in self.external:
            email = self.external[owner]
        if self.infer_flags:
            flags = set(flags) | ({"no_owner"} if owner is None else set()) | (
                {"no_due"} if due is None and "vague_due" not in flags else set())
        return {"owner_name": owner, "owner_email": email, "department": department, "task": task, "due_date": due,
                "due_time": time, "flags": sorted(flags)}


def gold(kind: str, notes: str, items=(), followup=None, reply=None, numbers=None) -> dict:
    out = {"kind": kind, "items": list(items), "next_followup": followup, "reply": reply, "notes": notes}
    if numbers:
        out["numbers"] = numbers           # the item numbers as the minutes write them (checked by the tests)
    return out


def minutes_gold(notes: str, items=(), followup=None, numbers=None) -> dict:
    return gold("minutes", notes, items, followup, numbers=numbers)


def fu(date: str, time: str | None = None) -> dict:
    return {"date": date, "time": time}


def rep(intent: str, items=(), percent=None, new_due=None) -> dict:
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


# -- the bot's recap, as a reply quotes it ----------------------------------------------------------------------

def recap_zh(title: str, rows: list[tuple[str, str, str]], quote: str = "") -> str:
    """The bot's zh recap (templates/zh/recap.txt) as a client quotes it, each line prefixed with `quote`."""
    lines = ["各位好，", "", f"纪要助手已记录「{title}」的待办事项（共{len(rows)}项）：", ""]
    for n, (task, owner, due) in enumerate(rows, 1):
        lines += [f"{n}. {task}", f"   负责人：{owner}    截止时间：{due}"]
    lines += ["", "如有异议请于今天 18:00前回复，逾期视为无异议。", "", "直接回复本邮件即可更新事项，例如：",
              "  确认 / 第2项有异议：原因… / 第1项已完成 / 第3项进度80% / 第2项延期至10月20日", "", "—— 纪要助手（自动发送）"]
    return _quoted(lines, quote)


def recap_en(title: str, rows: list[tuple[str, str, str]], quote: str = "", bot: str = "minutebot") -> str:
    """The bot's en recap (templates/en/recap.txt) signed with the bot's display name `bot`."""
    lines = ["Hello all,", "", f'{bot} has recorded the action items of "{title}" ({len(rows)} in all):', ""]
    for n, (task, owner, due) in enumerate(rows, 1):
        lines += [f"{n}. {task}", f"   Owner: {owner}    Due: {due}"]
    lines += ["", "If you object, please reply today by 18:00; after that the items count as agreed.", "",
              "Reply to this mail to update an item, for example:",
              "  confirm / object to item 2: reason... / item 1 done / item 3 progress 80% / extend item 2 to Oct 20",
              "", f"-- {bot} (sent automatically)"]
    return _quoted(lines, quote)


def _quoted(lines: list[str], quote: str) -> str:
    return "\n".join((quote + line).rstrip() if line else quote.rstrip() for line in lines)


# -- the cases and the script's run ------------------------------------------------------------------------------

def case_list() -> tuple[list, object]:
    """A list of case functions and the decorator that adds one to it."""
    cases: list = []

    def case(fn):
        cases.append(fn)
        return fn
    return cases, case


def write_cases(here: Path, cases: list, argv: list[str], files: dict[str, str] | None = None,
                count_kinds: bool = False) -> int:
    """Build every case, check its gold dates, and (without --check) write slug.eml + slug.json into the folder
    argv names (`make_x.py [OUTDIR] [--check]`), by default `here`."""
    args = [arg for arg in argv[1:] if arg != "--check"]
    out = Path(args[0]) if args else here
    CHECKS.clear()
    built = [fn() for fn in cases]
    problems = check_dates()
    slugs = [slug for slug, _, _ in built]
    if len(set(slugs)) != len(slugs):
        problems.append("duplicate slugs")
    for problem in problems:
        print("GOLD DATE MISMATCH", problem)
    if "--check" in argv:
        return 1 if problems else 0
    out.mkdir(parents=True, exist_ok=True)
    for name, text in (files or {}).items():
        (out / name).write_text(text, encoding="utf-8")
    for slug, raw, answer in built:
        (out / f"{slug}.eml").write_bytes(raw)
        (out / f"{slug}.json").write_text(json.dumps(answer, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(built)} cases written" + (f": {_kinds(built)}" if count_kinds else ""))
    return 1 if problems else 0


def _kinds(built: list) -> dict[str, int]:
    kinds: dict[str, int] = {}
    for _, _, answer in built:
        kinds[answer["kind"]] = kinds.get(answer["kind"], 0) + 1
    return kinds
