"""'AI Gong / Claire: on-site audit at Vorland. Claire owns the report, due 3/27': a line that names several people
before its colon, then says which of them owns the work. That one owns the line's task (what it asked before, with
the deliverable the owning sentence names); the sentence is no task of its own."""
from __future__ import annotations

import re

OWNS = re.compile(r"(?:(?<=[.;。；])|(?<=[.;]\s))\s*(?P<who>[^,，.;:：]{1,40}?)\s+(?:owns|is\s+responsible\s+for|is\s+accountable\s+for|"
                  r"will\s+own|leads)\s+(?P<what>[^.;。；]+)", re.I)
PEOPLE_PREFIX = re.compile(r"^(?:AI|action(?:\s+item)?|todo)?\s*(?P<people>[^:：.;。；]{1,60}?(?:/|,|，|、|&|\band\b)[^:：.;。；]{1,60}?)\s*"
                           r"[:：]\s*(?P<task>\S.*)$", re.I)


def owned_among(chunk: str) -> str | None:
    """The line rewritten as '<owner>: <task> and <deliverable, due>' when a later sentence says which of the people
    named before the colon owns the work; None otherwise."""
    listed = PEOPLE_PREFIX.match(chunk.strip())
    owns = listed and OWNS.search(listed.group("task"))
    if not (owns and re.search(rf"(?<!\w){re.escape(owns.group('who').strip())}(?!\w)", listed.group("people"), re.I)):
        return None
    task = listed.group("task")[:owns.start()].strip().rstrip(".;。；")
    return f"{owns.group('who').strip()}: {task} and {owns.group('what').strip()}"
