"""An item event's old and new values in words for the 变更记录 sheet: statuses in the bot's language, people by
name, dates as dates — never the stored JSON.

    change_words('{"status": "disputed", "note": "等驱动"}', "zh")  ->  "状态：有异议；说明：等驱动"
"""
from __future__ import annotations

import json
from datetime import datetime

from minutebot.exports import WORDS

LABELS = {"zh": {"task": "事项", "owner_name": "负责人", "owner_email": "负责人", "department": "部门", "due": "截止",
                 "due_date": "截止", "due_text": "截止", "status": "状态", "percent": "进度", "done_at": "完成时间",
                 "note": "说明", "sep": "；", "colon": "："},
          "en": {"task": "task", "owner_name": "owner", "owner_email": "owner", "department": "department",
                 "due": "due", "due_date": "due", "due_text": "due", "status": "status", "percent": "progress",
                 "done_at": "done", "note": "note", "sep": "; ", "colon": ": "}}
# what a reader needs, in reading order; a field is left out when one before it already says the same thing
SHOWN = ("task", "owner_name", "owner_email", "department", "due", "due_date", "due_text", "status", "percent",
         "done_at", "note")
SAME_AS = {"owner_email": "owner_name", "due_date": "due", "due_text": "due"}


def change_words(stored: str | None, lang: str, names=None) -> str:
    """One stored old/new value (JSON object or plain text) as a line people read; '' when there is nothing."""
    value = _load(stored)
    if isinstance(value, dict):
        labels = LABELS[lang]
        parts = [f"{labels[key]}{labels['colon']}{field_words(key, value[key], lang, names)}" for key in SHOWN
                 if _shown(key, value)]
        return labels["sep"].join(parts)
    return field_words("status", value, lang, names) if value not in (None, "") else ""


def _load(stored: str | None):
    if not stored or stored[0] not in "{[":
        return stored
    try:
        return json.loads(stored)
    except ValueError:
        return stored


def _shown(key: str, value: dict) -> bool:
    if value.get(key) in (None, "", []):
        return False
    twin = SAME_AS.get(key)
    return not (twin and value.get(twin)) and not (key == "due_text" and value.get("due_date"))


def field_words(key: str, value, lang: str, names=None) -> str:
    """One field's value in words: 已确认, 60%, 2024-10-15 17:00, a roster name for an address."""
    if key == "status":
        return WORDS[lang].get(str(value), str(value))
    if key == "percent":
        return f"{value}%"
    if key in ("due", "done_at"):
        return _when(value)
    if key == "owner_email" and names:
        return names(value)
    return str(value)


def _when(iso: str) -> str:
    try:
        when = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso)
    return f"{when:%Y-%m-%d %H:%M}"
