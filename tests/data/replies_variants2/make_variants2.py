#!/usr/bin/env python3
"""Write the reply variants set 2: 6NN-slug.eml (the bytes a mail server stores) + 6NN-slug.json (the gold).

    python3 tests/data/replies_variants2/make_variants2.py [OUTDIR] [--check]

Replies to one recap (星河电子 五一前备货会, sent Thu 2025-04-24 10:05; May Day 2025 is 05-01..05-05 off, with the
make-up working Sunday 04-27 before it), written before reading how the parser takes them: quote headers of clients in
Japanese, Korean, Portuguese, Italian, Russian, Turkish, Thai and Indonesian (Gmail attributions, Outlook
From/Sent/To/Subject blocks in those languages), mobile clients (iPhone, Samsung, Outlook for Android), colloquial
verdicts (弄好了, 搞掂, 冇問題, ok了, 👍, all good, sorted, wrapped up), several items in one sentence, reasons that hold
other dates and numbers, questions that change nothing, percent words (一半, 大半, 三成, halfway, almost done), and
one variant of each miss of replies4_tune (a span counted from the quoted due date, 顺延 N 个工作日, 节后第一个工作日
under a negated 确认, an item label before a colon with the verdict in a later sentence).
Gold conventions are the dev corpus's and replies4's: items = the numbers written as the command's subject; a span
('N more days', '往后推N天', '顺延N个工作日') counts from the item's due date shown in the quoted recap (the reply's
own day when that is later), calendar days unless working days are said; a percent word with no figure (大半,
almost done) is progress with percent null.
"""
from __future__ import annotations

import datetime as dt
import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from mailkit import addr, leaf, message, rfc_date, words  # noqa: E402
from goldcal import add_workdays, expect, next_weekday, workday_after  # noqa: E402
from goldkit import gold, rep, write_cases  # noqa: E402

BOT = ("纪要助手", "minutes@xinghe.example.cn")
TOKEN = "minutes+r5e1c0a9d2b7f3e41@xinghe.example.cn"
SENT = "2025-04-24 15:30:00 +0800"
RECAP_ID = "<recap.20250424.0405@xinghe.example.cn>"
MINUTES_ID = "<minutes.20250424@xinghe.example.cn>"
PEOPLE = {"王芳": "wangfang@xinghe.example.cn", "赵磊": "zhaolei@xinghe.example.cn", "林峰": "linfeng@xinghe.example.cn",
          "郑堃": "zhengkun@xinghe.example.cn", "陈喆": "chenzhe@xinghe.example.cn", "李娜": "lina@xinghe.example.cn",
          "杨帆": "yangfan@xinghe.example.cn"}
ROWS = [("1", "提交样品检测报告", "王芳", "2025-04-25（周五）"), ("2", "更新渠道价格表", "赵磊", "2025-04-28（周一）"),
        ("3", "确认包装供应商", "林峰", "2025-04-30（周三）"), ("4", "完成培训课件", "郑堃", "2025-05-09（周五）"),
        ("5", "整理客户反馈", "陈喆", "2025-04-29（周二）")]
DUE = {1: dt.date(2025, 4, 25), 2: dt.date(2025, 4, 28), 3: dt.date(2025, 4, 30), 4: dt.date(2025, 5, 9),
       5: dt.date(2025, 4, 29)}
RECAP = ["各位好，", "", "纪要助手已登记「五一前备货会」的待办事项：", "",
         "| 序号 | 事项 | 负责人 | 截止时间 |", *[f"| {n} | {t} | {o} | {d} |" for n, t, o, d in ROWS], "",
         "如有异议请于今日内回复（截止 2025-04-24 18:00，逾期视为无异议）。",
         "回复“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可更新事项。", "", "—— 纪要助手（自动发送）"]
AT = "<minutes@xinghe.example.cn>"


def quoted(mark="> "):
    return [(mark + line).rstrip() for line in RECAP]


def block(*labels):
    """An Outlook header block in the client's language: From, Sent, To, Subject labels."""
    frm, sent, to, subj = labels
    return lambda: ["", "________________________________", f"{frm} 纪要助手 {AT}", f"{sent} 2025-04-24 10:05",
                    f"{to} 王芳", f"{subj} 五一前备货会纪要", "", *RECAP]


def attribution(*lines, mark="> "):
    return lambda: ["", *lines, *quoted(mark)]


