"""A grid of replies COMPOSED from parts (issue 14), to find the reader's gaps before the next writer does.

A reply sentence is, for the reader (parsers/replies/reader.py): a reference (an item number written 第2项 / ② / #2 /
item 2 / Punkt 2; the task in the writer's own words; or none, when the sender has one open item), a command word
(confirm / object / done / progress / extend), the object's state (passive / perfective / 'is out' / 'there'),
an amount (percent / 成 / 'most of it, 80%') and a date. The grid writes every command phrasing of each intent
(colloquial and formal) with every reference style, in Simplified Chinese, Traditional Chinese, English and German,
bare and wrapped in a greeting, a signature and a mobile footer; then the kinds that must change nothing
(questions, thanks, an FYI whose percent measures something else, a forecast).

Expected values follow the corpus README's gold conventions: items as written ([] when the task is named in words:
the core matches those words against the sender's open items, checked here with naming.items_named), percent when
stated, new_due_date only for a stated date. A courtesy that opens with thanks is no command ('Thanks all, looks
good.'), an acknowledgement that ends with thanks is a confirm ('Looks good, thanks.'), as tests/test_parsers_replies_shapes6.py
fixed from the replies8/9 corpora.

Size: 4444 composed replies (one test per phrasing x reference x wrapping, the must-change-nothing kinds with all
their wrappings in one) and 3228 two-item replies (test_two_items_in_one_reply). The task in other words ('给客户的报价',
'the pricing') joined after the numbers below: its 20 misses (a reason naming another task, 进行到80%) are fixed in
naming.py (the first clause breaks a tie) and percents.py (a verb reaching a figure). Failing on the reader at 9d65766: 664; after the first round of structures
(tests/test_parsers_replies_shapes8.py: done after a directional complement 发过去了, a dropped English subject 'Sent it
over', 'is sorted' / 'is out', a task's name then a percent 报价单80%吧, German weekdays, modals and state prepositions,
'push the price list to …', 'Can item 2 slip?', 'fine with #2', 'action item 2' cut out of an objection, 要不要延期 read
as a request): 388; after the second (tests/test_parsers_replies_shapes9.py: 办妥, 已同步给, 过半了, 拖到, 'went out' /
'shipped' / 'is live' / 'is fine', 'isn't ours', German 'habe … verschickt', 'ist raus', 'zur Hälfte', 'noch zwei Tage'): 0.
The grid did not reach the writers of tests/data/replies13 (still 0.896 after it); their structures joined as a third
round (tests/test_parsers_replies_shapes10.py: 谈妥了 / 敲定了 / 談好了, 'can we make it next Friday?', '可唔可以 push 去 …?'):
5208 tests in all (232 more), none failing.

Left out (truly ambiguous, see AMBIGUOUS): 'OK了' without an item number (an acknowledgement or 'it is finished'),
'交了' with no item ('handed in' or 'paid'), 'It is out.' ('out of stock' as often as 'released').
"""
from datetime import date, datetime, timedelta, timezone

import pytest

from minutebot.workflow import glossary
from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.naming import items_named
from parsers.replies.quotes import new_text
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 10, 12, 15, 15, tzinfo=CST)          # Monday
FRIDAY, NEXT_FRIDAY, OCT_20 = date(2026, 10, 16), date(2026, 10, 23), date(2026, 10, 20)

