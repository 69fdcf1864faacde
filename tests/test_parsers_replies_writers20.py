"""Reply structures the seventeenth blind set (replies17, issue #14) found missing, each tried first on variants it does
not hold (other words, the other script, another language of the family), with the counterparts that must change
nothing (negations, plans, questions): a pointing reference with a bare verdict ('此项完成', '这项完成'); a perfective
work verb ('② 已更换', '已校准', '已下单'); Japanese humble and polite verdicts ('完了とさせていただきます', '確認いたしました');
first-person plural confirms of the Romance and Germanic languages ('Confirmamos el punto 3', 'Wir bestätigen');
a foreign request for more days ('necesito un día más') and a move asked with its date ('¿Lo podemos mover al lunes 26?');
and a day the work runs to, written in the clause before the extension word ('要到节后第一个工作日了，先申请延期')."""
from datetime import date, datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.quotes import new_text
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 10, 23, 10, 0, tzinfo=CST)          # Friday
BEFORE_HOLIDAY = datetime(2026, 9, 23, 11, 0, tzinfo=CST)  # Wednesday, before Mid-Autumn and National Day


def reply(text, sent=SENT):
    found = parse_reply(new_text(text), sent, WorkdayCalendar())
    return found.intent, list(found.items), found.percent, found.new_due_date


@pytest.mark.parametrize("text, expected", [
    ("第2项：样品昨天寄到客户，收货已确认，该项完成。", ("done", [2], None, None)),
    ("选型：确认采用西门子S7-1500，负载都核过了，这项完成。", ("done", [], None, None)),
    ("交期表已经和供应商对过，本项完成", ("done", [], None, None)),
    ("第1項：報價已確認，這項完成了，謝謝", ("done", [1], None, None)),
    ("这一项搞定", ("done", [], None, None)),
    ("这项还没完成", ("unknown", [], None, None)),                   # negated
    ("此项尚未完成，预计下周", ("unknown", [], None, None)),
    ("这项下周完成", ("unknown", [], None, None)),                   # a plan
    ("此项完成后再通知你", ("unknown", [], None, None)),             # a condition of time
    ("这项完成了吗？", ("unknown", [], None, None)),                 # a question
    ("此项完成率90%", ("progress", [], 90, None)),                 # a measure, not done
])
def test_a_pointing_reference_with_a_bare_verdict_is_done(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("③ 已校准，偏差在0.02mm以内。", ("done", [3], None, None)),
    ("第1项已安装完毕，试运行正常。", ("done", [1], None, None)),
    ("第4项：备件已下单", ("done", [4], None, None)),
    ("传感器已经更换了，跑了一晚上没报警", ("done", [], None, None)),
    ("第2項已更換，驗證OK", ("done", [2], None, None)),
    ("第3项夹爪已于昨天更换", ("done", [3], None, None)),
    ("第5项已调试，节拍达到12秒", ("done", [5], None, None)),
    ("② 还没更换，备件周一到", ("unknown", [2], None, None)),         # negated
    ("② 未更换", ("unknown", [2], None, None)),
    ("② 明天更换", ("unknown", [2], None, None)),                    # a plan
    ("② 已安排更换", ("unknown", [2], None, None)),                  # arranged, not done
    ("第2项已安排修改", ("unknown", [2], None, None)),
    ("第3项已开始调试", ("unknown", [3], None, None)),               # begun
    ("第2项已申请，等领导审批", ("unknown", [2], None, None)),       # applied for: an outcome awaited
    ("② 更换了吗？", ("unknown", [2], None, None)),                  # a question
    ("② 已校准50%", ("progress", [2], 50, None)),                  # a share, not the whole
])
def test_a_perfective_work_verb_is_done(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("項目2は完了とさせていただきます。", ("done", [2], None, None)),
    ("2番の件、対応完了とさせて頂きます。", ("done", [2], None, None)),
    ("項目3は完了といたします。", ("done", [3], None, None)),
    ("項目1はクローズとさせていただきます", ("done", [1], None, None)),
    ("項目1の出荷日は確認いたしました。", ("confirm", [1], None, None)),
    ("項目1はまだ完了していません。", ("unknown", [1], None, None)),     # negated
    ("項目1が完了次第ご連絡いたします。", ("unknown", [1], None, None)),  # 'as soon as it is done'
    ("項目1を完了とさせていただいてもよろしいでしょうか？", ("unknown", [1], None, None)),   # a question
    ("項目1は来週確認いたします。", ("unknown", [1], None, None)),       # will check
])
def test_japanese_humble_and_polite_verdicts(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le confirmamos el punto 2, gracias.", ("confirm", [2], None, None)),
    ("Confirmamos o ponto 4.", ("confirm", [4], None, None)),
    ("Nous confirmons le point 1.", ("confirm", [1], None, None)),
    ("Confermiamo il punto 2.", ("confirm", [2], None, None)),
    ("Wir bestätigen Punkt 3.", ("confirm", [3], None, None)),
    ("Hiermit bestätigen wir Punkt 2.", ("confirm", [2], None, None)),
    ("Wij bevestigen punt 2.", ("confirm", [2], None, None)),
    ("Potwierdzamy punkt 1.", ("confirm", [1], None, None)),
    ("¿Podemos confirmar el punto 3?", ("unknown", [3], None, None)),    # a question
    ("Todavía no confirmamos el punto 3.", ("unknown", [3], None, None)),   # negated
    ("Confirmaremos el punto 3 mañana.", ("unknown", [3], None, None)),    # a plan
    ("Nous confirmerons le point 1 demain.", ("unknown", [1], None, None)),
    ("Bitte bestätigen Sie Punkt 3.", ("unknown", [3], None, None)),       # a request to someone else
])
def test_plural_and_first_person_confirms_of_other_languages(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Necesito dos días más para el punto 2.", ("extend", [2], None, None)),
    ("Necesitamos unos días más para el informe.", ("extend", [], None, None)),
    ("Il me faut un jour de plus pour le point 3.", ("extend", [3], None, None)),
    ("Preciso de mais dois dias para o ponto 1.", ("extend", [1], None, None)),
    ("Mi serve un giorno in più per il punto 2.", ("extend", [2], None, None)),
    ("Falta la firma del cliente. ¿Lo podemos pasar al martes 27?", ("extend", [], None, date(2026, 10, 27))),
    ("¿Podemos cambiar el punto 4 al miércoles 28?", ("extend", [4], None, date(2026, 10, 28))),
    ("On peut déplacer le point 2 au lundi 26 ?", ("extend", [2], None, date(2026, 10, 26))),
    ("Possiamo spostare il punto 1 a lunedì 26?", ("extend", [1], None, date(2026, 10, 26))),
    ("Podemos mudar o ponto 3 para terça 27?", ("extend", [3], None, date(2026, 10, 27))),
    ("Necesito un día más para el informe; ¿lo movemos al 29 de octubre?", ("extend", [], None, date(2026, 10, 29))),
    ("Vamos a mover la máquina al almacén.", ("unknown", [], None, None)),      # a move without a date
    ("Lo movemos al almacén el lunes.", ("unknown", [], None, None)),          # the day of another move
    ("No necesito más días, lo entrego hoy.", ("unknown", [], None, None)),     # negated
    ("Si necesitas un día más, avísame.", ("unknown", [], None, None)),         # a condition
])
def test_a_foreign_request_for_more_days_or_a_move_with_its_date_is_an_extension(text, expected):
    assert reply(text) == expected



