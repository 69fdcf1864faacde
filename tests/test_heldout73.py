"""Blind set heldout73 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser — 沧州恒澜管件
(Hebei, with a petrochemical customer), 宁德市蕉城区海洋与渔业局 (Fujian), Kinabalu Rattan Furniture (Wuzhou, Malaysian-owned,
with a Portuguese customer), 鸡西墨岭石墨新材料 (Heilongjiang SOE, with a Norwegian customer). Scored once on 42800f4 (session
21's start): items F1 0.966 (P 0.983, R 0.950), due 1.000, flags 0.965, kind 0.947, next follow-up 0.967.

Read in session 21: 10106, 10120 and 10137 led to tests/test_parsers_minutes_writers54.py (items F1 0.996, due 1.000,
flags 0.975, next follow-up 1.000 since); what is left is named below, each a policy or a reading not made.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what
the scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT73 = Path(__file__).resolve().parent / "data" / "heldout73"
UNREAD = "not read yet (a blind miss of heldout73): "
READ = "read, not fixed: "
KNOWN = {
    "10107-hl-new-minutes-in-old-thread-outlook": READ + "policy: a day counted from an event nobody can date ('图纸到后5个工作日内') is vague_due, as in heldout66 9431; this gold takes no_due: flags ['vague_due'] != ['no_due'] (完成芯模修改并试推第二件)",
    "10113-jc-internal-record-excel-paste-mailmaster": READ + "policy: a day counted from an event nobody can date ('收到清单后3个工作日内') is vague_due; this gold takes no_due: flags ['no_owner', 'vague_due'] != ['no_owner', 'no_due'] (暂停相应船只补贴资格)",
    "10118-kb-m365-english-ai-lines-utc-date": READ + "policy: 'Helen + Spring' gives each of them the item (heldout/217's gold reads 'Priya + Jenny' so); this gold takes the first-named only and calls it AMBIGUOUS: extra item 韦春花: confirm pricing from the second core-rattan supplier",
    "10128-ml-cross-dept-record-excel-table-outlook-gb2312": READ + "read, not fixed: a due cell '待定' beside an event-bound due in the notes ('发货前'); the gold takes no_due: flags ['vague_due'] != ['no_due'] (准备MSDS及非危险品保函，安排国际快递)",
    "10131-ml-decisions-only-ipad": READ + 'read, not fixed: minutes that record decisions only and ask nothing are kind minutes in the gold; with no item and no next meeting we call the mail other: kind other != minutes',
    "10134-other-thread-reply-thunderbird-norway": READ + "read, not fixed: a reply in a shipping thread that quotes the bot's recap, written to a partner, is no reply to the bot in the gold (kind other); we read it as a reply: kind reply != other",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT73, KNOWN)


def test_heldout73_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT73 / "make_heldout73.py", tmp_path, least=38)
