#!/usr/bin/env python3
"""Write the Chinese-client reply set: 5NN-slug.eml (the bytes a mail server stores) + 5NN-slug.json (the gold).

    python3 tests/data/replies_clients/make_clients.py        # rewrite every case beside this file

Replies to one recap (星河电子 客户项目周会, sent Mon 2024-11-04) as each client a Chinese team uses writes them:
QQ Mail (gb18030, '原始邮件' block, HTML #isReplyContent), Foxmail, Outlook zh-CN (gb2312, '____' rule and
发件人/发送时间) and zh-TW/HK (big5, 寄件者/寄件日期/主旨), 163/126 ('在 … 写道：' and '>' lines), NetEase Mail Master
('---- 回复的原邮件 ----' with '| 发件人 |' rows, also its English UI), Gmail in Chinese and English (the
attribution wrapped over lines, gmail_quote HTML), Apple Mail and iPhone, Coremail, 企业微信 / 钉钉 / 飞书 mail with
their footers. The bodies cover the shapes of issue 14: a task named instead of a number, English questions and
requests, several items in one sentence, 繁體, answers under quoted rows, a reply on the attribution's line, a
bottom post, name-and-contact signatures and app footers, and replies that carry no command. Gold dates were worked
out by hand from the send date (Mon 2024-11-04): 下週五 = Fri 11-15, 'the 21st' = 11-21 (not yet passed).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
from mailkit import addr, esc, leaf, message, multi, rfc_date, words  # noqa: E402

BOT = ("纪要助手", "minutes@xinghe.example.cn")
SENT = "2024-11-04 10:41:00 +0800"
RECAP_ID = "<recap.20241104@xinghe.example.cn>"
PEOPLE = {"王芳": "wangfang@xinghe.example.cn", "赵磊": "zhaolei@xinghe.example.cn", "陈喆": "chenzhe@xinghe.example.cn",
          "林峰": "linfeng@xinghe.example.cn", "郑堃": "zhengkun@xinghe.example.cn", "李娜": "lina@xinghe.example.cn"}
ROWS = [("1", "向客户发送报价单", "王芳", "2024-11-08"), ("2", "更新预算表", "赵磊", "2024-11-08"),
        ("3", "确认样机测试方案", "陈喆", "2024-11-12"), ("4", "与供应商确认交期", "林峰", "2024-11-11")]
RECAP = ["王芳，您好：", "", "纪要助手已登记「客户项目周会」的待办事项：", "",
         "| 序号 | 事项 | 负责人 | 截止时间 |", *[f"| {n} | {t} | {o} | {d} |" for n, t, o, d in ROWS], "",
         "如有异议请于今日内（18:00前）回复。",
         "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。",
         "Reply with \"confirm\", \"object: reason\", \"item N done\", \"progress 80%\" or \"extend to Oct 20\".", "",
         "—— 纪要助手（自动发送）"]


def quoted(lines=RECAP, mark="> ") -> list[str]:
    return [(mark + line).rstrip() for line in lines]


# -- the quote each client writes under a reply ------------------------------------------------------------------

def qq(_):
    return ["", "", "------------------ 原始邮件 ------------------", f"发件人: \"纪要助手\"<{BOT[1]}>;",
            "发送时间: 2024年11月4日(星期一) 上午10:05", "收件人: \"王芳\"<wangfang@xinghe.example.cn>;",
            "主题: 客户项目周会纪要", "", *RECAP]


def foxmail(_):
    return ["", "", "------------------&nbsp;Original&nbsp;------------------".replace("&nbsp;", " "),
            f"From: \"纪要助手\"<{BOT[1]}>;", "Date: Mon, Nov 4, 2024 10:05 AM", "To: \"王芳\"<wangfang@xinghe.example.cn>;",
            "Subject: 客户项目周会纪要", "", *RECAP]


def outlook_zh(_):
    return ["", "________________________________", f"发件人: 纪要助手 <{BOT[1]}>", "发送时间: 2024年11月4日 10:05",
            "收件人: 王芳 <wangfang@xinghe.example.cn>", "主题: 客户项目周会纪要", "", *RECAP]


def outlook_tw(_):
    return ["", f"寄件者: 紀要助手 <{BOT[1]}>", "寄件日期: 2024年11月4日 上午 10:05", "收件者: 王芳",
            "主旨: 客戶項目周會紀要", "", *RECAP]


def netease(_):
    return ["", f"在 2024-11-04 10:05:00，\"纪要助手\" <{BOT[1]}> 写道：", *quoted()]


def mailmaster(_):
    return ["", "---- 回复的原邮件 ----", f"| 发件人 | 纪要助手<{BOT[1]}> |", "| 日期 | 2024年11月04日 10:05 |",
            "| 至 | 王芳<wangfang@xinghe.example.cn> |", "| 主题 | 客户项目周会纪要 |", *RECAP]


def mailmaster_en(_):
    return ["", "---- Replied Message ----", f"| From | 纪要助手<{BOT[1]}> |", "| Date | 11/04/2024 10:05 |",
            "| To | Fiona Wang<wangfang@xinghe.example.cn> |", "| Subject | 客户项目周会纪要 |", *RECAP]


def gmail_zh(_):
    return ["", f"纪要助手 <{BOT[1]}> 于2024年11月4日周一 10:05写道：", "", *quoted()]


def gmail_en(_):
    return ["", "On Mon, Nov 4, 2024 at 10:05 AM 纪要助手 <", f"{BOT[1]}>", "wrote:", "", *quoted()]


def apple(_):
    return ["", "", f"> 2024年11月4日 10:05，纪要助手 <{BOT[1]}> 写道：", ">", *quoted()]


def coremail(_):
    return ["", "", "-----原始邮件-----", f"发件人:\"纪要助手\" <{BOT[1]}>", "发送时间:2024-11-04 10:05:00 (星期一)",
            "收件人:\"王芳\" <wangfang@xinghe.example.cn>", "主题:客户项目周会纪要", "", *RECAP]


def wecom(_):
    return ["", "", "------------------ Original ------------------", f"From: 纪要助手 <{BOT[1]}>",
            "Date: Mon, Nov 4, 2024 10:05 AM", "To: 王芳 <wangfang@xinghe.example.cn>", "Subject: 客户项目周会纪要", "",
            *RECAP]


def dingtalk(_):
    return ["", "-" * 66, f"发件人：纪要助手<{BOT[1]}>", "发送时间：2024年11月4日(星期一) 10:05",
            "收件人：王芳<wangfang@xinghe.example.cn>", "主\u3000题：客户项目周会纪要", "", *RECAP]


def feishu(_):
    return ["", "", f"发件人: 纪要助手 <{BOT[1]}>", "日期: 2024年11月4日 星期一 10:05", "主题: 客户项目周会纪要",
            "收件人: 王芳 <wangfang@xinghe.example.cn>", "", *RECAP]


# -- cases: (number, slug, client quote, sender, body lines above the quote, gold reply, notes[, charset, html]) ---

def rep(intent, items=(), percent=None, new_due=None) -> dict:
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


CASES = [
    (501, "qq-confirm", qq, "王芳", ["确认"], rep("confirm"), "QQ, gb18030: a bare 确认 above the 原始邮件 block", "gb18030"),
    (502, "qq-two-items-same-progress", qq, "王芳", ["第1、3项进度都是50%"], rep("progress", [1, 3], 50),
     "several items in one sentence share one percent", "gb18030"),
    (503, "qq-html-circled-no-opinion", qq, "陈喆", ["③没意见"], rep("confirm", [3]),
     "HTML only (QQ web): ③没意见 confirms item 3", "utf-8", "qq"),
    (504, "qq-two-circled-done", qq, "王芳", ["②③已完成，谢谢"], rep("done", [2, 3]), "circled run ②③", "gb18030"),
    (505, "foxmail-task-named-quote-sent", foxmail, "王芳", ["报价单那个已经发给客户了", "", "发自我的Foxmail"], rep("done"),
     "no number: the task is named (报价单); the core matches it to item 1 of the sender; the parser gives done []"),
    (506, "foxmail-bare-numbers-both-done", foxmail, "王芳", ["1和3都完成了"], rep("done", [1, 3]), "bare numbers 1和3"),
    (507, "foxmail-english-no-objection", foxmail, "赵磊", ["No objection."], rep("confirm"), "English in a Chinese client"),
    (508, "outlook-zh-object-name-block", outlook_zh, "王芳",
     ["第2项有异议：负责人应为财务部。", "", "王芳", "市场部 经理", "电话：010-8888 6666", "wangfang@xinghe.example.cn"],
     rep("object", [2]), "Outlook zh-CN, gb2312: a name-and-contact block under the objection", "gb2312"),
    (509, "outlook-zh-task-named-budget", outlook_zh, "赵磊", ["预算表搞定了"], rep("done"),
     "the budget table named, no number: done [] for the core to match", "gb2312"),
    (510, "outlook-tw-confirm-two-chars", outlook_tw, "陈喆", ["確認"], rep("confirm"), "繁體, two characters", "big5"),
    (511, "outlook-tw-done", outlook_tw, "赵磊", ["第2項已完成"], rep("done", [2]), "繁體 第2項", "big5"),
    (512, "outlook-tw-progress", outlook_tw, "赵磊", ["第2項進度80%"], rep("progress", [2], 80), "繁體 進度", "big5"),
    (513, "outlook-hk-extend-next-friday", outlook_tw, "林峰", ["延期至下週五"], rep("extend", [], None, "2024-11-15"),
     "繁體 下週五 from Mon 11-04 = Fri 11-15", "big5"),
    (514, "outlook-tw-confirm-and-object", outlook_tw, "陈喆", ["第一項確認，第三項有異議：人手不足"], rep("confirm", [1]),
     "two commands; the first (confirm [1]) is the reply's intent", "big5"),
    (515, "163-reply-on-attribution-line", None, "王芳", [], rep("confirm"),
     "163 web: the reply on the attribution's own line ('确认 在 … 写道：')"),
    (516, "163-extend-with-reason", netease, "林峰", ["第4项延期至11月15日，等供应商回复"], rep("extend", [4], None, "2024-11-15"),
     "163: extension with a reason"),
    (517, "126-inline-answers-under-rows", None, "王芳", [], rep("done", [1]),
     "126: answers written under the quoted rows: '已完成' under row 1, '进度60%' under row 2"),
    (518, "126-receipt-with-plan", netease, "赵磊", ["收到，第2项本周五前可以完成"], rep("unknown", [2]),
     "a receipt and a plan: no command, item 2 named"),
    (519, "mailmaster-done-footer", mailmaster, "王芳", ["第1项已完成", "发自网易邮箱大师"], rep("done", [1]),
     "NetEase Mail Master with its mobile footer"),
    (520, "mailmaster-en-item-done", mailmaster_en, "赵磊", ["Item 2 done"], rep("done", [2]),
     "Mail Master English UI: '---- Replied Message ----' and '| From |' rows"),
    (521, "gmail-zh-progress-html", gmail_zh, "陈喆", ["第3项进度70%"], rep("progress", [3], 70),
     "Gmail in Chinese: attribution '… 于…写道：', gmail_quote HTML", "utf-8", "gmail"),
    (522, "gmail-zh-question-not-command", gmail_zh, "林峰", ["第4项完成了吗？"], rep("unknown", [4]),
     "a question is no command"),
    (523, "gmail-en-move-to-the-21st-wrapped", gmail_en, "林峰", ["Could we move #4 to the 21st?"],
     rep("extend", [4], None, "2024-11-21"), "English request; 'the 21st' of November (not passed on 11-04); "
     "attribution wrapped over three lines"),
    (524, "gmail-en-push-to-dec-3", gmail_en, "王芳", ["Can we push item 1 to Dec 3?"], rep("extend", [1], None, "2024-12-03"),
     "English request with a month date"),
    (525, "gmail-en-two-more-days", gmail_en, "林峰", ["Need two more days on item 4"], rep("extend", [4]),
     "an extension by a span: no date in the reply, the core adds two days"),
    (526, "outlook-en-done-and-percent", outlook_zh, "赵磊", ["#1 done, #2 at 70%"], rep("done", [1]),
     "two commands in one English sentence; the first is the intent"),
    (527, "apple-iphone-done-footer", apple, "王芳", ["第①项已完成", "", "发自我的iPhone"], rep("done", [1]),
     "iPhone: footer, then the '>' attribution"),
    (528, "apple-en-task-named-vendor", apple, "林峰", ["the vendor one is done", "", "Sent from my iPhone"], rep("done"),
     "English, the task named ('the vendor one'): done [] for the core to match"),
    (529, "apple-bottom-post", None, "赵磊", [], rep("done", [2]), "Apple Mail bottom post: the quote first, then the answer"),
    (530, "coremail-submitted-signature", coremail, "郑堃", ["第二项已提交", "", "郑堃", "产品部", "手机：139 0000 0000"],
     rep("done", [2]), "Coremail with a name-and-contact block"),
    (531, "coremail-object-reason", coremail, "陈喆", ["对第3项有异议：时间来不及，样机下周才到。"], rep("object", [3]),
     "an objection whose reason names a time"),
    (532, "wecom-agree-footer", wecom, "李娜", ["同意", "", "发自我的企业微信"], rep("confirm"), "企业微信 mail footer"),
    (533, "wecom-progress-tenths", wecom, "王芳", ["第1项进度八成"], rep("progress", [1], 80), "八成 = 80%"),
    (534, "dingtalk-extend-footer", dingtalk, "赵磊", ["第2项延期到11月20日", "来自钉钉专属商务邮箱"],
     rep("extend", [2], None, "2024-11-20"), "钉钉 mail: footer and a header block with 主　题 (full-width space)"),
    (535, "dingtalk-ok", dingtalk, "陈喆", ["好的"], rep("confirm"), "a reply that is only 好的"),
    (536, "feishu-two-items-done", feishu, "王芳", ["1、2项都已完成"], rep("done", [1, 2]), "飞书 mail: 1、2项"),
    (537, "feishu-progress-with-plan", feishu, "陈喆", ["第3项进度90%，周五前完成"], rep("progress", [3], 90),
     "progress, and a plan that is no done"),
    (538, "feishu-en-half-done", feishu, "陈喆", ["Item 3 is 50% done, the rest by Friday."], rep("progress", [3], 50),
     "English progress in a Chinese client"),
]


def special_body(slug: str) -> list[str]:
    """The three shapes that are not 'text above the quote'."""
    if slug == "163-reply-on-attribution-line":
        return [f"确认 在 2024-11-04 10:05:00，\"纪要助手\" <{BOT[1]}> 写道：", *quoted()]
    if slug == "126-inline-answers-under-rows":
        head = quoted(RECAP[:5])
        return [f"在 2024-11-04 10:05:00，\"纪要助手\" <{BOT[1]}> 写道：", *head, f"> | 1 | {ROWS[0][1]} | 王芳 | 2024-11-08 |",
                "已完成", f"> | 2 | {ROWS[1][1]} | 赵磊 | 2024-11-08 |", "进度60%", *quoted(RECAP[7:])]
    return [f"2024年11月4日 10:05，纪要助手 <{BOT[1]}> 写道：", "", *quoted(), "", "第2项已完成，预算表已发到群里。", "", "赵磊"]


def html_of(kind: str, top: list[str], quote: list[str]) -> str:
    mine = "".join(f"<div>{esc(line) or '<br>'}</div>" for line in top)
    theirs = "".join(f"<div>{esc(line) or '<br>'}</div>" for line in quote)
    if kind == "gmail":
        return (f'<div dir="ltr">{mine}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f'{esc(quote[1])}<br></div><blockquote class="gmail_quote">{theirs}</blockquote></div>')
    return f'<html><body>{mine}<div><br></div><div id="isReplyContent">{theirs}</div></body></html>'


def _encodes(text: str, label: str) -> bool:
    try:
        text.encode({"gb2312": "gbk", "big5": "big5"}.get(label, label))
    except UnicodeEncodeError:
        return False
    return True


def build(case) -> tuple[str, bytes, dict]:
    number, slug, client, sender, top, gold, notes, *rest = case
    label, html_kind = (rest[0] if rest else "utf-8"), (rest[1] if len(rest) > 1 else None)
    lines = special_body(slug) if client is None else [*top, *client(top)]
    text = "\n".join(lines) + "\n"
    label = label if _encodes(text, label) else "utf-8"         # Outlook sends UTF-8 when its charset lacks a character
    headers = [("From", addr(sender, PEOPLE[sender], label)), ("To", addr(*BOT, label)),
               ("Subject", words("回复：客户项目周会纪要" if label != "big5" else "回覆：客戶項目周會紀要", label)),
               ("Date", rfc_date(SENT)), ("Message-ID", f"<{number}-{slug}@xinghe.example.cn>"),
               ("In-Reply-To", RECAP_ID), ("References", RECAP_ID), ("MIME-Version", "1.0")]
    if html_kind == "qq":
        body = leaf("text/html", html_of("qq", top, client(top)), label)
    elif html_kind:
        body = multi("alternative", [leaf("text/plain", text, label), leaf("text/html", html_of(html_kind, top, client(top)), label)],
                     f"000000000000{number:04d}a1b2c3")
    else:
        body = leaf("text/plain", text, label)
    json_gold = {"kind": "reply", "items": [], "next_followup": None, "reply": gold, "notes": notes}
    return f"{number}-{slug}", message(headers, body), json_gold


def main() -> None:
    for case in CASES:
        name, raw, gold = build(case)
        (HERE / f"{name}.eml").write_bytes(raw)
        (HERE / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
