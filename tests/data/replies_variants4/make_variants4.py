#!/usr/bin/env python3
"""Write the reply variants set 4: 15NN-slug.eml (the bytes a mail server stores) + 15NN-slug.json (the gold).

    python3 tests/data/replies_variants4/make_variants4.py [OUTDIR] [--check]

Variants of the replies6 misses (issue 14), written before any rule for them, in other words, languages and clients,
all replying to the recap of replies_variants2 (星河电子 五一前备货会, Thu 2025-04-24; May Day 2025 off 05-01..05-05,
make-up Sunday 04-27): a reply typed on the line of a name-first attribution ('… 纪要助手 <a@b> 于…写道：'); a percent
said in a later sentence of a paragraph an item label opens ('#2 - … We're at 60%.'); a topic label ('For item 3 –',
'关于第2项，') for the request in the next sentence; a span asked and a date named after it (the named date wins);
a delivery verb after 已经 ('已经答复客户了'); a sub-step done inside an item still at a percent ('已经拍好…完成了九成');
the deliverable attached ('Please find attached … (item 2)'); and the negatives beside each (a question, a reason's
date, a percent with a delivery).
Gold conventions are the dev corpus's and replies6's: items = the numbers written; a task named without a number is
items []; a span counts from the quoted due date, but a date the writer names after it wins.
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
    "gmail-zh-quoted": attribution(f'"纪要助手" {AT} 于2025年4月24日 10:05写道：', ""),
    "gmail-tw": attribution(f"紀要助手 {AT} 於 2025年4月24日 週四 上午10:05寫道：", ""),
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

# (number, slug, client, sender, body lines, gold reply, notes[, sent]); a client 'glued:X' types the reply's last
# line and X's attribution on one line, as Gmail for Android does when the cursor sits on the attribution
CASES = [
    # -- a reply typed on the line of a name-first attribution (variants of 1417)
    (1501, "glued-zh-item5-zhengli-hao", "glued:gmail-zh", "陈喆", ["第5项整理好了，表格发群里了"], rep("done", [5]),
     "the reply and Gmail zh's 'NAME <a@b> 于…写道：' on one line"),
    (1502, "glued-tw-item2-done", "glued:gmail-tw", "赵磊", ["第2項已完成，價格表已寄給各通路"], rep("done", [2]),
     "Traditional: '紀要助手 <a@b> 於 … 寫道：' after the reply on the same line"),
    (1503, "glued-zh-en-item4-at-70", "glued:gmail-zh", "郑堃", ["Item 4 is at 70% now"], rep("progress", [4], 70),
     "English words before a Chinese name-first attribution"),
    (1504, "glued-quoted-name-confirm", "glued:gmail-zh-quoted", "林峰", ["确认，没问题"], rep("confirm"),
     "a quoted display name '\"纪要助手\" <a@b> 于…写道：' after the reply"),
    # -- a percent in a later sentence of a paragraph an item label opens (variants of 1418)
    (1505, "label-dash-put-it-at-70", "outlook-ja", "赵磊",
     ["#2 - 12 of the 17 distributors have the new price list. I'd put it at 70%."], rep("progress", [2], 70),
     "the percent in the label's paragraph, one sentence later; '12 of the 17' is no percent"),
    (1506, "label-colon-about-60-next-line", "gmail-ko", "郑堃", ["Item 4: slides drafted, trainer booked.",
                                                                  "We're at about 60% now."], rep("progress", [4], 60),
     "the percent on the next line of the same paragraph"),
    (1507, "label-zh-60-percent-later", "qq", "郑堃", ["第4项：课件写了25页，配图还没做。目前60%左右。"],
     rep("progress", [4], 60), "Chinese: 第4项： opens the paragraph, '目前60%左右' a sentence later"),
    (1508, "label-done-margin-percent", "gmail-it", "赵磊",
     ["Item 2: price list sent to all channels. Done. Margin is down 5% though."], rep("done", [2]),
     "negative: 'down 5%' measures a margin, the label's item is done"),
    # -- a topic label before the request of the next sentence (variants of 1427)
    (1509, "regarding-item5-push-may8", "outlook-pt", "陈喆",
     ["Regarding item 5 – two key accounts are still travelling. Can we push it to May 8?"],
     rep("extend", [5], None, "2025-05-08"), "'Regarding item 5 –' names the item of the next sentence's 'it'"),
    (1510, "guanyu-item2-extend-apr30", "foxmail", "赵磊", ["关于第2项，总部的审批还没下来。申请延期到4月30日。"],
     rep("extend", [2], None, "2025-04-30"), "关于第2项， opens the paragraph; the request follows in its own sentence"),
    (1511, "on-item1-its-done", "outlook-it", "王芳", ["On item 1 - the lab emailed the report this morning. It's done."],
     rep("done", [1]), "'On item 1 -' as a topic"),
    (1512, "as-for-3-all-done", "gmail-ru", "林峰", ["As for #3, the supplier signed today. All done."], rep("done", [3]),
     "'As for #3,' as a topic, then the verdict"),
    # -- a span asked, then a date named (variants of 1432)
    (1513, "two-more-days-then-named-date", "outlook-ru", "郑堃",
     ["Item 4: I need two more days. You will have the slides by Tuesday, 13 May at the latest."],
     rep("extend", [4], None, "2025-05-13"), "due 05-09 + 2 days = 05-11, but the date named after the span wins"),
    (1514, "zh-liangtian-zuiwan-may6", "dingtalk", "林峰", ["第3项还需要两天，最晚5月6日交。"],
     rep("extend", [3], None, "2025-05-06"), "还需要两天 then 最晚5月6日: the named date wins over 04-30 + 2"),
    (1515, "span-reason-date-not-named", "outlook-zh", "王芳", ["第1项往后推2天，因为检测机构4月29日才出报告。"],
     rep("extend", [1], None, expect("item 1 due 04-25 + 2 calendar days", DUE[1] + dt.timedelta(days=2), "2025-04-27")),
     "negative: the date after 因为 is the reason, the span counts from the quoted due"),
    (1516, "span-until-monday-reason", "outlook-pt", "王芳", ["Need two more days on item 1 - the lab is closed until Monday."],
     rep("extend", [1], None, expect("item 1 due 04-25 + 2 calendar days", DUE[1] + dt.timedelta(days=2), "2025-04-27")),
     "negative: 'until Monday' is the reason; no date is named for the work"),
    # -- a delivery verb after 已经 / I've (variants of 1435)
    (1517, "yijing-dafu-task-named", "foxmail", "陈喆", ["客户反馈已经答复各门店了，汇总见附件。"], rep("done"),
     "已经答复…了 = done; the task is named, no number"),
    (1518, "yijing-tongzhi-dealers", "outlook-zh", "赵磊", ["新价格已经通知到所有经销商了。"], rep("done"),
     "已经通知…了 = done, task named"),
    (1519, "ive-replied-item5", "outlook-pt", "陈喆", ["I've replied to all five key accounts, item 5 can be closed."],
     rep("done", [5]), "'I've replied' = done; 'can be closed' is no second verdict"),
    (1520, "qing-huifu-request", "qq", "杨帆", ["请回复第2项的价格口径。"], rep("unknown", [2]),
     "negative: 请回复 asks someone to reply; no command"),
    # -- a sub-step done inside an item still at a percent (variants of 1440)
    (1521, "tw-step-done-bacheng", "gmail-tw", "林峰", ["第3項的報價已經拿到，正在比價，大概完成了八成。"],
     rep("progress", [3], 80), "報價拿到 is a step; the item is at 八成"),
    (1522, "en-half-finished-overall-60", "outlook-ja", "郑堃",
     ["Item 4: the first half of the slides is finished, overall we're at 60%."], rep("progress", [4], 60),
     "'finished' is a part; the item is at 60%"),
    (1523, "zh-collected-qicheng", "dingtalk", "陈喆", ["第5项门店反馈都收集好了，整理到七成了。"], rep("progress", [5], 70),
     "收集好了 is a step; 七成 is the item"),
    (1524, "done-rate-80-stays-done", "gmail-zh", "赵磊", ["第2项已完成，渠道回收率80%。"], rep("done", [2]),
     "negative: 80% after 率 is a rate, not the item's progress"),
    (1525, "done-100-percent-passed", "gmail-ko", "王芳", ["Item 1 done, 100% of samples passed."], rep("done", [1]),
     "negative: 100% of samples is a result; done stays"),
    # -- the deliverable attached (variants of 1446)
    (1526, "attached-is-report-item1", "gmail-ko", "王芳", ["Attached is the sample test report for item 1."],
     rep("done", [1]), "the deliverable attached = done"),
    (1527, "jian-fujian-item1", "outlook-zh", "王芳", ["第1项的检测报告见附件。"], rep("done", [1]),
     "见附件: the report is delivered"),
    (1528, "enclosed-price-list-item2", "samsung", "赵磊", ["Please find enclosed the updated price list (item 2)."],
     rep("done", [2]), "'Please find enclosed' = delivered"),
    (1529, "tw-ru-fujian-qing-chashou", "outlook-tw", "王芳", ["第1項檢測報告如附件，請查收。"], rep("done", [1]),
     "Traditional 如附件，請查收 = delivered"),
    (1530, "attached-draft-question", "qq", "郑堃", ["附件是第4项课件的初稿，请问格式可以吗？"], rep("unknown", [4]),
     "negative: a draft attached with a question changes nothing"),
    (1531, "attached-draft-at-50", "gmail-it", "郑堃", ["Attached the draft slides for item 4, we're at 50%."],
     rep("progress", [4], 50), "negative: a draft attached with a percent is progress"),
    # -- an item named in one sentence, the verdict alone in the next (variant of 1445)
    (1532, "named-then-meiwenti-outlook-zh", "outlook-zh", "王芳", ["收到。", "第1项明天上午提交。没问题。"],
     rep("confirm", [1]), "第1项 named with a plan, '没问题。' its own sentence after it: confirm [1]"),
    (1533, "named-then-no-problem-gmail-ja", "gmail-ja", "郑堃",
     ["Noted.", "Item 4 will be ready on May 8 as planned. No problem from my side."], rep("confirm", [4]),
     "the item in the plan sentence, the verdict in the next"),
    (1534, "others-no-problem-not-carried-qq", "qq", "赵磊", ["第2项的报价还在等总部。其他都没问题。"], rep("confirm"),
     "negative: 其他都没问题 is about the other items, not item 2"),
    (1535, "named-then-mondai-arimasen-outlook-ja", "outlook-ja", "王芳",
     ["承知しました。", "第1項は明日提出します。問題ありません。"], rep("confirm", [1]),
     "Japanese: the item named with a plan, '問題ありません' the next sentence (read folded as 问题)"),
    (1536, "named-then-confirmed-en-gmail-pt", "gmail-pt", "林峰",
     ["Item 3 will be signed on Monday. Confirmed."], rep("confirm", [3]),
     "the item in the plan sentence, 'Confirmed.' alone after it"),
    # -- topics written after the reference, or in the writer's language; the deliverable in other words
    (1537, "ja-nitsuite-topic-extend", "outlook-ja", "郑堃", ["第4項については、講師の都合がつきません。5月13日まで延期をお願いします。"],
     rep("extend", [4], None, "2025-05-13"), "Japanese: 'について、' after the reference makes it the paragraph's topic"),
    (1538, "zh-dehua-topic-extend", "qq", "赵磊", ["第2项的话，渠道那边还在核对。申请延期到4月30日。"],
     rep("extend", [2], None, "2025-04-30"), "第2项的话， opens the paragraph as its topic"),
    (1539, "de-zu-punkt-topic-done", "outlook-pt", "林峰", ["Zu Punkt 3: der Lieferant hat heute unterschrieben. Erledigt."],
     rep("done", [3]), "German 'Zu Punkt 3:' as a topic, the verdict later"),
    (1540, "es-sobre-el-punto-topic-done", "gmail-it", "陈喆", ["Sobre el punto 5, los comentarios ya están en la wiki. Ya está listo."],
     rep("done", [5]), "Spanish 'Sobre el punto 5,' as a topic"),
    (1541, "see-the-attached-item1", "outlook-it", "王芳", ["Please see the attached test report for item 1."],
     rep("done", [1]), "'see the attached' hands over the deliverable"),
    (1542, "attaching-price-list-item2", "gmail-ru", "赵磊", ["I'm attaching the final price list for item 2."],
     rep("done", [2]), "'I'm attaching' hands over the deliverable"),
    # -- spans said with 多, and a day promised by its verb (交) rather than 前/by
    (1543, "xuyao-duo-2-tian-then-qian", "dingtalk", "林峰", ["第3项需要多2天，5月6日前给到。"],
     rep("extend", [3], None, "2025-05-06"), "需要多2天 is a span; 5月6日前 named after it wins over 04-30 + 2"),
    (1544, "yao-duo-liangtian-span-only", "foxmail", "王芳", ["第1项要多两天。"],
     rep("extend", [1], None, expect("item 1 due 04-25 + 2 calendar days", DUE[1] + dt.timedelta(days=2), "2025-04-27")),
     "要多两天 alone: the span counts from the quoted due"),
    (1545, "wan-liangtian-date-jiao", "outlook-zh", "郑堃", ["第4项晚两天，5月13日交。"],
     rep("extend", [4], None, "2025-05-13"), "the day promised by its verb (5月13日交) wins over 05-09 + 2"),
    # -- a reply typed on the line of a date-first attribution that starts with the year (Gmail ko, ja)
    (1546, "glued-ko-date-first-item4-done", "glued:gmail-ko", "郑堃", ["Item 4 is done"], rep("done", [4]),
     "the reply and '2025년 4월 24일 (목) 오전 10:05, 纪要助手 <a@b>님이 작성:' on one line"),
    (1547, "glued-ja-date-first-item1-done", "glued:gmail-ja", "王芳", ["第1项已完成"], rep("done", [1]),
     "the reply and '2025年4月24日(木) 10:05 纪要助手 <a@b>:' on one line"),
]


def build(case) -> tuple[str, bytes, dict]:
    number, slug, client, sender, top, reply, notes, *rest = case
    sent = rest[0] if rest else SENT
    glued, client = client.startswith("glued:"), client.removeprefix("glued:")
    footer = [FOOTERS[client]] if client in FOOTERS else []
    quote = QUOTES[client]()
    if glued:
        top, quote = [*top[:-1], f"{top[-1]} {quote[1]}"], quote[2:]
    text = "\n".join([*top, *([""] + footer if footer else []), *quote]) + "\n"
    subject = "回覆：五一前備貨會紀要" if client in ("outlook-tw", "hk-outlook") else "Re: 五一前备货会纪要"
    headers = [("From", addr(sender, PEOPLE[sender])), ("To", TOKEN), ("Subject", words(subject)),
               ("Date", rfc_date(sent)), ("Message-ID", f"<{number}-{slug}@xinghe.example.cn>"),
               ("In-Reply-To", RECAP_ID), ("References", f"{MINUTES_ID} {RECAP_ID}"), ("MIME-Version", "1.0")]
    body = leaf("text/plain", text, "utf-8", "base64" if number % 2 else "quoted-printable")
    return f"{number}-{slug}", message(headers, body), gold("reply", notes, reply=reply)


if __name__ == "__main__":
    sys.exit(write_cases(HERE, [partial(build, case) for case in CASES], sys.argv))
