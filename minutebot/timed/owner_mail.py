"""The mail a timed job sends an owner about a list of their items (reminder, chase, escalation): the most overdue
of them numbered for a reply, how many more there are, and who is copied.

    owner_mail(app, now, key, owner, items, "chase")
    owner_mail(app, now, key, owner, items, "escalation", meetings, cc=[manager], chased=also_overdue)

An escalation may carry `chased` items too: the owner's merely overdue items, listed below the escalated ones (in
the mail's numbering after them, and within the same LISTED cap).
"""
from __future__ import annotations

from datetime import datetime

from mailer.compose import Recipient
from minutebot.app import App
from minutebot.workflow import lists, mails


def owner_mail(app: App, now: datetime, key: str, owner: str, items: list[dict], template: str,
               meetings: dict[int, dict] | None = None, cc: list[Recipient] = (), chased: list[dict] = (),
               context: dict | None = None) -> int:
    """Queue one mail to `owner` under `key` listing `items`, then `chased` (their meetings: `meetings`, read here
    when not given; `context`: what else the template says); 1 when queued, 0 when the owner may not be mailed."""
    lang = app.config.bot.language
    to, cc = mails.split_recipients(app, [Recipient(items[0]["owner_name"] or "", owner)], list(cc))
    if not to:
        return 0
    shown, more = lists.most_overdue(items)
    shown_chased = lists.most_overdue(chased)[0][:lists.LISTED - len(shown)]
    more += len(chased) - len(shown_chased)
    meetings = meetings or app.store.meetings_by_id({i["meeting_id"] for i in shown}, ("title",))
    numbering = lists.number_items(app, shown + shown_chased, now, scoped=True)
    context = {**(context or {}), "owner_name": items[0]["owner_name"] or owner, "count": len(items) + len(chased),
               "more": more,
               "copied": [person.name or person.email for person in cc],
               "items": [_line(i, meetings[i["meeting_id"]], lang, numbering.of(i), now) for i in shown],
               "chased": [_line(i, meetings[i["meeting_id"]], lang, numbering.of(i), now) for i in shown_chased]}
    mails.send(app, key=key, template=template, context=context, to=to, cc=cc, now=now,
               meeting_id=numbering.meeting_id, token=numbering.token)
    return 1


def _line(item: dict, meeting: dict, lang: str, number: int, now: datetime) -> dict:
    return {"number": number, "task": item["task"], "meeting": meeting["title"],
            "due": mails.show_due(item["due"], item["due_time"], lang, today=now.date()), "percent": item["percent"],
            "overdue_days": item.get("overdue_days", 0), "status": item["status"], "escalated": False}
