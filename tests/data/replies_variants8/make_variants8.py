#!/usr/bin/env python3
"""Write the reply variants set 8: 20NN-slug.eml (the bytes a mail server stores) + 20NN-slug.json (the gold).

    python3 tests/data/replies_variants8/make_variants8.py [OUTDIR] [--check]

Variants of the replies10 misses (issue 14), in other words, languages and clients, all replying to the recap of
replies_variants2/4 (星河电子 五一前备货会, Thu 2025-04-24; May Day 2025 off 05-01..05-05, make-up Sunday 04-27; the
quote kits are make_variants4.py's): a thing booked for a day beside a share of the work that is ready ('… is booked
for 29 April, about 70% of the checklist is ready'); 计划 as a noun before 已 ('价格调整计划已更新完毕'); a work verb in
the perfective before a percent ('整理了60%'); 'N% there'; a confirm and a done of the same item ('ist bestätigt.
Erledigt.'); a span that is a deadline from now ('3个工作日内交') against a shift of the due date ('顺延3个工作日');
and the negatives beside each.
Gold conventions are the dev corpus's and replies6/7/8's: items = the numbers written; a task named without a number
is items []; a span shifts the quoted due date, but 'within N days' / 'N个工作日内' counts from the day after the reply.
"""
from __future__ import annotations

import datetime as dt
import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "replies_variants4"))
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_variants4 import build  # noqa: E402
from goldcal import add_workdays, expect  # noqa: E402
from goldkit import rep, write_cases  # noqa: E402

SENT = dt.date(2025, 4, 24)                        # the replies' default Date (make_variants4.SENT)
MONDAY = "2025-04-28 17:00:00 +0800"               # a later reply, the day before item 5's due (Tue 04-29)
DUE = {1: dt.date(2025, 4, 25), 5: dt.date(2025, 4, 29)}

