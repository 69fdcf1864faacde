"""A request asked as a question ('阿明可以帮忙从东莞带两盏样灯过来吗？最好周五前到，不然赶不上评审会'): the work is
inside the question, and an 'otherwise' clause after it is its reason, not work (its dates are no deadline); a request
to anyone of a team ('someone from EHS to check…') asks the team."""
from __future__ import annotations

import re

from parsers.regex_start import start_checked

# a request asked as a question ('阿明可以帮忙从东莞带两盏样灯过来吗？'): the work is inside it; what would happen
# otherwise ('，不然赶不上评审会', '否则…') is the reason, not the work, and its dates are no deadline
ASKED = re.compile(r"(?:可以|能否|能不能|可不可以|可否|方便)\s*(?:帮忙|帮个忙|帮我)?\s*(?P<ask>[^？?。；;]{2,60}?)\s*(?:吗|么|嘛)?\s*[？?]\s*")
OTHERWISE = re.compile(r"[，,]\s*(?:不然|否则|要不然|以免|免得)[^。；;]*")
ASKED, OTHERWISE = map(start_checked, (ASKED, OTHERWISE))
# 'someone from EHS to check the labels': nobody named, the team asked ('EHS to check…')
ANYONE_FROM = re.compile(r"^(?:someone|somebody|anyone|one\s+person)\s+(?:from|in|of)\s+(?:the\s+)?", re.I)


def asked_work(text: str) -> str:
    """'可以帮忙X吗？最好…前到，不然…' -> 'X，最好…前到': the work a question asks for, without the reason after it."""
    asked = ASKED.sub(lambda m: f"{m.group('ask')}，", text) if "?" in text or "？" in text else text   # (each ends in ?)
    asked = OTHERWISE.sub("", asked) if "然" in asked or "否" in asked or "免" in asked else asked   # (不然, 否则, 以免)
    asked = ANYONE_FROM.sub("", asked) if asked[:4].lower() in ("some", "one ", "anyo") else asked   # the team is who
    return asked.strip("，, ") if asked != text else text