# reference styles: (name, subject form, object form); the task's own words stand where a number would
REFS = {
    "zh": [("第2项", "第2项", "第2项"), ("第二项", "第二项", "第二项"), ("②", "②", "②"), ("#2", "#2 ", "#2"), ("task", "报价单", "报价单"), ("task, other words", "给客户的报价", "给客户的报价"),
           ("none", "", "")],
    "hant": [("第2項", "第2項", "第2項"), ("②", "②", "②"), ("task", "報價單", "報價單"), ("task, other words", "給客戶的報價", "給客戶的報價"),
             ("none", "", "")],
    "en": [("Item 2", "Item 2", "item 2"), ("#2", "#2", "#2"), ("Action item 2", "Action item 2", "action item 2"), ("task", "The price list", "the price list"),
           ("task, other words", "The pricing", "the pricing"),
           ("none", "It", "it")],
    "de": [("Punkt 2", "Punkt 2", "Punkt 2"), ("#2", "#2", "#2"), ("Aufgabe 2", "Aufgabe 2", "Aufgabe 2"), ("none", "Das", "das")],
}
TASKS = {"zh": {1: "与客户确认交期", 2: "向客户发送报价单", 3: "更新预算表"},
         "hant": {1: "與客戶確認交期", 2: "向客戶發送報價單", 3: "更新預算表"},
         "en": {1: "Confirm delivery dates with BrightMart", 2: "Send the updated price list to BrightMart",
                3: "Update the Q4 budget sheet"}}
WRAPS = {
    "zh": [("", ""), ("李经理好，\n\n", ""), ("", "\n\n--\n王芳\n市场部 经理\n电话 138 0000 0000"), ("李经理好：\n", "\n\n发自我的iPhone"),
           ("", "\n\n在 2026年10月12日 14:00，纪要助手 <minutes@xinghe.example.cn> 写道：\n> 回复“第2项已完成”、“确认”或“延期至10月20日”即可\n"
                "> 2. 王芳：向客户发送报价单，10月16日前")],
    "hant": [("", ""), ("李經理您好，\n\n", ""), ("", "\n\n王芳\n市場部 經理\n電話 0912 345 678"), ("", "\n\n從我的 iPhone 傳送")],
    "en": [("", ""), ("Hi Li Na,\n\n", ""), ("", "\n\nBest,\nTom Becker\nSenior Buyer | BrightMart\n+1 555 0100"),
           ("Hi all,\n", "\n\nSent from my iPhone"),
           ("", "\n\nOn Mon, Oct 12, 2026 at 2:00 PM Minutes Bot <minutes@xinghe.example.cn> wrote:\n> Reply 'item 2 done', "
                "'confirm' or 'extend item 2 to Oct 20'.\n> 2. Send the updated price list to BrightMart by Oct 16")],
    "de": [("", ""), ("Hallo Frau Li,\n\n", ""), ("", "\n\nViele Grüße\nJonas Weber\nEinkauf | Penang Acoustics\nTel. +49 30 1234567"),
           ("Hallo zusammen,\n", "\n\nVon meinem iPhone gesendet")],
}

