"""Case model, gold building and per-client header styles for heldout52."""
import datetime as _dt
from zoneinfo import ZoneInfo

from _dates import SH, flags_for, resolve
from _kit import (ALNUM, B64ALPHA, UPPER_HEX, addr, addr_list, assemble, ew, hid, needs_ew, rfc_date)
from _people import ORGS, P

CASES = []


class Item:
    def __init__(self, owner, task, rule, due=None, time=None, dept=None, name=None, email=None,
                 check_task=True):
        self.owner, self.task, self.rule = owner, task, rule
        self.due, self.time = due, time
        self.dept, self.name, self.email = dept, name, email
        self.check_task = check_task

    def gold(self, sent):
        d, t = resolve(self.rule, sent)
        ds = d.isoformat() if d else None
        if ds != self.due or t != self.time:
            raise AssertionError("item %r: hand-written %s %s but rule gives %s %s"
                                 % (self.task, self.due, self.time, ds, t))
        flags = list(flags_for(self.rule))
        if self.owner:
            p = P(self.owner)
            name, email, dept = p["name"], p["email"], (p["department"] or None)
        else:
            name, email, dept = self.name, self.email, self.dept
        if name is None:
            flags.append("no_owner")
        order = ["vague_due", "no_owner", "no_due"]
        flags.sort(key=order.index)
        return {"owner_name": name, "owner_email": email, "department": dept, "task": self.task,
                "due_date": ds, "due_time": t, "flags": flags}


def I(owner, task, rule, due=None, time=None, **kw):
    return Item(owner, task, rule, due, time, **kw)


def U(dept, task, rule, due=None, time=None, **kw):
    """An item owned by a unit (no person): owner null, flag no_owner; dept None when not ours."""
    return Item(None, task, rule, due, time, dept=dept, **kw)


class Case:
    def __init__(self, num, slug, kind, org, client, fmt, tests, notes, eml, sent,
                 items=(), nxt=None, nxt_expect=None, attachment_text=None):
        self.num, self.slug, self.kind, self.org = num, slug, kind, org
        self.client, self.fmt, self.tests, self.notes = client, fmt, tests, notes
        self.eml, self.sent = eml, sent.astimezone(SH)
        self.items = list(items)
        self.nxt, self.nxt_expect = nxt, nxt_expect
        self.attachment_text = attachment_text

    @property
    def name(self):
        return "%d-%s" % (self.num, self.slug)

    def gold(self):
        items = [it.gold(self.sent) for it in self.items]
        nf = None
        if self.nxt is not None:
            d, t = resolve(self.nxt, self.sent)
            got = (d.isoformat(), t)
            if got != tuple(self.nxt_expect):
                raise AssertionError("%s next_followup: hand-written %s but rule gives %s"
                                     % (self.name, self.nxt_expect, got))
            nf = {"date": got[0], "time": got[1]}
        return {"kind": self.kind, "items": items, "next_followup": nf, "reply": None,
                "notes": self.notes}

    def summary(self):
        if self.kind != "minutes":
            return "%s, no items" % self.kind
        g = self.gold()
        n = len(g["items"])
        nf = g["next_followup"]
        s = "%d item%s" % (n, "" if n == 1 else "s")
        if nf:
            s += "; next %s%s" % (nf["date"], (" " + nf["time"]) if nf["time"] else "")
        else:
            s += "; no next meeting"
        return s


def register(case):
    CASES.append(case)
    return case


# ----------------------------------------------------------------------- times
def sh(y, m, d, H, M, S):
    return _dt.datetime(y, m, d, H, M, S, tzinfo=SH)


def tz(dt, hours, name=None):
    """Same instant expressed at a fixed UTC offset (for Date headers written abroad)."""
    return dt.astimezone(_dt.timezone(_dt.timedelta(hours=hours)))


def later(dt, seconds):
    return dt + _dt.timedelta(seconds=seconds)


