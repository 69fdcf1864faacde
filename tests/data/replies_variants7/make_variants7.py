#!/usr/bin/env python3
"""Write the reply variants set 7: 19NN-slug.eml (the bytes a mail server stores) + 19NN-slug.json (the gold).

    python3 tests/data/replies_variants7/make_variants7.py [OUTDIR] [--check]

Variants of the replies9 misses (issue 14), written before any rule for them, in other words, languages and clients,
all replying to the recap of replies_variants2/4 (星河电子 五一前备货会, Thu 2025-04-24; May Day 2025 off
05-01..05-05, make-up Sunday 04-27; the quote kits are make_variants4.py's): a part of the item done and the whole
at a percent ('the supplier list is finished … roughly 60% overall', '整体大概40%'); a vague day then, in the next
clause, the exact day it means ('延期到节后，5月7日前'); an extension word ending its clause and a day promised later
in the sentence ('可能得延期，要等销售汇总，最晚5月8日给'); and the negatives beside each.
Gold conventions are the dev corpus's and replies6/7/8's: items = the numbers written; a task named without a number
is items []; a date inside a reason is no asked date.
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
from goldcal import expect, workday_after  # noqa: E402
from goldkit import rep, write_cases  # noqa: E402

HOLIDAY_END = dt.date(2025, 5, 5)      # the last day of the May Day break

# (number, slug, client, sender, body lines, gold reply, notes)
CASES = [
    # -- a part done, the whole at a percent (variants of replies9 2013)
    (1901, "part-finished-overall-percent-en", "gmail-en", "林峰",
     ["Item 3: the supplier list is finished, two quotes are still missing - roughly 60% overall."],
     rep("progress", [3], 60), "a part finished, the item 60% overall: progress, not done"),
    (1902, "part-done-zhengti-percent-zh", "qq", "赵磊", ["第2项：价格表初稿做好了，渠道核对还没开始，整体大概40%。"],
     rep("progress", [2], 40), "整体大概40% is where the item stands"),
    (1903, "part-done-zongti-percent-tw", "outlook-tw", "郑堃", ["第4項：課件第一章寫好了，總體約50%。"],
     rep("progress", [4], 50), "Traditional 總體約50%"),
    (1904, "part-done-in-total-percent-en", "outlook-android", "陈喆", ["#5: the survey part is done, 30% in total."],
     rep("progress", [5], 30), "'30% in total' after a part done"),
    (1905, "done-overall-rate-not-progress", "dingtalk", "王芳", ["第1项已完成，整体良率95%。"], rep("done", [1]),
     "negative: 整体良率95% is a measurement, the item is done"),
    (1906, "done-overall-share-not-progress", "gmail-en", "赵磊",
     ["Item 2 is finished; overall 98% of the prices matched the old list."], rep("done", [2]),
     "negative: 'overall 98% of the prices' measures something, the item is done"),
    # -- a vague day, then the exact day in the next clause (variants of replies9 2025)
    (1907, "jiehou-then-exact-day-zh", "qq", "林峰", ["第3项延期到节后，5月7日前，供应商五一放假。"],
     rep("extend", [3], None, "2025-05-07"), "节后 is refined by the next clause's 5月7日前"),
    (1908, "xiazhou-then-weekday-tw", "outlook-tw", "陈喆", ["第5項延到下週，5月7日前吧，客戶資料還沒齊。"],
     rep("extend", [5], None, "2025-05-07"), "下週 refined by 5月7日前 (Traditional)"),
    (1909, "after-holiday-then-date-en", "outlook-android", "林峰",
     ["Could we push item 3 to after the holiday, May 8 at the latest?"],
     rep("extend", [3], None, "2025-05-08"), "'after the holiday, May 8 at the latest': the exact day"),
    (1910, "jiehou-reason-date-not", "foxmail", "赵磊", ["第2项延期到节后，5月1日起渠道放假。"],
     rep("extend", [2], None, expect("节后: the first working day after the May Day break",
                                     workday_after(HOLIDAY_END), "2025-05-06")),
     "negative: the date in the next clause is the reason's, 节后 stands"),
    # -- an extension word ending its clause, a day promised later (variants of replies9 2033)
    (1911, "keneng-yanqi-zuiwan-named", "gmail-zh", "陈喆", ["客户反馈那个可能得延期，要等销售汇总，最晚5月8日给。"],
     rep("extend", [], None, "2025-05-08"), "named task (item 5), no number: the promised day is the ask"),
    (1912, "kongpa-yanqi-zuichi-item", "dingtalk", "郑堃", ["第4项恐怕要延期，讲师在出差，最迟5月12日交。"],
     rep("extend", [4], None, "2025-05-12"), "最迟5月12日交 after the reason clause"),
    (1913, "extension-then-by-date-en", "gmail-en", "林峰",
     ["Item 3 will need an extension, waiting on two quotes; you'll have it by 6 May at the latest."],
     rep("extend", [3], None, "2025-05-06"), "'you'll have it by 6 May at the latest'"),
    (1914, "yanqi-reason-date-not", "qq", "王芳", ["第1项可能要延期，因为实验室5月6日才开门。"],
     rep("extend", [1]), "negative: the date is inside the reason: no asked date"),
    (1915, "yanqi-ask-later-not", "foxmail", "赵磊", ["第2项可能要延期，我先问问渠道，明天回复您。"],
     rep("extend", [2]), "negative: 明天回复 promises an answer, not the work: no asked date"),
]


if __name__ == "__main__":
    sys.exit(write_cases(HERE, [partial(build, case) for case in CASES], sys.argv))
