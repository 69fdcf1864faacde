"""Case and item records used by the case modules."""
from h46people import BY_NAME

FLAG_ORDER = ["no_owner", "vague_due", "no_due"]


def I(owner, task, due=None, flags=(), dept=None):
    """One gold item.

    owner: roster name | (display name, email) for a person outside the roster |
           None when only a unit owns it (dept = that unit if it is ours).
    due:   None | (date, time_or_None, rule) -- rule is recomputed by --check.
    """
    if owner is None:
        name = email = None
        department = dept
    elif isinstance(owner, tuple):
        name, email = owner
        department = None
    else:
        r = BY_NAME[owner]
        name, email, department = r[0], r[1], (r[2] or None)
    flags = sorted(set(flags), key=FLAG_ORDER.index)
    return {
        "gold": {"owner_name": name, "owner_email": email, "department": department, "task": task,
                 "due_date": due[0] if due else None, "due_time": due[1] if due else None,
                 "flags": flags},
        "rule": due[2] if due else None,
    }


class Case:
    def __init__(self, num, slug, kind, org, client, eml, items=(), nf=None, notes="", summary="", tests=""):
        self.num, self.slug, self.kind, self.org, self.client = num, slug, kind, org, client
        self.eml = eml
        self.items = list(items)
        self.nf = nf  # None | (date, time_or_None, rule)
        self.notes, self.summary, self.tests = notes, summary, tests
        self.via_list = False  # True when the bot gets it as a member of a group address

    @property
    def name(self):
        return "%d-%s" % (self.num, self.slug)

    def gold(self):
        return {
            "kind": self.kind,
            "items": [i["gold"] for i in self.items],
            "next_followup": ({"date": self.nf[0], "time": self.nf[1]} if self.nf else None),
            "reply": None,
            "notes": self.notes,
        }
