"""An approval or acceptance the item waited for, reached ('已审批通过', '获批了', '已验收合格', 'approved by finance'), is
the item done; everything named having become OK ('名单跟试跑都OK了') is done too. A bare 'approved' / 'OK' is the
reader's consent (confirm), and an outcome still awaited, asked about or set as a condition changes nothing."""
from datetime import datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.reader import parse_reply

SENT = datetime(2025, 12, 16, 15, 10, tzinfo=timezone(timedelta(hours=8)))


@pytest.mark.parametrize("text, intent, items", [
    ("第2项促销价已审批通过，OA流程号 CG-2025-0117。", "done", (2,)),
    ("第3项预算审批通过了", "done", (3,)),
    ("第1项合同已获批", "done", (1,)),
    ("第2项方案已批准", "done", (2,)),
    ("第2项已通过审核", "done", (2,)),
    ("第4項預算已審批通過", "done", (4,)),
    ("第3项已验收合格", "done", (3,)),
    ("第2项已签字", "done", (2,)),
    ("Item 2 approved by finance (OA ref 117).", "done", (2,)),
    ("Item 2: the budget has been approved.", "done", (2,)),
    ("#3 got signed off this morning.", "done", (3,)),
    ("禮盒名單跟高雄試跑都OK了 🙏", "done", ()),
    ("名单和试跑都OK了", "done", ()),
    # consent, not an outcome
    ("Approved.", "confirm", ()),
    ("Item 2 approved.", "confirm", (2,)),
    ("好的，都OK", "confirm", ()),
    # awaited, asked, a condition
    ("第2项还没审批通过", "unknown", (2,)),
    ("第2项审批通过后再发", "unknown", (2,)),
    ("第2项等审批通过了再说", "unknown", (2,)),
    ("预计下周获批", "unknown", ()),
    ("第2项需要领导签字", "unknown", (2,)),
    ("The budget still needs to be approved by finance.", "unknown", ()),
    ("Once approved by finance we will ship.", "unknown", ()),
    ("第1项审批通过了吗？", "unknown", (1,)),
])
def test_an_outcome_reached_is_done_and_one_awaited_is_not(text, intent, items):
    reply = parse_reply(text, SENT, WorkdayCalendar())
    assert (reply.intent, reply.items) == (intent, items)
