"""Case model: each case knows how to build its .eml bytes and carries its hand-worked gold plus the
rule behind every date, so --check can recompute the dates from the message's own Date header."""
import datetime as dt

from . import orgs

CASES = []


class Item:
    def __init__(self, owner, task, due, rule, time=None, flags=(), dept=None):
        """owner: roster name or None (unit-only / nobody). due: hand-worked 'YYYY-MM-DD' or None.
        rule: how `due` follows from the text (see caldates). dept: the unit when owner is None."""
        self.owner, self.task, self.due, self.rule, self.time = owner, task, due, rule, time
        self.flags = list(flags)
        self.dept = dept

    def gold(self):
        if self.owner is None:
            name = email = None
            dept = self.dept
            flags = ["no_owner"] + [f for f in self.flags if f != "no_owner"]
        else:
            r = orgs.ROSTER[self.owner]
            name, email, dept = self.owner, r["email"], (r["department"] or None)
            flags = list(self.flags)
        if self.due is None and not ({"vague_due", "no_due"} & set(flags)):
            raise ValueError("undated item without vague_due/no_due: %s" % self.task)
        order = ["no_owner", "vague_due", "no_due"]
        flags = sorted(set(flags), key=order.index)
        return {"owner_name": name, "owner_email": email, "department": dept, "task": self.task,
                "due_date": self.due, "due_time": self.time, "flags": flags}


class Next:
    def __init__(self, date, time, rule):
        self.date, self.time, self.rule = date, time, rule

    def gold(self):
        return {"date": self.date, "time": self.time}


class Case:
    def __init__(self, num, slug, kind, org, build, items=(), nxt=None, notes="", tests="", client=""):
        self.num, self.slug, self.kind, self.org = num, slug, kind, org
        self.build = build
        self.items = list(items)
        self.next = nxt
        self.notes = notes
        self.tests = tests
        self.client = client
        CASES.append(self)

    @property
    def name(self):
        return "%d-%s" % (self.num, self.slug)

    def gold(self):
        return {"kind": self.kind, "items": [i.gold() for i in self.items],
                "next_followup": self.next.gold() if self.next else None,
                "reply": None, "notes": self.notes}


def case(num, slug, kind, org, items=(), nxt=None, notes="", tests="", client=""):
    """Decorator form: the decorated function returns the .eml bytes."""
    def deco(fn):
        Case(num, slug, kind, org, fn, items, nxt, notes, tests, client)
        return fn
    return deco


# ---------------------------------------------------------------- delivery headers
def _fmt(t):
    return "%s, %d %s %d %02d:%02d:%02d +0800" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()], t.day,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][t.month - 1],
        t.year, t.hour, t.minute, t.second)


def sent(y, mo, d, h, mi, s, off=480):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(minutes=off)))


def inbound(org, sender, when, helo, ip, qid, delay=3, extra_received=(), bot=None, envelope=None):
    """Return-Path, Delivered-To and Received lines added by the organisation's mail host.
    when: the Date header instant (aware datetime)."""
    bot = bot or orgs.BOTS[org]
    host, mta = orgs.SERVERS[org]
    t = (when + dt.timedelta(seconds=delay)).astimezone(dt.timezone(dt.timedelta(hours=8)))
    env = envelope if envelope is not None else sender
    hdrs = [("Return-Path", "<%s>" % env), ("Delivered-To", bot)]
    if mta == "Coremail":
        rec = "from %s (unknown [%s])\n\tby %s (Coremail) with SMTP id %s\n\tfor <%s>; %s (CST)" % (
            helo, ip, host, qid, bot, _fmt(t))
    else:
        rec = "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)" % (
            helo, helo if "." in helo else "unknown", ip, host, qid, bot, _fmt(t))
    hdrs.append(("Received", rec))
    for r in extra_received:
        hdrs.append(("Received", r))
    return hdrs


def fmt_local(t):
    return _fmt(t.astimezone(dt.timezone(dt.timedelta(hours=8))))