# (template, intent, percent, new date); {s}: the reference as subject, {o}: as object
PHRASINGS = {
    "zh": [
        ("{s}搞定了", "done", None, None), ("{s}弄好了", "done", None, None), ("{s}已更新完毕", "done", None, None),
        ("{s}发过去了", "done", None, None), ("{s}已经处理完了，客户那边也收到了", "done", None, None),
        ("{s}交了", "done", None, None), ("{s}OK了", "done", None, None), ("{s}已于今天上午提交", "done", None, None),
        ("{s}这边已经全部完成", "done", None, None), ("{s}寄出去了，单号稍后发您", "done", None, None),
        ("{s}80%吧", "progress", 80, None), ("{s}八成了", "progress", 80, None), ("{s}差不多80%了", "progress", 80, None),
        ("{s}进度大概80%，剩下的明天弄", "progress", 80, None), ("{s}做了八成", "progress", 80, None),
        ("{s}完成了80%左右", "progress", 80, None), ("{s}目前完成约80%", "progress", 80, None),
        ("{s}需要再多两天", "extend", None, None), ("{s}得延期到下周五", "extend", None, NEXT_FRIDAY),
        ("{s}往后推两天", "extend", None, None), ("{s}能不能延到下周五？", "extend", None, NEXT_FRIDAY),
        ("{s}来不及，申请延期到10月20日", "extend", None, OCT_20),
        ("{s}没问题", "confirm", None, None), ("{s}确认无误", "confirm", None, None), ("{s}同意", "confirm", None, None),
        ("{s}可以，没意见", "confirm", None, None), ("{s}我这边没有异议", "confirm", None, None),
        ("{s}收到，确认", "confirm", None, None),
        ("{s}有异议：客户还没给图纸，这周做不了", "object", None, None), ("{s}我不同意，时间太紧了", "object", None, None),
        ("{s}不是我负责的，应该由采购部负责", "object", None, None), ("{s}有点意见，交期太赶", "object", None, None),
    ],
    "hant": [
        ("{s}搞定了", "done", None, None), ("{s}弄好了", "done", None, None), ("{s}已更新完畢", "done", None, None),
        ("{s}發過去了", "done", None, None), ("{s}已經處理完了", "done", None, None), ("{s}已提交", "done", None, None),
        ("{s}80%吧", "progress", 80, None), ("{s}八成了", "progress", 80, None), ("{s}進度大概80%", "progress", 80, None),
        ("{s}完成了八成左右", "progress", 80, None),
        ("{s}需要再多兩天", "extend", None, None), ("{s}延期到下週五", "extend", None, NEXT_FRIDAY),
        ("{s}往後推兩天", "extend", None, None), ("{s}申請延期至10月20日", "extend", None, OCT_20),
        ("{s}沒問題", "confirm", None, None), ("{s}確認無誤", "confirm", None, None), ("{s}同意", "confirm", None, None),
        ("{s}沒意見", "confirm", None, None),
        ("{s}有異議：客戶還沒給圖紙", "object", None, None), ("{s}我不同意，時間太趕了", "object", None, None),
        ("{s}不是我負責的", "object", None, None),
    ],
    "en": [
        ("{s} is done.", "done", None, None), ("{s} is sorted.", "done", None, None), ("{s} is wrapped up.", "done", None, None),
        ("Sent {o} over this morning.", "done", None, None), ("{s} has been sent over.", "done", None, None),
        ("{s} is out.", "done", None, None), ("{s} is finished, all good.", "done", None, None),
        ("{s} is about 80% there.", "progress", 80, None), ("{s}: most of it, 80%.", "progress", 80, None),
        ("{s} is at 80%.", "progress", 80, None), ("We're about 80% through {o}.", "progress", 80, None),
        ("{s} is 80% done, the rest tomorrow.", "progress", 80, None), ("{s} - roughly 80% complete.", "progress", 80, None),
        ("Need two more days on {o}.", "extend", None, None), ("Can we push {o} to Friday?", "extend", None, FRIDAY),
        ("{s} will slip to Friday.", "extend", None, FRIDAY), ("Could I get a few more days for {o}?", "extend", None, None),
        ("Please extend {o} to Oct 23.", "extend", None, NEXT_FRIDAY),
        ("{s} confirmed.", "confirm", None, None), ("{s} works for me.", "confirm", None, None),
        ("Fine with {o}.", "confirm", None, None), ("Agreed on {o}.", "confirm", None, None),
        ("No objection to {o}.", "confirm", None, None),
        ("I disagree with {o}: the drawings are not in yet.", "object", None, None),
        ("I object to {o}; the date is too tight.", "object", None, None),
        ("{s} is not mine, it should be owned by purchasing.", "object", None, None),
        ("I don't agree with {o}, we never committed to that date.", "object", None, None),
    ],
    "de": [
        ("{s} ist erledigt.", "done", None, None), ("{s} ist fertig.", "done", None, None),
        ("{s} ist verschickt.", "done", None, None), ("{s} ist abgeschlossen.", "done", None, None),
        ("{s} ist schon erledigt, danke.", "done", None, None),
        ("{s} ist zu 80% fertig.", "progress", 80, None), ("{s} ist ungefähr bei 80%.", "progress", 80, None),
        ("{s}: etwa 80%.", "progress", 80, None), ("{s} ist zu 80% erledigt.", "progress", 80, None),
        ("{s} muss auf Freitag verschoben werden.", "extend", None, FRIDAY),
        ("Für {o} brauche ich mehr Zeit.", "extend", None, None),
        ("Können wir {o} auf Freitag verschieben?", "extend", None, FRIDAY),
        ("{s} bitte auf den 23. Oktober verschieben.", "extend", None, NEXT_FRIDAY),
        ("{s} passt.", "confirm", None, None), ("{s} ist bestätigt.", "confirm", None, None),
        ("Keine Einwände zu {o}.", "confirm", None, None), ("{s}: einverstanden.", "confirm", None, None),
        ("Mit {o} bin ich nicht einverstanden: die Zeichnungen fehlen noch.", "object", None, None),
        ("{s} ist nicht meine Aufgabe, das macht der Einkauf.", "object", None, None),
    ],
}