QUOTES = {
    "outlook-ja": block("差出人:", "送信日時:", "宛先:", "件名:"),
    "outlook-ko": block("보낸 사람:", "보낸 날짜:", "받는 사람:", "제목:"),
    "outlook-pt": block("De:", "Enviado:", "Para:", "Assunto:"),
    "outlook-it": block("Da:", "Inviato:", "A:", "Oggetto:"),
    "outlook-ru": block("От:", "Отправлено:", "Кому:", "Тема:"),
    "outlook-tr": block("Kimden:", "Gönderildi:", "Kime:", "Konu:"),
    "outlook-th": block("จาก:", "ส่ง:", "ถึง:", "เรื่อง:"),
    "outlook-id": block("Dari:", "Dikirim:", "Kepada:", "Subjek:"),
    "outlook-zh": block("发件人:", "发送时间:", "收件人:", "主题:"),
    "outlook-tw": block("寄件者:", "寄件日期:", "收件者:", "主旨:"),
    "gmail-ja": attribution(f"2025年4月24日(木) 10:05 纪要助手 {AT}:", ""),
    "gmail-ko": attribution(f"2025년 4월 24일 (목) 오전 10:05, 纪要助手 {AT}님이 작성:", ""),
    "gmail-pt": attribution(f"Em qui., 24 de abr. de 2025 às 10:05, 纪要助手 {AT} escreveu:", ""),
    "gmail-it": attribution(f"Il giorno gio 24 apr 2025 alle ore 10:05 纪要助手 {AT} ha scritto:", ""),
    "gmail-ru": attribution(f"чт, 24 апр. 2025 г. в 10:05, 纪要助手 {AT}:", ""),
    "gmail-tr": attribution(f"24 Nis 2025 Per, 10:05 tarihinde 纪要助手 {AT} şunu yazdı:", ""),
    "gmail-th": attribution(f"เมื่อ พฤ. 24 เม.ย. 2025 เวลา 10:05 纪要助手 {AT} เขียนว่า:", ""),
    "gmail-id": attribution(f"Pada tanggal Kam, 24 Apr 2025 pukul 10.05 纪要助手 {AT} menulis:", ""),
    "gmail-zh": attribution(f"纪要助手 {AT} 于2025年4月24日周四 10:05写道：", ""),
    "gmail-en": attribution("On Thu, Apr 24, 2025 at 10:05 AM 纪要助手 <", "minutes@xinghe.example.cn> wrote:", ""),
    "iphone-pt": attribution(f"Em 24 de abr. de 2025, à(s) 10:05, 纪要助手 {AT} escreveu:", ""),
    "iphone-it": attribution(f"Il giorno 24 apr 2025, alle ore 10:05, 纪要助手 {AT} ha scritto:", ""),
    "iphone-zh": attribution(f"> 2025年4月24日 10:05，纪要助手 {AT} 写道：", ">"),
    "samsung": lambda: ["", "", "-------- Original message --------", f"From: 纪要助手 {AT}",
                        "Date: 2025/04/24 10:05 (GMT+08:00)", "To: 王芳 <wangfang@xinghe.example.cn>",
                        "Subject: 五一前备货会纪要", "", *RECAP],
    "outlook-android": lambda: ["", "", "From: 纪要助手 " + AT, "Sent: Thursday, April 24, 2025 10:05:00 AM",
                                "To: 王芳 <wangfang@xinghe.example.cn>", "Subject: 五一前备货会纪要", "", *RECAP],
    "qq": lambda: ["", "", "------------------ 原始邮件 ------------------", f"发件人: \"纪要助手\"{AT};",
                   "发送时间: 2025年4月24日(星期四) 上午10:05", "收件人: \"王芳\"<wangfang@xinghe.example.cn>;",
                   "主题: 五一前备货会纪要", "", *RECAP],
    "dingtalk": lambda: ["", "-" * 66, f"发件人：纪要助手{AT}", "发送时间：2025年4月24日(星期四) 10:05",
                         "收件人：王芳<wangfang@xinghe.example.cn>", "主\u3000题：五一前备货会纪要", "", *RECAP],
    "foxmail": lambda: ["", "", "发件人：纪要助手", "发送时间：2025-04-24 10:05", "收件人：王芳", "主题：五一前备货会纪要",
                        "", *RECAP],
    "hk-outlook": block("寄件者:", "寄件日期:", "收件者:", "主旨:"),
}
FOOTERS = {"iphone-pt": "Enviado do meu iPhone", "iphone-it": "Inviato da iPhone", "iphone-zh": "发自我的iPhone",
           "samsung": "Sent from my Galaxy", "outlook-android": "Get Outlook for Android"}

