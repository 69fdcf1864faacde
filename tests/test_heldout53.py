"""Blind set heldout53 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser —
a county natural-resources bureau in Ganzi, a ceramic-tile exporter in Fengcheng, a private rehabilitation hospital
in Shenyang and a Mexican-owned avocado importer in Nansha, with an Australian buyer, a Spanish ink supplier and a
Mexican packer writing too; .docx, PDF and AI-written minutes among them.
Scored once on 97ce511, before anything was changed for it: items F1 0.979 (P 0.967, R 0.991), due 1.000, flags 0.983, kind 1.000, next follow-up 0.969.

Session 18 read its next-meeting miss (8107, 'Brisbane time') and 8120 ('时间另约'; tests/test_parsers_minutes_writers43.py): items F1 0.979, flags 0.991, next follow-up 1.000.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what
the scorer still finds wrong (READ: read, with the reason it is not fixed).
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT53 = Path(__file__).resolve().parent / "data" / "heldout53"
UNREAD = "not read yet (a blind miss of heldout53): "
READ = "read, not fixed: "
KNOWN = {
    "8103-forward-with-preface-registration-coremail-utf8": UNREAD + 'extra item 扎西尼玛: 记得把下乡用的公务车钥匙交回办公室，要派车',
    "8118-wrapped-items-day-then-time-thunderbird-8bit": UNREAD + 'extra item 孟庆华: 通报5月医疗质量指标，平均住院日28.6天，较4月下降1.2天',
    "8132-weekly-window-meeting-review-section-126-personal": UNREAD + 'extra item 唐勇: 那边的两宗违建核查，执法结论还没出，这周暂不安排',
    "8135-special-meeting-docx-attachment-coremail-gbk": UNREAD + 'missed item 降初拉姆: 完成首批5个村的村庄规划成果初稿; extra item 降初拉姆: 村庄规划编制',
    "8137-owa-forward-action-lines-utc-previous-day": READ + "policy: 'no date yet' after a task is no_due, as the golds of heldout29 5731, heldout37 6507 and heldout48 7632 record; this gold (like heldout55 8323's) reads it as vague and marks that AMBIGUOUS",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT53, KNOWN)


def test_heldout53_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT53 / "make_heldout53.py", tmp_path, least=38)