# the second round (the structures of tests/test_parsers_replies_shapes9.py)
PHRASINGS["zh"] += [
    ("{s}已办妥", "done", None, None), ("{s}弄完了", "done", None, None), ("{s}已处理完毕", "done", None, None),
    ("{s}已发送至客户邮箱", "done", None, None), ("{s}已经给到客户了", "done", None, None), ("{s}已同步给客户", "done", None, None),
    ("{s}完事了", "done", None, None), ("{s}已上传到共享盘", "done", None, None), ("{s}已经发出，请查收", "done", None, None),
    ("{s}过半了", "progress", None, None), ("{s}进行到80%了", "progress", 80, None), ("{s}完成度80%", "progress", 80, None),
    ("{s}已完成百分之八十", "progress", 80, None),
    ("{s}能否宽限两天", "extend", None, None), ("{s}时间改到下周五", "extend", None, NEXT_FRIDAY),
    ("{s}截止日期调整为10月20日", "extend", None, OCT_20), ("{s}可能要拖到下周五", "extend", None, NEXT_FRIDAY),
    ("{s}OK", "confirm", None, None), ("{s}没问题，按计划推进", "confirm", None, None),
    ("{s}负责人不对，应该是李强", "object", None, None), ("{s}这个我有意见", "object", None, None),
]
PHRASINGS["hant"] += [
    ("{s}已辦妥", "done", None, None), ("{s}已同步給客戶", "done", None, None), ("{s}已經發出，請查收", "done", None, None),
    ("{s}過半了", "progress", None, None), ("{s}完成度80%", "progress", 80, None),
    ("{s}可能要拖到下週五", "extend", None, NEXT_FRIDAY), ("{s}截止日期調整為10月20日", "extend", None, OCT_20),
    ("{s}負責人不對，應該是李強", "object", None, None),
]
PHRASINGS["en"] += [
    ("{s} is complete.", "done", None, None), ("{s} has been taken care of.", "done", None, None),
    ("Just finished {o}.", "done", None, None), ("{s} went out yesterday.", "done", None, None),
    ("{s} was submitted on Friday.", "done", None, None), ("{s} shipped.", "done", None, None), ("{s} is live.", "done", None, None),
    ("{s} is 80% complete.", "progress", 80, None), ("{s}: 80% so far.", "progress", 80, None),
    ("{s} stands at 80%.", "progress", 80, None), ("{s} is mostly done (80%).", "progress", 80, None),
    ("Requesting an extension on {o} to Oct 23.", "extend", None, NEXT_FRIDAY), ("{s} needs another week.", "extend", None, None),
    ("I need until Friday for {o}.", "extend", None, FRIDAY), ("Please move {o} to Friday.", "extend", None, FRIDAY),
    ("{s} is fine.", "confirm", None, None), ("{s}: agreed.", "confirm", None, None), ("{s} approved.", "confirm", None, None),
    ("{s} isn't ours.", "object", None, None), ("{s} is not my responsibility.", "object", None, None),
]
PHRASINGS["de"] += [
    ("{s} habe ich gestern verschickt.", "done", None, None), ("{s} ist durch.", "done", None, None),
    ("{s} ist raus.", "done", None, None), ("{s} ist zur Hälfte fertig.", "progress", 50, None),
    ("Für {o} brauche ich noch zwei Tage.", "extend", None, None), ("{s} verschiebt sich auf Freitag.", "extend", None, FRIDAY),
    ("{s} geht in Ordnung.", "confirm", None, None), ("{s} ist nicht meine Aufgabe.", "object", None, None),
]
# the third round (the structures of tests/test_parsers_replies_shapes10.py, from tests/data/replies13): a talk verb with
# its result (谈妥了, 敲定了, 談好了), a question asking for a later date ('can we make it next Friday?', '可唔可以 push 去 …?')
PHRASINGS["zh"] += [
    ("{s}谈妥了", "done", None, None), ("{s}已经敲定了", "done", None, None),
    ("{s}可唔可以改去下周五？", "extend", None, NEXT_FRIDAY),
]
PHRASINGS["hant"] += [
    ("{s}談好了", "done", None, None), ("{s}可唔可以 push 去10月20日?", "extend", None, OCT_20),
]
PHRASINGS["en"] += [
    ("For {o}, can we make it next Friday?", "extend", None, NEXT_FRIDAY),
    ("{s} needs sign-off first; could we make it Friday?", "extend", None, FRIDAY),
]
# Not in the grid, truly ambiguous: '第2项好的' ('item 2: OK' or the start of '好的，我周五前完成', a promise, no verdict);
# 'The price list is around 80%.' with no item number nor progress word (any figure may be 'around 80%').