# ----------------------------------------------------------------------- server side
def server_headers(org, sender_email, sent, seed, hops=(), delay=3, rcpt=None, envelope=None):
    """Return-Path / Delivered-To / Received added by the receiving server of ``org``.
    ``hops``: extra Received values (outermost last added = first printed) for mail from outside."""
    o = ORGS[org]
    bot = rcpt or o["bot"][1]
    recv = later(sent, delay).astimezone(SH)
    rd = rfc_date(recv, pad=False) + " (CST)"
    qid = hid(seed, "qid", n=11, alphabet=UPPER_HEX)
    if org == "A":
        top = ("from mail.qcyjj.example.cn (localhost [127.0.0.1])\n\tby mx.qcyjj.example.cn (Postfix) with ESMTP id %s\n"
               "\tfor <%s>; %s" % (qid, bot, rd))
    elif org == "B":
        top = ("from smtp.huiying-led.example.cn (smtp.huiying-led.example.cn [47.106.52.17])\n\tby mx.huiying-led.example.cn "
               "(Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (qid, bot, rd))
    elif org == "C":
        top = ("from SG2PR06MB5310.apcprd06.prod.outlook.com (2603:1096:4:1a2::17)\n\tby mx.qxair.example.cn (Postfix) with "
               "ESMTPS id %s\n\tfor <%s>; %s" % (qid, bot, rd))
    else:
        top = ("from mail-sg.tzafon-drip.example.cn (mail-sg.tzafon-drip.example.cn [43.156.8.201])\n\tby mx.tzafon-drip.example.cn "
               "(Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (qid, bot, rd))
    h = [("Return-Path", "<%s>" % (envelope if envelope is not None else sender_email)),
         ("Delivered-To", bot),
         ("Received", top)]
    for v in hops:
        h.append(("Received", v))
    return h


def hop(frm_host, frm_ip, by_host, proto, seed, when, extra=""):
    rd = rfc_date(when, pad=False)
    ipnote = "" if frm_ip in frm_host else " (%s)" % frm_ip
    return "from %s%s\n\tby %s with %s id %s%s;\n\t%s" % (
        frm_host, ipnote, by_host, proto, hid(seed, by_host, n=12, alphabet=UPPER_HEX), extra, rd)


# ----------------------------------------------------------------------- message ids
def mid_outlook(seed, domain):
    a = hid(seed, "o1", n=12, alphabet=UPPER_HEX).lower()
    b = hid(seed, "o2", n=8).lower()
    c = hid(seed, "o3", n=8).lower()
    return "<%s01dc%s$%s$%s@%s>" % (a[:4], a[4:12], b, c, domain)


def mid_exo(seed):
    box = "SG2PR06MB" + hid(seed, "box", n=4, alphabet="0123456789")
    return "<%s%s@%s.apcprd06.prod.outlook.com>" % (box, hid(seed, "exo", n=24, alphabet=UPPER_HEX), box)


def mid_foxmail(sent, seed, domain):
    return "<%s%s@%s>" % (sent.strftime("%Y%m%d%H%M%S"), hid(seed, "fm", n=7, alphabet="0123456789"), domain)


def mid_coremail(seed, local, domain):
    return "<%s.%s.%s.Coremail.%s@%s>" % (hid(seed, "c1", n=8), hid(seed, "c2", n=4), hid(seed, "c3", n=11),
                                          local, domain)


def mid_uuid(seed, domain, upper=False):
    h = hid(seed, "uuid", n=32)
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:32])
    return "<%s@%s>" % (u.upper() if upper else u, domain)


def mid_gmail(seed):
    return "<CA%s@mail.gmail.com>" % hid(seed, "gm", n=46, alphabet=ALNUM + "+_-")


def thread_index(seed):
    return hid(seed, "ti", n=30, alphabet=B64ALPHA) + "=="


# ----------------------------------------------------------------------- helpers for headers
def subj(text, label="utf-8", enc="B"):
    return ew(text, label, enc) if needs_ew(text) else text


def people(keys):
    out = []
    for k in keys:
        if isinstance(k, tuple):
            out.append(k)
        else:
            p = P(k)
            out.append((p["name"], p["email"]))
    return out


def al(keys, label="utf-8", enc="B", quote=False, sep=",\n "):
    return addr_list(people(keys), label, enc, quote, sep)


def build(headers, root, crlf=False):
    return assemble(headers, root, crlf)