# (number, slug, client, sender, body lines, gold reply, notes[, Date])
CASES = [
    # -- a thing booked for a day, and a share of the work ready (variants of replies10 2114)
    (2001, "booked-for-day-share-ready-en", "gmail-en", "林峰",
     ["Item 3 - the supplier visit is booked for 29 April, about 70% of the vendor checklist is ready."],
     rep("progress", [3], 70), "'booked for 29 April' is an appointment ahead; 70% of the checklist is where item 3 stands"),
    (2002, "booked-share-done-en", "outlook-android", "王芳",
     ["#1: the lab slot is booked for Monday; 50% of the test reports are done."],
     rep("progress", [1], 50), "'50% of the test reports are done': the item half done, not done"),
    (2003, "submitted-share-passed-not", "samsung", "王芳", ["Item 1 is submitted, 95% of the samples passed."],
     rep("done", [1]), "negative: 95% of the samples passed measures the samples; the item is done"),
    # -- 计划 as a noun before 已 (variants of replies10 2106)
    (2004, "jihua-noun-updated-zh", "qq", "赵磊", ["第2项价格调整计划已更新完毕，见共享盘。"],
     rep("done", [2]), "价格调整计划 is the thing updated: 已更新完毕 is done"),
    (2005, "jihua-noun-tidied-tw", "outlook-tw", "陈喆", ["第5項客戶回訪計劃已整理好了。"],
     rep("done", [5]), "Traditional: 回訪計劃已整理好了 is done"),
    (2006, "jihua-verb-not", "foxmail", "郑堃", ["第4项计划下周完成。"],
     rep("unknown", [4]), "negative: 计划下周完成 is a plan, nothing done"),
    # -- a work verb in the perfective before a percent (variants of replies10 2116)
    (2007, "zhengli-le-percent-named-zh", "dingtalk", "赵磊", ["渠道价格表整理了60%，剩下的明天补上。"],
     rep("progress", [], 60), "named task (item 2), no number: 整理了60% is its progress"),
    (2008, "xiugai-le-percent-tw", "hk-outlook", "郑堃", ["第4項課件修改了70%，下週收尾。"],
     rep("progress", [4], 70), "Traditional 修改了70%"),
    (2009, "done-rate-up-not", "gmail-zh", "王芳", ["第1项已提交，合格率提高了5%。"],
     rep("done", [1]), "negative: 合格率提高了5% is a measurement, the item is done"),
    # -- 'N% there' (variants of replies10 2127)
    (2010, "percent-there-item-en", "gmail-en", "郑堃",
     ["Item 4: the deck is about 80% there, final review on Tuesday."],
     rep("progress", [4], 80), "'80% there' is where the item stands; Tuesday is inside the due, no extension"),
    (2011, "percent-there-named-en", "outlook-android", "赵磊", ["Price list is 75% there."],
     rep("progress", [], 75), "named task (item 2), no number"),
    # -- a confirm and a done of the same item (variants of replies10 2124)
    (2012, "bestaetigt-erledigt-de", "gmail-en", "林峰",
     ["Zu Punkt 3: Der Verpackungslieferant ist bestätigt. Erledigt."],
     rep("done", [3]), "German: the item's content confirmed, then Erledigt: done"),
    (2013, "confirmed-then-done-en", "outlook-android", "林峰", ["Item 3: supplier confirmed, contract signed. Done."],
     rep("done", [3]), "a confirm and a done of item 3: done"),
    (2014, "queren-yiwancheng-zh", "qq", "林峰", ["第3项供应商已确认，已完成。"],
     rep("done", [3]), "已确认 then 已完成 for item 3: done"),
    (2015, "confirm-one-done-other-not", "foxmail", "王芳", ["第1项确认，第2项已完成。"],
     rep("confirm", [1]), "negative: confirm and done name different items; the first command stays the main one"),
    # -- a span that is a deadline from now (variants of replies10 2137)
    (2016, "workdays-within-from-today-zh", "qq", "王芳", ["第1项要往后推一下，检测机构排队，3个工作日内交。"],
     rep("extend", [1], None, expect("3 working days from the reply (Thu 04-24), make-up Sun 04-27",
                                     add_workdays(SENT, 3), "2025-04-28")),
     "'3个工作日内' counts from the day after the reply, not from the due date 04-25 (that would be 04-29)"),
    (2017, "workdays-within-tw", "outlook-tw", "王芳", ["第1項申請延期，3個工作日內交。"],
     rep("extend", [1], None, expect("3 working days from Thu 04-24", add_workdays(SENT, 3), "2025-04-28")),
     "Traditional 3個工作日內"),
    (2018, "within-working-days-en", "gmail-en", "陈喆",
     ["Item 5 needs more time, two clients haven't answered yet, I can deliver within 4 working days."],
     rep("extend", [5], None, expect("4 working days from Mon 04-28, May Day off", add_workdays(dt.date(2025, 4, 28), 4),
                                     "2025-05-07")),
     "'within 4 working days' from Mon 04-28, not from the due 04-29 (that would be 05-08)", MONDAY),
    (2020, "push-back-within-working-days-en", "outlook-android", "陈喆",
     ["Need to push item 5 back, two clients haven't answered yet, I can deliver within 4 working days."],
     rep("extend", [5], None, expect("4 working days from Mon 04-28, May Day off", add_workdays(dt.date(2025, 4, 28), 4),
                                     "2025-05-07")),
     "'push item 5 back' with no date is a request; its day is the 'within 4 working days' later in the sentence",
     MONDAY),
    (2019, "shunyan-workdays-shift-not", "foxmail", "王芳", ["第1项申请顺延3个工作日。"],
     rep("extend", [1], None, expect("the due 04-25 shifted by 3 working days", add_workdays(DUE[1], 3), "2025-04-29")),
     "negative: 顺延3个工作日 shifts the due date (04-25), it is no deadline from now"),
]


if __name__ == "__main__":
    sys.exit(write_cases(HERE, [partial(build, case) for case in CASES], sys.argv))