# changes nothing: (text, items as written)
NOTHING = {
    "zh": [("第2项要不要延期？", [2]), ("谢谢！", []), ("收到，谢谢", []), ("辛苦了，谢谢大家", []), ("良率提升3%", []),
           ("第2项良率提升了3%，供参考", [2]), ("第2项预计周五完成", [2]), ("报价单周五前能搞定", []),
           ("第2项完成了吗？", [2]), ("第2项还没弄好", [2]), ("周五应该能弄好", []), ("报价单下周一之前发过去", []),
           ("多谢整理纪要！", []), ("转化率提升了2%", []), ("辛苦了", []), ("第2项还需要吗？", [2])],
    "hant": [("第2項要不要延期？", [2]), ("謝謝！", []), ("良率提升3%", []), ("第2項預計週五完成", [2])],
    "en": [("Thanks a lot!", []), ("Thanks all, looks good.", []), ("Yield is up 3% this week.", []),
           ("Item 2 should be done by Friday.", [2]), ("It will be done tomorrow.", []), ("Is item 2 done?", [2]),
           ("Item 2 is not done yet.", [2]), ("FYI, returns dropped 3% after the fix.", []),
           ("Will send it over tomorrow.", []), ("Planning to wrap up item 2 by Friday.", [2]),
           ("Thanks for the recap!", []), ("Sales are up 12% this month.", []), ("Is item 2 still needed?", [2])],
    "de": [("Danke!", []), ("Die Ausbeute ist um 3% gestiegen.", []), ("Punkt 2 sollte bis Freitag fertig sein.", [2]),
           ("Ist Punkt 2 schon erledigt?", [2]), ("Punkt 2 wird morgen verschickt.", [2]),
           ("Vielen Dank für das Protokoll!", []), ("Der Umsatz ist um 12% gestiegen.", [])],
}
# a question that asks to move an item is a request (extend without a date: the core asks for the date, nothing changes)
ASK_TO_MOVE = {"en": ["Can item 2 slip?", "Could #2 slip a bit?"], "de": ["Kann Punkt 2 verschoben werden?"]}
# ambiguous with no item number: 'OK了' after a task's name or alone is 'it is fine' (an acknowledgement) as often as
# 'it is finished' ('方案OK了': the plan is approved); '交了' alone may be 'paid'; 'It is out.' may be out of stock
AMBIGUOUS = {("{s}OK了", "task"), ("{s}OK了", "none"), ("{s}交了", "none"), ("{s} is out.", "none")}


