"""The parser on a ninth held-out set, written blind (by a helper that had not read the parser) while the parser was tuned on other sets, and kept sealed: tests/data/heldout9 — a Chengdu pharmaceutical factory's GMP departments, a Xiamen trading company, a 街道办事处 and its 社区, a Taipei design agency with a Shenzhen studio (38 mails, 100 items).

Scores, none of them tuned for it: at the session's start (21610bd) items F1 0.767, due 0.986, owner 0.984, flags 0.986,
kind 0.921, reply 1.000, follow-up 0.833; first score when it was written (25fabc8) items F1 0.822, due 0.986, owner 0.986,
flags 0.986, kind 0.921, follow-up 0.833; at the session's end (7ba5329) items F1 0.829, due 0.987, owner 0.986, flags
0.987, kind 0.921, reply 1.000, follow-up 0.867. Its misses were not read.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.

Read (branch tune9), the pharmaceutical, trade and 街道 misses, each fixed as a reading of structure tested first on a
variant written elsewhere (tests/test_parsers_minutes_writers10.py): items F1 0.829 -> 0.910, due 0.987 -> 1.000, owner
0.986 -> 1.000, flags 0.987 -> 1.000, kind 0.921 -> 0.947, follow-up 0.867 -> 0.900, reply 1.000. 1609 stays known: its gold
task is worded from another chat line. The design-agency cases (1624-1629) were read on branch tune10 (1624, 1625,
1626, 1628 fixed; 1629 half). Both merged: items F1 0.970, due, owner, flags, kind, reply and follow-up 1.000.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT9 = Path(__file__).resolve().parent / "data" / "heldout9"
KNOWN = {
    '1617-gov-special-campaign-zerendanwei': "policy: '（三）加强宣传引导。责任单位：各社区居委会；完成时限：长期坚持' is a standing "
        "duty with nobody to chase and is no item (session 18), as the golds of heldout22 4422 and heldout49 7722 record; "
        "this gold keeps it as a no_owner, no_due item and marks that AMBIGUOUS",
    '1618-gov-community-grid-table-html': "policy: an owner cell of two people ('李小燕、赵强'), marked neither lead nor "
        "helper, gives each an item, as the golds of heldout28, 31, 33, 34, 37, 38 and 43 record; this gold gives the "
        "row to the first named ('赵强 co-owns')",
    '1609-trade-wechat-group-paste-iphone': "gold task debatable: owner and due are right, but the gold paraphrases the task "
                                            "with words from an earlier chat line ('完成Rossi那票的预录入'), while the @ line says only "
                                            "'最近查验率高，预录入明天中午前做完' (a reason, then the work): the reason clause is cut now "
                                            "(tune12), and no reading of that line gives the gold's words (our task: '预录入做完')",
    '1629-design-items-in-prose-apple-mail': "read (tune10): the question to 浩哥 and the writer's '報價我自己處理，週五前會重發…' are items now; still missed: 阿凱's '1/2 前弄好給我' and the writer's '我打算 1/5（一）寄' name their work only as a verb whose object (修正版) is in the sentence before ('我答應客戶元旦後把修正版寄過去') - carrying a 把-object over sentences is not read, and '我打算 DATE V' (a plan) is not taken as the writer's item",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT9, KNOWN)


def test_heldout9_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT9 / "make_heldout9.py", tmp_path, least=30)
