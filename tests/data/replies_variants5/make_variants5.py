#!/usr/bin/env python3
"""Write the reply variants set 5: 16NN-slug.eml (the bytes a mail server stores) + 16NN-slug.json (the gold).

    python3 tests/data/replies_variants5/make_variants5.py [OUTDIR] [--check]

Variants of the replies7 misses (issue 14), written before any rule for them, in other words, languages and clients,
all replying to the recap of replies_variants2/4 (星河电子 五一前备货会, Thu 2025-04-24; May Day 2025 off
05-01..05-05, make-up Sunday 04-27; the quote kits are make_variants4.py's): a percent said alone in the sentence after
the one that names the item ('3番、…決まりました。50%です。'); a done verb with its result complement (整理好) followed by a
bracketed item number ('已整理好（第1項）'); the item number as a sentence of its own after the verdict ('…已完成。第一項。');
a span asked for a task named by its words, no number ('場地佈置…申請延後3個工作日'): counted from the due date the quote
shows for the row those words name; and the negatives beside each.
Gold conventions are the dev corpus's and replies6/7's: items = the numbers written; a task named without a number is
items []; a span counts from the quoted due date.
"""
from __future__ import annotations

import datetime as dt
import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "replies_variants4"))
sys.path.insert(0, str(HERE.parent / "heldout"))
from make_variants4 import DUE, build  # noqa: E402
from goldcal import add_workdays, expect  # noqa: E402
from goldkit import rep, write_cases  # noqa: E402

# (number, slug, client, sender, body lines, gold reply, notes)
CASES = [
    # -- a percent alone in the sentence after the one naming the item (variants of replies7 1528)
    (1601, "named-then-bare-percent-zh", "qq", "郑堃", ["第4项课件初稿已给讲师过目。60%吧。"], rep("progress", [4], 60),
     "the item named with a state, the percent alone (60%吧) in the next sentence"),
    (1602, "named-then-bare-percent-en", "gmail-pt", "陈喆", ["Item 5 is moving along. Around 40% now."],
     rep("progress", [5], 40), "English: 'Around 40% now.' after the sentence naming item 5"),
    (1603, "named-then-bare-fraction-tw", "outlook-tw", "郑堃", ["第4項的課件講師已看過初稿。目前大約六成。"],
     rep("progress", [4], 60), "a fraction (六成) alone after the naming sentence"),
    (1604, "named-then-bare-percent-ja", "outlook-ja", "王芳", ["1番、検査機関から4件中3件の結果が届きました。75%です。"],
     rep("progress", [1], 75), "Japanese '75%です。' alone; '4件中3件' is a count, not a percent"),
    (1605, "named-then-kpi-percent-not-progress", "foxmail", "赵磊", ["第2项渠道价格表草稿已出。同比增长5%。"],
     rep("unknown", [2]), "negative: a growth figure after the naming sentence is no progress"),
    # -- a result complement (整理好, 准备好) followed by a bracketed item number (variants of 1535)
    (1606, "zhengli-hao-paren-zh", "outlook-zh", "王芳", ["样品检测报告已经整理好（第1项），放在共享盘了。"],
     rep("done", [1]), "已经整理好（第1项）: the verdict, then the item in full-width brackets"),
    (1607, "zhunbei-hao-halfparen-tw", "hk-outlook", "郑堃", ["課件已準備好(第4項)，講師也看過了。"], rep("done", [4]),
     "Traditional, half-width brackets"),
    (1608, "huizong-hao-lenticular-zh", "dingtalk", "陈喆", ["客户反馈已汇总好【第5项】，请查看。"], rep("done", [5]),
     "lenticular brackets 【第5项】"),
    (1609, "mei-gai-hao-paren-not-done", "qq", "赵磊", ["价格表还没改好（第2项），明天给。"], rep("unknown", [2]),
     "negative: 还没改好 is not done"),
    # -- the item number as a sentence of its own after the verdict (variants of 1547)
    (1610, "verdict-then-item-alone-zh", "samsung", "赵磊", ["价格表已经更新并发给各渠道了，已完成。第二项。"],
     rep("done", [2]), "'第二项。' alone after the verdict"),
    (1611, "verdict-then-item-alone-en", "outlook-android", "郑堃", ["Training deck is done and shared with the trainers. Item 4."],
     rep("done", [4]), "English: 'Item 4.' alone after 'done'"),
    (1612, "verdict-then-item-desu-ja", "gmail-ja", "王芳", ["検査報告書は完了しました。1番です。"], rep("done", [1]),
     "Japanese: '1番です。' after the verdict"),
    (1613, "verdict-then-item-with-words-not", "foxmail", "林峰", ["已完成。第3项还在谈。"], rep("done"),
     "negative: the next sentence says more about item 3 than its number: the done names no item"),
    # -- a span for a task named by its words, no number (variants of 1538, 1548)
    (1614, "span-by-words-workdays-zh", "outlook-zh", "林峰", ["包装供应商那边还在比价，申请顺延2个工作日。"],
     rep("extend", [], None, expect("item 3 due 04-30 + 2 working days (May Day)", add_workdays(DUE[3], 2), "2025-05-07")),
     "包装供应商 names row 3 (due 04-30); 2 working days after it, across May Day"),
    (1615, "span-by-words-zai-yan-tw", "outlook-tw", "郑堃", ["培訓課件講師還在修改，要再延3個工作日。"],
     rep("extend", [], None, expect("item 4 due 05-09 + 3 working days", add_workdays(DUE[4], 3), "2025-05-14")),
     "Traditional 培訓課件 names row 4 (due 05-09)"),
    (1616, "span-by-words-english-days", "gmail-it", "陈喆", ["客户反馈 needs two more days, sorry."],
     rep("extend", [], None, expect("item 5 due 04-29 + 2 days", DUE[5] + dt.timedelta(days=2), "2025-05-01")),
     "English span, the task in its Chinese words"),
    (1617, "span-no-words-sender-row", "qq", "王芳", ["不好意思，需要再延2个工作日。"],
     rep("extend", [], None, expect("item 1 due 04-25 + 2 working days (04-27 a make-up Sunday)", add_workdays(DUE[1], 2),
                                    "2025-04-28")),
     "no number and no task words: the one quoted row the sender owns (王芳, row 1) is the span's start, as the core "
     "counts it from her one stored item"),
]


if __name__ == "__main__":
    sys.exit(write_cases(HERE, [partial(build, case) for case in CASES], sys.argv))