# (number, slug, client, sender, body lines, gold reply, notes[, sent])
CASES = [
    # -- one variant of each replies4_tune miss, in other words, clients and languages
    (601, "span-two-workdays-item1-outlook-pt", "outlook-pt", "王芳",
     ["Olá,", "Could I get 2 more working days on item 1? The lab only reopens on Sunday.", "", "Fiona"],
     rep("extend", [1], None, expect("item 1 due 04-25 + 2 working days (04-27 make-up Sunday counts)",
                                     add_workdays(DUE[1], 2), "2025-04-28")),
     "variant of 717: a span on a numbered item, counted from the quoted due date; 'Sunday' is the reason"),
    (602, "span-wanghou-tui-3-days-item4-dingtalk", "dingtalk", "郑堃", ["培训室5月8号被占了，第4项往后推3天吧。"],
     rep("extend", [4], None, expect("item 4 due 05-09 + 3 calendar days", DUE[4] + dt.timedelta(days=3), "2025-05-12")),
     "variant of 750/717: 往后推3天 from the quoted due (Fri 05-09) = Mon 05-12; 5月8号 is in the reason"),
    (603, "shunyan-2-workdays-item1-outlook-tw", "outlook-tw", "王芳", ["檢測機構還沒出報告，第1項申請順延2個工作日。", "", "王芳"],
     rep("extend", [1], None, expect("2 working days after 04-25 (sent on the due date)", add_workdays(DUE[1], 2),
                                     "2025-04-28")),
     "variant of 721 in Traditional Chinese, sent on item 1's due date: 順延2個工作日 across the make-up Sunday 04-27",
     "2025-04-25 11:20:00 +0800"),
    (604, "jiehou-under-negated-confirm-item5-foxmail", "foxmail", "陈喆", ["客户那边还没正式确认，第5项想延到节后第一个工作日。"],
     rep("extend", [5], None, expect("first working day after the May Day block (04-27 make-up before it skipped)",
                                     workday_after(dt.date(2025, 5, 5)), "2025-05-06")),
     "variant of 727: '还没正式确认' is no confirm; 节后第一个工作日 is Tue 05-06, not the make-up Sunday 04-27"),
    (605, "label-colon-verdict-later-outlook-ko", "outlook-ko", "郑堃",
     ["Item 4: the training slides are uploaded to the shared drive (v3, 42 pages). Finished.", "", "Zheng Kun"],
     rep("done", [4]), "variant of 731: the item label before a colon, the verdict in a later sentence"),
    (606, "label-colon-gaoding-later-qq", "qq", "赵磊", ["第2项：新价格表已经发给各渠道了，共17家。搞定。"], rep("done", [2]),
     "variant of 731 in Chinese: 第2项： heads the paragraph, 搞定 comes two clauses later"),
    (607, "label-dash-all-done-later-samsung", "samsung", "陈喆",
     ["Item 5 - customer feedback summary is on the wiki now. All done."], rep("done", [5]),
     "variant of 731: 'Item 5 -' label, 'All done.' in its own sentence; Samsung Email quote block"),
    # -- colloquial verdicts
    (608, "nong-hao-le-item2-iphone-zh", "iphone-zh", "赵磊", ["第2项弄好了"], rep("done", [2]), "弄好了 = done"),
    (609, "gaodim-cantonese-hk-outlook", "hk-outlook", "林峰", ["第3項搞掂咗，聽日再覆核一次。"], rep("done", [3]),
     "Cantonese 搞掂咗 = done; 聽日再覆核 is a plan, no command"),
    (610, "mou-man-tai-cantonese-confirm", "hk-outlook", "林峰", ["冇問題"], rep("confirm"), "Cantonese 冇問題 = no problem"),
    (611, "ok-le-item5-gmail-zh", "gmail-zh", "陈喆", ["第5项ok了，汇总表发群里了"], rep("done", [5]),
     "'ok了' after an item = finished, not a confirm"),
    (612, "thumbs-only-iphone-pt", "iphone-pt", "王芳", ["👍"], rep("confirm"), "a thumbs-up alone"),
    (613, "all-good-gmail-tr", "gmail-tr", "赵磊", ["All good from my side, thanks."], rep("confirm"),
     "Turkish Gmail attribution; 'all good' = confirm"),
    (614, "item2-sorted-gmail-it", "gmail-it", "赵磊", ["Item 2 sorted."], rep("done", [2]), "'sorted' = done"),
    (615, "item4-wrapped-up-outlook-it", "outlook-it", "郑堃", ["Item 4 wrapped up yesterday, slides are in the share."],
     rep("done", [4]), "'wrapped up' = done; Italian Outlook header block"),
    # -- several items in one sentence
    (616, "items-2-and-5-nong-hao-outlook-zh", "outlook-zh", "李娜", ["第2项和第5项都弄好了"], rep("done", [2, 5]),
     "two items joined by 和, one verdict"),
    (617, "items-1-and-3-both-finished-gmail-ru", "gmail-ru", "李娜", ["Items 1 and 3 are both finished."],
     rep("done", [1, 3]), "Russian Gmail attribution; two items, one verdict"),
    (618, "hash-2-5-done-zh-outlook-android", "outlook-android", "李娜", ["#2、#5 已经完成"], rep("done", [2, 5]),
     "#2、#5 joined by 、; Outlook for Android footer and block"),
    (619, "items-1-3-half-gmail-zh", "gmail-zh", "李娜", ["第1项和第3项都完成一半了"], rep("progress", [1, 3], 50),
     "two items share 一半"),
    (620, "both-1-and-5-wrapped-up-gmail-id", "gmail-id", "李娜", ["Both #1 and #5 are wrapped up."], rep("done", [1, 5]),
     "Indonesian Gmail attribution; 'Both #1 and #5'"),
    # -- reasons with other dates and numbers
    (621, "extend-item3-reason-dates-qq", "qq", "林峰", ["第3项申请延期至5月8日，供应商4月30日才报价，5月6日复工后再定。"],
     rep("extend", [3], None, "2025-05-08"), "the first date after 延期至 is the ask; 4月30日 and 5月6日 are the reason"),
    (622, "extend-item2-may7-reason-numbers-outlook-ru", "outlook-ru", "赵磊",
     ["Please extend item 2 to May 7 - the distributor sends the 2024 price list on Apr 30 and 3 of 5 regions are still "
      "missing.", "", "Leo"], rep("extend", [2], None, "2025-05-07"), "Russian Outlook block; dates and counts in the reason"),
    (623, "done-item4-95-percent-noise-dingtalk", "dingtalk", "郑堃", ["第4项已完成，共培训32人，满意度95%。"], rep("done", [4]),
     "95% is satisfaction, not progress"),
    (624, "done-item1-report-number-outlook-tr", "outlook-tr", "王芳",
     ["Item 1 done; report no. 2025-0417 attached, 3 samples passed."], rep("done", [1]),
     "Turkish Outlook block; 'no. 2025-0417' is a report number, not an item"),
    (625, "done-item5-two-of-three-gmail-th", "gmail-th", "陈喆", ["Item 5 is done - 2 of the 3 key accounts replied on Apr 22."],
     rep("done", [5]), "Thai Gmail attribution; '2 of the 3' is no percent"),
    # -- questions that change nothing
    (626, "question-item2-tax-foxmail", "foxmail", "杨帆", ["第2项是要含税价还是不含税价？"], rep("unknown", [2]),
     "a question names item 2 and changes nothing"),
    (627, "question-item3-still-due-outlook-id", "outlook-id", "杨帆",
     ["Is item 3 still due on 30 April, or did the supplier change it?"], rep("unknown", [3]),
     "Indonesian Outlook block; a question with a date is no extension"),
    (628, "question-item5-done-yet-qq", "qq", "杨帆", ["第5项完成了吗？我这边等着用。"], rep("unknown", [5]),
     "完成了吗 asks"),
    (629, "question-before-holiday-gmail-ko", "gmail-ko", "杨帆",
     ["Quick question: do we need to finish item 4 before the holiday?"], rep("unknown", [4]),
     "Korean Gmail attribution; a question about item 4"),
    # -- percent words
    (630, "half-item4-outlook-th", "outlook-th", "郑堃", ["第4项完成了一半"], rep("progress", [4], 50),
     "Thai Outlook block; 一半 = 50"),
    (631, "da-ban-item4-iphone-zh", "iphone-zh", "郑堃", ["第4项大半已经做完了，剩下的节后弄"], rep("progress", [4]),
     "大半 states no figure: progress, percent null; 节后 is a plan"),
    (632, "san-cheng-item2-dingtalk", "dingtalk", "赵磊", ["第2项目前做了三成左右"], rep("progress", [2], 30), "三成 = 30"),
    (633, "halfway-item5-gmail-pt", "gmail-pt", "陈喆", ["Item 5 is halfway there."], rep("progress", [5], 50),
     "Portuguese Gmail attribution; halfway = 50"),
    (634, "almost-done-item3-iphone-it", "iphone-it", "林峰",
     ["item 3 almost done, just waiting for the signed quote"], rep("progress", [3]),
     "'almost done' is progress without a figure; Italian iPhone footer"),
    (635, "percent-item4-30-outlook-id", "outlook-id", "郑堃",
     ["Item 4 is 30% complete; the rest after the May Day holiday."], rep("progress", [4], 30), "30% complete"),
    (636, "san-cheng-wancheng-item2-foxmail", "foxmail", "赵磊", ["第2项完成了三成"], rep("progress", [2], 30), "完成了三成"),
    # -- international clients, plain commands
    (637, "confirmed-outlook-ru", "outlook-ru", "李娜", ["Confirmed, thanks."], rep("confirm"), "Russian Outlook block"),
    (638, "ok-no-objections-gmail-tr", "gmail-tr", "林峰", ["OK for me, no objections."], rep("confirm"), "confirm"),
    (639, "agree-all-outlook-th", "outlook-th", "李娜", ["Agree with all items."], rep("confirm"), "Thai Outlook block"),
    (640, "done-item3-gmail-id", "gmail-id", "林峰", ["Item 3 done, the supplier signed on Apr 23."], rep("done", [3]),
     "Indonesian Gmail; a date in the reason"),
    (641, "progress-item2-80-gmail-it", "gmail-it", "赵磊", ["Item 2 is at 80%, will finish by Monday."],
     rep("progress", [2], 80), "a plan after the figure is no extension"),
    (642, "done-item1-check-iphone-pt", "iphone-pt", "王芳", ["Item 1 done ✅"], rep("done", [1]), "Portuguese iPhone footer"),
    (643, "done-item3-zh-samsung", "samsung", "林峰", ["第3项已完成"], rep("done", [3]), "Samsung Email in English UI"),
    (644, "progress-item5-60-outlook-android", "outlook-android", "陈喆", ["第5项进度60%"], rep("progress", [5], 60),
     "Outlook for Android"),
    (645, "object-item4-trainer-leave-gmail-ja", "gmail-ja", "郑堃",
     ["I object to item 4: the trainer is on leave until May 12."], rep("object", [4]),
     "Japanese Gmail attribution; the objection's reason has a date"),
    (646, "object-not-mine-item2-outlook-zh", "outlook-zh", "赵磊", ["第2项不是我负责的，应该是杨帆。"], rep("object", [2]),
     "the wrong owner"),
    (647, "extend-item5-next-tuesday-gmail-ko", "gmail-ko", "陈喆", ["Can we move item 5 to next Tuesday?"],
     rep("extend", [5], None, expect("next Tuesday from Thu 04-24", next_weekday(dt.date(2025, 4, 24), 1), "2025-04-29")),
     "next Tuesday = Tuesday of the following week"),
    (648, "ok-le-item1-report-sent-outlook-ja", "outlook-ja", "王芳", ["第1项 ok了，报告已发"], rep("done", [1]),
     "Japanese Outlook block; ok了 after an item"),
    (649, "item2-dash-done-thumbs-outlook-th", "outlook-th", "赵磊", ["item 2 - done 👍"], rep("done", [2]),
     "done, then a thumbs-up that must not make it a confirm"),
    (650, "jiehou-en-first-working-day-outlook-pt", "outlook-pt", "林峰",
     ["Item 3: the carrier has not confirmed yet, so please move it to the first working day after the holiday."],
     rep("extend", [3], None, "2025-05-06"),
     "English 节后第一个工作日 = Tue 05-06; 'has not confirmed' is no confirm"),
]


def build(case) -> tuple[str, bytes, dict]:
    number, slug, client, sender, top, reply, notes, *rest = case
    sent = rest[0] if rest else SENT
    footer = [FOOTERS[client]] if client in FOOTERS else []
    text = "\n".join([*top, *([""] + footer if footer else []), *QUOTES[client]()]) + "\n"
    subject = "回覆：五一前備貨會紀要" if client in ("outlook-tw", "hk-outlook") else "Re: 五一前备货会纪要"
    headers = [("From", addr(sender, PEOPLE[sender])), ("To", TOKEN), ("Subject", words(subject)),
               ("Date", rfc_date(sent)), ("Message-ID", f"<{number}-{slug}@xinghe.example.cn>"),
               ("In-Reply-To", RECAP_ID), ("References", f"{MINUTES_ID} {RECAP_ID}"), ("MIME-Version", "1.0")]
    body = leaf("text/plain", text, "utf-8", "base64" if number % 2 else "quoted-printable")
    return f"{number}-{slug}", message(headers, body), gold("reply", notes, reply=reply)


if __name__ == "__main__":
    sys.exit(write_cases(HERE, [partial(build, case) for case in CASES], sys.argv))