def _cases():
    for lang, phrasings in PHRASINGS.items():
        for template, intent, percent, new_date in phrasings:
            for ref, subject, obj in REFS[lang]:
                if (template, ref.split(",")[0]) in AMBIGUOUS:
                    continue
                sentence = template.format(s=subject, o=obj).strip()
                sentence = sentence[0].upper() + sentence[1:]
                items = [] if ref.startswith(("task", "none")) else [2]
                for greeting, footer in WRAPS[lang]:
                    yield pytest.param(lang, ref, greeting + sentence + footer, (intent, items, percent, new_date),
                                       id=f"{lang}-{intent}-{ref}-{sentence}-{bool(greeting)}{bool(footer)}")


def read(body):
    found = parse_reply(new_text(body), SENT, WorkdayCalendar())
    return found.intent, list(found.items), found.percent, found.new_due_date


@pytest.mark.parametrize("lang, ref, body, expected", list(_cases()))
def test_each_phrasing_with_each_reference_and_wrapping(lang, ref, body, expected):
    assert read(body) == expected
    if ref.startswith("task"):                          # the core matches the words against the sender's open items
        assert items_named(new_text(body), TASKS[lang], glossary.senses) == (2,)


@pytest.mark.parametrize("lang, text, items", [(lang, text, items) for lang, cases in NOTHING.items()
                                               for text, items in cases])
def test_what_changes_nothing(lang, text, items):
    for greeting, footer in WRAPS[lang]:
        assert read(greeting + text + footer)[:2] == ("unknown", items)


@pytest.mark.parametrize("text", [text for texts in ASK_TO_MOVE.values() for text in texts])
def test_asking_to_move_an_item_asks_for_its_date(text):
    assert read(text) == ("extend", [2], None, None)


# two items in one reply: the first three subject-first phrasings of each intent for item 1, then for item 3, joined
# by each language's clause and sentence separators; confirms and dones join their items (merging.merge). An objection
# is never first: its reason runs to the end of the paragraph, and may name the next item ('有异议：第3项先做').
NUMBERS = {"zh": ["第{n}项", "{c}"], "hant": ["第{n}項"], "en": ["Item {n}", "#{n}"], "de": ["Punkt {n}"]}
SEPARATORS = {"zh": ["，", "；", "。", "\n"], "hant": ["，", "\n"], "en": ["; ", ". ", "\n"], "de": ["; ", ". ", "\n"]}
CIRCLED = {1: "①", 3: "③"}


def _pairs():
    for lang, phrasings in PHRASINGS.items():
        by_intent: dict[str, list] = {}
        for phrasing in phrasings:
            if phrasing[0].startswith("{s}"):
                by_intent.setdefault(phrasing[1], []).append(phrasing)
        firsts = [phrasing for kind in by_intent.values() for phrasing in kind[:3]]
        for first in firsts:
            for then in firsts:
                if first[1] != "object":
                    yield pytest.param(lang, first, then, id=f"{lang}-{first[0]}-{then[0]}")


@pytest.mark.parametrize("lang, first, then", list(_pairs()))
def test_two_items_in_one_reply(lang, first, then):
    expected = [(first[1], [1], first[2], first[3]), (then[1], [3], then[2], then[3])]
    if first[1] == then[1] and first[1] in ("confirm", "done"):
        expected = [(first[1], [1, 3], first[2], first[3])]
    for number in NUMBERS[lang]:
        for separator in SEPARATORS[lang]:
            one = first[0].format(s=number.format(n=1, c=CIRCLED[1]))
            three = then[0].format(s=number.format(n=3, c=CIRCLED[3]))
            text = (one.rstrip(".") if separator.strip() in (".", ";") else one) + separator + three
            found = parse_reply(new_text(text), SENT, WorkdayCalendar())
            assert [(c.intent, list(c.items), c.percent, c.new_due_date) for c in found.commands] == expected, text
