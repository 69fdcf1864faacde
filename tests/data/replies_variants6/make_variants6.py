#!/usr/bin/env python3
"""Write the reply variants set 6: 18NN-slug.eml (the bytes a mail server stores) + 18NN-slug.json (the gold).

    python3 tests/data/replies_variants6/make_variants6.py [OUTDIR] [--check]

Variants of the replies8 misses (issue 14), written before any rule for them, in other words, languages and clients,
all replying to the recap of replies_variants2/4 (星河电子 五一前备货会, Thu 2025-04-24; May Day 2025 off
05-01..05-05, make-up Sunday 04-27; the quote kits are make_variants4.py's): a work verb in the perfective with no
other command word ('爬坡计划表已更新'); a Japanese delivery verb in the polite past ('#1の…発送しました'); a span asked
as 'need N more days' with 再 inside ('需要再多两天'); an extension whose item carries its name in brackets ('move item 1
(ALD process window report) to 31 October'); a percent right after a result complement ('跑完了 80%'); and the
negatives beside each.
Gold conventions are the dev corpus's and replies6/7/8's: items = the numbers written; a task named without a number
is items []; a span counts from the quoted due date in calendar days.
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
from goldcal import expect  # noqa: E402
from goldkit import rep, write_cases  # noqa: E402

# (number, slug, client, sender, body lines, gold reply, notes)
CASES = [
    # -- a work verb in the perfective, no other command word (variants of replies8 1704)
    (1801, "yi-gengxin-named-zh", "qq", "赵磊", ["渠道价格表已更新，新版放共享盘了，李经理有空看下。"], rep("done"),
     "已更新 after the task's words, no number: done, items [] (the core finds the item by its words)"),
    (1802, "yi-xiuding-named-tw", "outlook-tw", "王芳", ["樣品檢測報告已修訂，新版本放在群組檔案裡了。"], rep("done"),
     "Traditional 已修訂 (revised), no number"),
    (1803, "buchong-le-item-zh", "dingtalk", "郑堃", ["第4项课件内容补充完善了，讲师也看过。"], rep("done", [4]),
     "补充完善了 with the item number: done [4]"),
    (1804, "hai-mei-gengxin-not", "foxmail", "赵磊", ["价格表还没更新，明天给。"], rep("unknown"),
     "negative: 还没更新 is not done"),
    (1805, "gengxin-question-not", "gmail-zh", "陈喆", ["客户反馈表需要更新吗？"], rep("unknown"),
     "negative: a question about updating is no command"),
    # -- a Japanese delivery verb in the polite past (variants of 1720)
    (1806, "ja-teishutsu-shimashita", "gmail-ja", "王芳", ["1番の検査報告書、本日提出しました。"], rep("done", [1]),
     "Japanese 提出しました (submitted) after '1番の'"),
    (1807, "ja-soufu-then-kanryou", "outlook-ja", "陈喆", ["#5のフィードバックまとめを送付しました。以上で完了です。"],
     rep("done", [5]), "送付しました, then 完了です alone: done [5]"),
    (1808, "ja-hassou-future-not", "gmail-ja", "郑堃", ["#4の教材は来週発送します。"], rep("unknown", [4]),
     "negative: 発送します is a plan (non-past)"),
    (1809, "ja-hassou-question-not", "outlook-ja", "王芳", ["#1の報告書はもう発送しましたか？"], rep("unknown", [1]),
     "negative: 発送しましたか？ asks"),
    # -- 'need N more days' with 再 inside (variants of 1722)
    (1810, "xuyao-zai-duo-san-tian", "qq", "林峰", ["第3项需要再多三天，供应商报价还没齐。"],
     rep("extend", [3], None, expect("item 3 due 04-30 + 3 days", DUE[3] + dt.timedelta(days=3), "2025-05-03")),
     "需要再多三天: the item's due + 3 days"),
    (1811, "hai-yao-zai-duo-liang-tian-tw", "hk-outlook", "郑堃", ["第4項還要再多兩天，講師週末才有空看。"],
     rep("extend", [4], None, expect("item 4 due 05-09 + 2 days", DUE[4] + dt.timedelta(days=2), "2025-05-11")),
     "Traditional 還要再多兩天"),
    (1812, "item-de-zai-duo-yi-tian-mixed", "gmail-pt", "陈喆", ["Item 5 得再多一天, the last two customers have not answered."],
     rep("extend", [5], None, expect("item 5 due 04-29 + 1 day", DUE[5] + dt.timedelta(days=1), "2025-04-30")),
     "mixed English/Chinese '得再多一天'"),
    (1813, "bu-xuyao-zai-duo-not", "foxmail", "赵磊", ["第2项不需要再多两天，今天下班前给。"], rep("unknown", [2]),
     "negative: 不需要再多两天 refuses the span"),
    # -- an extension whose item carries its name in brackets (variants of 1725)
    (1814, "push-item-paren-to-date", "outlook-android", "林峰",
     ["Could we push item 3 (packaging supplier) to 8 May? Two quotes are still missing."],
     rep("extend", [3], None, "2025-05-08"), "push item 3 (aside) to 8 May"),
    (1815, "move-hash-bracket-back-to", "samsung", "赵磊", ["Please move #2 [channel price list] back to May 6."],
     rep("extend", [2], None, "2025-05-06"), "move #2 [aside] back to May 6"),
    (1816, "move-paren-no-date-not", "gmail-it", "陈喆",
     ["We moved item 5 (customer feedback) to the shared folder, all comments are in one sheet now."],
     rep("unknown", [5]), "negative: moving a file to a folder is no extension (no date follows)"),
    # -- a percent right after a result complement (variants of 1730)
    (1817, "pao-wan-le-percent-named", "qq", "王芳", ["样品检测跑完了 60%，剩下的明天出结果。"], rep("progress", [], 60),
     "跑完了 60% names the task, no number: progress 60, items []"),
    (1818, "xie-wan-le-percent-tw", "outlook-tw", "郑堃", ["課件寫完了70%，週五前可以收尾。"], rep("progress", [], 70),
     "Traditional 寫完了70%"),
    (1819, "gai-wan-percent-item", "dingtalk", "赵磊", ["第2项价格表改完了 40%，渠道那边还在核对。"], rep("progress", [2], 40),
     "with the item number: progress [2] 40"),
    (1820, "ce-wan-le-rate-not-progress", "foxmail", "王芳", ["样品测完了，合格率98%。"], rep("done"),
     "negative: a pass rate after the verdict is no progress; 测完了 is done"),
]


if __name__ == "__main__":
    sys.exit(write_cases(HERE, [partial(build, case) for case in CASES], sys.argv))