@pytest.mark.parametrize("text, expected", [
    ("¿Podemos pasar el punto 4 al viernes 30?", ("extend", [4], None, date(2026, 10, 30))),   # sent Friday 23: not today
    ("¿Podemos pasar el punto 4 al lunes 2?", ("extend", [4], None, date(2026, 11, 2))),      # next month, not next Monday
    ("Can we move item 4 to Friday 30?", ("extend", [4], None, date(2026, 10, 30))),
    ("Can we move item 4 to Friday the 30th?", ("extend", [4], None, date(2026, 10, 30))),
    ("Can we move item 4 to Monday 26 October?", ("extend", [4], None, date(2026, 10, 26))),  # with its month
    ("Can we push item 4 to Monday 10:00?", ("extend", [4], None, date(2026, 10, 26))),       # a time, not a day
])
def test_a_weekday_with_its_day_of_the_month_is_that_day(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("我这项估计要到国庆后第一个工作日了，只能先申请延期。", ("extend", [], None, date(2026, 10, 8))),
    ("第2项可能得拖到9月30日了，申请延期", ("extend", [2], None, date(2026, 9, 30))),
    ("第2项要到下周五了，先申请延期。", ("extend", [2], None, date(2026, 10, 2))),
    ("供应商要到9月30日才发货，申请延期", ("extend", [], None, None)),      # the supplier's day: a reason
    ("9月28日客户来验收，第2项申请延期", ("extend", [2], None, None)),       # a day of something else
])
def test_a_day_the_work_runs_to_in_the_clause_before_the_extension_word(text, expected):
    assert reply(text, BEFORE_HOLIDAY) == expected


def test_an_extension_of_its_own_in_the_clause_before_lends_no_day():
    found = parse_reply("第1项得延期到9月30日，第2项需要再多两天", BEFORE_HOLIDAY, WorkdayCalendar())
    assert [(c.intent, c.items, c.new_due_date) for c in found.commands] == [
        ("extend", (1,), date(2026, 9, 30)), ("extend", (2,), None)]
