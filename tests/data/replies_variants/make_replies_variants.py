#!/usr/bin/env python3
"""Write the replies_variants set: 6NN-slug.eml + 6NN-slug.json, issue #14: replies as people really write them.

    python3 tests/data/replies_variants/make_replies_variants.py [OUTDIR]  # default: beside this file

Replies to two recaps the bot sent on Tue 2026-05-19: 青禾医院's 药品供应保障协调会 (zh) and Northwind's incident
review (en). Written before reading the reply reader's rules: new verbs for done (盘点完了, 办结, finished),
reference forms (3号事项, 1、2都, #1 - 75%), extension questions and spans, objections that name the wrong owner,
繁體, answers under quoted rows, quote headers of clients in other languages (French, Dutch, Polish, Swedish,
Vietnamese, German, Yahoo, Hotmail), a bottom post, a line that merely starts with 'Sent from', name-block
signatures. Replies are sent on Wed 2026-05-20 (+0800): 下周五 = 05-29, next Wednesday = 05-27, the 28th = 05-28.
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from mailkit import addr, leaf, message, rfc_date, words  # noqa: E402
from goldkit import gold, recap_en, recap_zh, rep, write_cases  # noqa: E402

ZH_BOT, EN_BOT = ("纪要助手", "minutes@qinghe.example.cn"), ("minutebot", "minutes@northwind.example.com")
SENT = "2026-05-20 09:30:00 +0800"
PEOPLE = {row.split(",")[0]: row.split(",")[1] for row in (HERE / "roster.csv").read_text(encoding="utf-8").splitlines()[1:]}
ZH_ROWS = [("梳理短缺药品清单并报院办", "蒋文华", "2026-05-22"), ("联系两家备选供应商，给出比价结果", "潘越", "2026-05-26"),
           ("完成病区基数药品盘点", "马琳", "2026-05-22"), ("完成冷链冰箱温控探头更换", "邓超", "2026-05-29")]
EN_ROWS = [("add the missing index to the migration checklist", "Martin Keller", "2026-05-22"),
           ("set up a latency alert on the checkout service", "Mike Sato", "2026-05-27"),
           ("draft the customer-facing post-mortem", "Aisha Rahman", "2026-05-20")]
ZH_TITLE, EN_TITLE = "药品供应保障协调会纪要", "Incident review INC-4471"


def zh_recap(mark=""):
    return recap_zh(ZH_TITLE, ZH_ROWS, mark).splitlines()


def en_recap(mark=""):
    return recap_en(EN_TITLE, EN_ROWS, mark).splitlines()


# -- quote headers, one per client ---------------------------------------------------------------------------------

def qq():
    return ["", "------------------ 原始邮件 ------------------", f"发件人: \"纪要助手\"<{ZH_BOT[1]}>;",
            "发送时间: 2026年5月19日(星期二) 下午4:30", "主题: 药品供应保障协调会纪要", "", *zh_recap()]


def outlook_zh():
    return ["", "________________________________", f"发件人: 纪要助手 <{ZH_BOT[1]}>", "发送时间: 2026年5月19日 16:30",
            "主题: 药品供应保障协调会纪要", "", *zh_recap()]


def outlook_tw():
    return ["", f"寄件者: 紀要助手 <{ZH_BOT[1]}>", "寄件日期: 2026年5月19日 下午 04:30", "主旨: 藥品供應保障協調會紀要", "", *zh_recap()]


def netease():
    return ["", f"在 2026-05-19 16:30:00，\"纪要助手\" <{ZH_BOT[1]}> 写道：", *zh_recap("> ")]


def wecom():
    return ["", "发自我的企业微信", "", "------------------ Original ------------------", f"From: 纪要助手 <{ZH_BOT[1]}>",
            "Date: Tue, May 19, 2026 4:30 PM", "Subject: 药品供应保障协调会纪要", "", *zh_recap()]


def feishu():
    return ["", f"发件人: 纪要助手 <{ZH_BOT[1]}>", "日期: 2026年5月19日 星期二 16:30", "主题: 药品供应保障协调会纪要", "", *zh_recap()]


def gmail_en():
    return ["", f"On Tue, May 19, 2026 at 4:30 PM minutebot <{EN_BOT[1]}> wrote:", "", *en_recap("> ")]


def yahoo():
    return ["", "", "-----Reply Message-----", f"From: minutebot <{EN_BOT[1]}>", "Sent: Tue, May 19, 2026 4:30 PM",
            "Subject: Incident review INC-4471", "", *en_recap()]


def dashes_wrote():
    return ["", f"---- minutebot wrote ----", "", *en_recap()]


def hotmail():
    return ["", "________________________________", f"From: minutebot <{EN_BOT[1]}>", "Sent: Tuesday, May 19, 2026 4:30 PM",
            "To: Mike Sato <mike.sato@northwind.example.com>", "Subject: Incident review INC-4471", "", *en_recap()]


def french():
    return ["", "-----Message d'origine-----", f"De : minutebot <{EN_BOT[1]}>", "Envoyé : mardi 19 mai 2026 16:30",
            "À : Martin Keller <martin.keller@northwind.example.com>", "Objet : Incident review INC-4471", "", *en_recap()]


def dutch():
    return ["", f"Op di 19 mei 2026 om 16:30 schreef minutebot <{EN_BOT[1]}>:", "", *en_recap("> ")]


def polish():
    return ["", f"W dniu 19.05.2026 o 16:30, minutebot <{EN_BOT[1]}> pisze:", *en_recap("> ")]


def swedish():
    return ["", f"Den 19 maj 2026 kl. 16:30 skrev minutebot <{EN_BOT[1]}>:", "", *en_recap("> ")]


def vietnamese():
    return ["", f"Vào Th 3, 19 thg 5, 2026 vào lúc 16:30 minutebot <{EN_BOT[1]}> đã viết:", "", *en_recap("> ")]


def german():
    return ["", f"Am Di., 19. Mai 2026 um 16:30 Uhr schrieb minutebot <{EN_BOT[1]}>:", "", *en_recap("> ")]


ZH = {"qq", "outlook_zh", "outlook_tw", "netease", "wecom", "feishu"}

# (number, slug, client, sender, body lines above the quote, gold reply, notes[, charset])
CASES = [
    (601, "qq-counted-out", qq, "马琳", ["第3项已经盘点完了"], rep("done", [3]), "done as '…完了' after the task's own verb"),
    (602, "qq-number-hao-shixiang", qq, "马琳", ["3号事项已完成"], rep("done", [3]), "'3号事项' as the item reference"),
    (603, "outlook-zh-two-items-no-problem", outlook_zh, "潘越", ["第二、四项没问题"], rep("confirm", [2, 4]),
     "two Chinese numerals in one reference; 没问题 = confirm", "gb2312"),
    (604, "outlook-zh-gov-banjie", outlook_zh, "邓超", ["④已办结"], rep("done", [4]), "办结 (government word for done)", "gb2312"),
    (605, "netease-percent-after-done-word", netease, "蒋文华", ["第1项完成80%了"], rep("progress", [1], 80),
     "'完成80%' is progress, not done"),
    (606, "netease-percent-in-words", netease, "蒋文华", ["第1项已完成百分之六十"], rep("progress", [1], 60),
     "百分之六十 = 60%: progress, though it says 已完成"),
    (607, "qq-can-we-extend-question", qq, "潘越", ["第2项能否延到6月2日？"], rep("extend", [2], None, "2026-06-02"),
     "an extension asked as a question"),
    (608, "feishu-postpone-next-friday", feishu, "邓超", ["第4项需要延期，改到下周五吧"], rep("extend", [4], None, "2026-05-29"),
     "改到下周五 from Wed 05-20 = Fri 05-29"),
    (609, "outlook-zh-different-opinion", outlook_zh, "潘越", ["对第2项有不同意见：比价应由财务科牵头。"], rep("object", [2]),
     "有不同意见 = object", "gb2312"),
    (610, "wecom-not-my-item", wecom, "马琳", ["第3项不是我负责的，应该是药剂科"], rep("object", [3]),
     "naming the wrong owner is an objection"),
    (611, "qq-received-no-objection", qq, "蒋文华", ["收到，无异议"], rep("confirm"), "收到 + 无异议"),
    (612, "feishu-go-ahead", feishu, "董一鸣", ["没问题，按此执行"], rep("confirm"), "没问题，按此执行 = confirm"),
    (613, "outlook-tw-done-thanks", outlook_tw, "马琳", ["第3項已完成，謝謝"], rep("done", [3]), "繁體 with thanks", "big5"),
    (614, "outlook-tw-no-objection", outlook_tw, "蒋文华", ["沒有異議"], rep("confirm"), "繁體 沒有異議", "big5"),
    (615, "outlook-tw-extend-date", outlook_tw, "蒋文华", ["第1項延期到6月1日"], rep("extend", [1], None, "2026-06-01"),
     "繁體 延期到", "big5"),
    (616, "netease-both-ok", netease, "董一鸣", ["1、2都OK"], rep("confirm", [1, 2]), "bare numbers + 都OK"),
    (617, "qq-first-and-third-done", qq, "董一鸣", ["第1项和第3项均已完成"], rep("done", [1, 3]), "第1项和第3项 + 均已完成"),
    (618, "wecom-task-named-probe", wecom, "邓超", ["冰箱探头那个已经换好了"], rep("done"),
     "the task named (冰箱探头), no number: done [] for the core to match; 换好了 = done"),
    (619, "netease-inline-progress-under-row", None, "马琳", [], rep("progress", [3], 50),
     "an answer under the quoted row 3"),
    (620, "netease-item-confirm-on-attribution-line", None, "潘越", [], rep("confirm", [2]),
     "'第2项确认' on the attribution's own line"),
    (621, "yahoo-reply-message-progress", yahoo, "Mike Sato", ["#2 is at 30%, waiting on the metrics team."],
     rep("progress", [2], 30), "'-----Reply Message-----' separator"),
    (622, "dashes-wrote-done", dashes_wrote, "Aisha Rahman", ["Item 3 is done."], rep("done", [3]),
     "'---- X wrote ----' separator"),
    (623, "hotmail-object-owner", hotmail, "Mike Sato", ["I object to item 1 - the DBA team should own the index change."],
     rep("object", [1]), "Hotmail From/Sent/To/Subject block"),
    (624, "french-outlook-progress", french, "Martin Keller", ["Item 1: 50% done."], rep("progress", [1], 50),
     "French Outlook 'De :'/'Envoyé :' block; '50% done' is progress"),
    (625, "dutch-gmail-hash-done", dutch, "Mike Sato", ["#2 done"], rep("done", [2]), "Dutch 'Op … schreef'"),
    (626, "polish-confirmed", polish, "Aisha Rahman", ["Confirmed, thanks."], rep("confirm"), "Polish 'W dniu … pisze:'"),
    (627, "swedish-push-to-may-29", swedish, "Aisha Rahman", ["Could we push item 3 to May 29?"],
     rep("extend", [3], None, "2026-05-29"), "Swedish 'Den … skrev'"),
    (628, "vietnamese-until-the-28th", vietnamese, "Mike Sato", ["I'll need until the 28th for item 2."],
     rep("extend", [2], None, "2026-05-28"), "Vietnamese 'Vào … đã viết:'; 'the 28th' of May (not passed)"),
    (629, "german-no-objections", german, "Martin Keller", ["No objections from my side."], rep("confirm"),
     "German 'Am … schrieb'"),
    (630, "gmail-bottom-post-done", None, "Mike Sato", [], rep("done", [2]),
     "bottom post: a greeting, the quote, then the answer below it"),
    (631, "gmail-sent-from-sentence", gmail_en, "Aisha Rahman",
     ["Sent from the warehouse floor, so short: item 3 is 40% done."], rep("progress", [3], 40),
     "a sentence that starts with 'Sent from' is no mobile footer"),
    (632, "gmail-name-block-signature", gmail_en, "Aisha Rahman",
     ["Item 3 done - the post-mortem is published.", "", "Aisha Rahman", "Support Lead | Northwind Logistics",
      "+1 555 0100"], rep("done", [3]), "a name / title / phone block under the answer"),
    (633, "gmail-task-named-finished", gmail_en, "Aisha Rahman", ["The post-mortem is finished and shared."], rep("done"),
     "the task named, 'finished': done [] for the core to match"),
    (634, "gmail-slip-a-week", gmail_en, "Mike Sato", ["Can item 2 slip a week?"], rep("extend", [2]),
     "an extension by a span: no date in the reply"),
    (635, "gmail-hash-dash-percent", gmail_en, "Martin Keller", ["#1 - 75%"], rep("progress", [1], 75), "'#1 - 75%'"),
    (636, "gmail-till-next-wednesday", gmail_en, "Aisha Rahman", ["Need till next Wednesday for #3"],
     rep("extend", [3], None, "2026-05-27"), "next Wednesday from Wed 05-20 = 05-27"),
    (637, "gmail-not-mine", gmail_en, "Martin Keller", ["Item 1: not mine - the DBA team should own it."],
     rep("object", [1]), "'not mine' is an objection"),
    (638, "wecom-done-quote-attached", wecom, "潘越", ["第2项比价已完成，报价单见附件"], rep("done", [2]),
     "企业微信 footer above the quote"),
    (639, "feishu-read-no-opinion-emoji", feishu, "韩雪", ["已读，没意见👍"], rep("confirm"), "没意见 with an emoji"),
    (640, "qq-question-about-item", qq, "邓超", ["第4项还需要我做什么吗？"], rep("unknown", [4]), "a question is no command"),
]


def special_body(slug: str) -> list[str]:
    """The shapes that are not 'text above the quote'."""
    attribution = f"在 2026-05-19 16:30:00，\"纪要助手\" <{ZH_BOT[1]}> 写道："
    if slug == "netease-inline-progress-under-row":
        recap = zh_recap("> ")
        row3 = next(i for i, line in enumerate(recap) if line.startswith("> 3. "))
        return [attribution, *recap[:row3 + 2], "进度50%，还差两个病区", *recap[row3 + 2:]]
    if slug == "netease-item-confirm-on-attribution-line":
        return ["第2项确认 " + attribution, *zh_recap("> ")]
    return ["Hi Grace,", "", f"On Tue, May 19, 2026 at 4:30 PM minutebot <{EN_BOT[1]}> wrote:", *en_recap("> "), "",
            "Item 2 is done, the alert is live.", "", "Mike"]


def _encodes(text: str, label: str) -> bool:
    try:
        text.encode({"gb2312": "gbk", "big5": "big5"}.get(label, label))
    except UnicodeEncodeError:
        return False
    return True


def build(case) -> tuple[str, bytes, dict]:
    number, slug, client, sender, top, reply, notes, *rest = case
    label = rest[0] if rest else "utf-8"
    chinese = client.__name__ in ZH if client else slug.startswith("netease")
    lines = special_body(slug) if client is None else [*top, *client()]
    text = "\n".join(lines) + "\n"
    label = label if _encodes(text, label) else "utf-8"      # Outlook sends UTF-8 when its charset lacks a character
    bot = ZH_BOT if chinese else EN_BOT
    subject = ("回覆：藥品供應保障協調會紀要" if label == "big5" else "回复：" + ZH_TITLE) if chinese else "Re: " + EN_TITLE
    recap_id = f"<recap.{'zh' if chinese else 'en'}.20260519@{bot[1].split('@')[1]}>"
    headers = [("From", addr(sender, PEOPLE[sender], label)), ("To", addr(*bot, label)), ("Subject", words(subject, label)),
               ("Date", rfc_date(SENT)), ("Message-ID", f"<{number}-{slug}@{PEOPLE[sender].split('@')[1]}>"),
               ("In-Reply-To", recap_id), ("References", recap_id), ("MIME-Version", "1.0")]
    return f"{number}-{slug}", message(headers, leaf("text/plain", text, label)), gold("reply", notes, reply=reply)


if __name__ == "__main__":
    sys.exit(write_cases(HERE, [partial(build, case) for case in CASES], sys.argv))
