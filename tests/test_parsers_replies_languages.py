"""Reply commands in the languages of an international team (parsers/replies/lexicon.py), the dates they write,
answers in colour inside a quoted HTML recap (inline.py), a reply glued to its attribution line (splitters.py) and the
date an extension asks for (asked_date.py). Each rule is tried on words it was not written from."""
from datetime import datetime, timedelta, timezone

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.htmltext import parse_html
from parsers.replies import lexicon
from parsers.replies.asked_date import asked_date, date_before
from parsers.replies.inline import inline_answers, points_below
from parsers.replies.quotes import new_text
from parsers.replies.reader import parse_reply
from parsers.replies.splitters import split_inline_attribution

CAL = WorkdayCalendar()
SENT = datetime(2025, 4, 24, 15, 30, tzinfo=timezone(timedelta(hours=8)))      # Thu


def read(text):
    got = parse_reply(text, SENT, CAL)
    return got.intent, list(got.items), got.percent, got.new_due_date and got.new_due_date.isoformat()


@pytest.mark.parametrize("text, intent, items, percent, new_due", [
    # each intent in each language, with the language's item word
    ("Le point 4 est bouclé.", "done", [4], None, None),
    ("Je valide le point 2.", "confirm", [2], None, None),
    ("Je conteste le point 1 : ce n'est pas mon dossier.", "object", [1], None, None),
    ("Tâche 3 : avancement 40 %.", "progress", [3], 40, None),
    ("Merci de décaler le point 5 au 9 mai.", "extend", [5], None, "2025-05-09"),
    ("Aufgabe 2 ist abgeschlossen.", "done", [2], None, None),
    ("Punkte 1 und 4: einverstanden.", "confirm", [1, 4], None, None),
    ("Einspruch zu Punkt 3, der Lieferant fehlt noch.", "object", [3], None, None),
    ("Punkt 5 bitte bis zum 9. Mai verlängern.", "extend", [5], None, "2025-05-09"),
    ("Tarea 4 terminada.", "done", [4], None, None),
    ("Me opongo al punto 2.", "object", [2], None, None),
    ("Punto 1: en curso, 30%.", "progress", [1], 30, None),
    ("Il punto 3 è in corso, al 50%.", "progress", [3], 50, None),
    ("Possiamo posticipare il punto 1 al 9 maggio?", "extend", [1], None, "2025-05-09"),
    ("Discordo do ponto 4.", "object", [4], None, None),
    ("Ponto 1 em andamento, 20%.", "progress", [1], 20, None),
    ("Punt 2 afgerond.", "done", [2], None, None),
    ("Niet akkoord met punt 5.", "object", [5], None, None),
    ("Pozycja 3 gotowe.", "done", [3], None, None),
    ("Proszę przesunąć punkt 2 na 9 maja.", "extend", [2], None, "2025-05-09"),
    ("Mục 5 đang thực hiện, 70%.", "progress", [5], 70, None),
    ("Tôi xác nhận mục 1 và 2.", "confirm", [1, 2], None, None),
    ("項目4は対応中です、60%。", "progress", [4], 60, None),
    ("3번 항목 진행 중입니다, 40%.", "progress", [3], 40, None),
    ("5번 항목 확인합니다.", "confirm", [5], None, None),
    # a negated objection is a confirm; the objection hides the confirm inside it
    ("Aucune objection.", "confirm", [], None, None),
    ("Nessuna obiezione per il punto 2.", "confirm", [2], None, None),
    ("Sem objeções.", "confirm", [], None, None),
    ("이의 없습니다.", "confirm", [], None, None),
    ("Je ne suis pas d'accord avec le point 2.", "object", [2], None, None),
    # negations and plans cancel a verdict
    ("Le point 3 sera terminé vendredi.", "unknown", [3], None, None),
    ("Punkt 4 wird morgen erledigt.", "unknown", [4], None, None),
    ("El punto 2 todavía no está terminado.", "unknown", [2], None, None),
    ("Il punto 5 non è ancora finito.", "unknown", [5], None, None),
    ("O ponto 1 ainda não está pronto.", "unknown", [1], None, None),
    ("Punt 3 is nog niet klaar.", "unknown", [3], None, None),
    ("Punkt 2 jeszcze nie zrobione.", "unknown", [2], None, None),
    ("Mục 4 chưa xong.", "unknown", [4], None, None),
    ("Tout à fait, en fait je voulais juste dire merci.", "unknown", [], None, None),
])
def test_commands_in_other_languages(text, intent, items, percent, new_due):
    assert read(text) == (intent, items, percent, new_due)


@pytest.mark.parametrize("written, english", [
    ("au 4 décembre", "au 4 December"), ("auf den 4. Dezember", "auf den 4 December"), ("al 4 de diciembre", "al 4 December"),
    ("para 6 de maio", "para 6 May"), ("tot 12 mei", "tot 12 May"), ("na 9 maja", "na 9 May"), ("12월 4일로", "12月4日로"),
    ("đến ngày 7 tháng 5", "đến 5月7日"), ("ngày mai", "ngày mai"), ("mars 2025", "mars 2025"),
])
def test_dates_of_other_languages_are_read_as_the_date_reader_knows_them(written, english):
    assert lexicon.english_dates(written) == english


def test_the_date_asked_stops_at_a_dash_reason_and_may_stand_before_a_verb_that_comes_last():
    assert asked_date(" item 5 to May 6 - the line is stopped until Friday", SENT, CAL)[0].isoformat() == "2025-05-06"
    assert asked_date(" item 5 - the line is stopped until Friday", SENT, CAL)[0] is None
    assert asked_date(" to 5/9.", SENT, CAL)[0].isoformat() == "2025-05-09"
    assert date_before("Punkt 3 bitte auf den 7. Mai ", SENT, CAL).isoformat() == "2025-05-07"
    assert date_before("Am 7. Mai habe ich Urlaub, deshalb bitte Punkt 3 ", SENT, CAL) is None   # too far from the verb


@pytest.mark.parametrize("line, head", [
    ("Item 5 done 👍On Wed, 16 Sep 2026, 17:40 Bot, <bot@x.cn> wrote:", "Item 5 done 👍"),
    ("Item 2 is done.On Thu, Apr 24, 2025 at 10:05 AM Bot <bot@x.cn> wrote:", "Item 2 is done."),
    ("item 3 doneOn Thu, Apr 24, 2025 at 10:05 AM Bot <bot@x.cn> wrote:", "item 3 done"),
    ("第4项已完成在 2025年4月24日 10:05，纪要助手 <bot@x.cn> 写道：", "第4项已完成"),
    ("Point 3 : c'est fait.Le jeu. 24 avr. 2025 à 10:05, Bot <bot@x.cn> a écrit :", "Point 3 : c'est fait."),
    ("Punkt 2 erledigtAm Do., 24. Apr. 2025 um 10:05 Uhr schrieb Bot <bot@x.cn>:", "Punkt 2 erledigt"),
    ("Ponto 1 concluído 👍Em qui., 24 de abr. de 2025 às 10:05, Bot <bot@x.cn> escreveu:", "Ponto 1 concluído 👍"),
    ("I confirmed on Thursday that all is fine.", "I confirmed on Thursday that all is fine."),   # no attribution
])
def test_a_reply_glued_to_its_attribution_line_is_split_off(line, head):
    assert split_inline_attribution(line)[0] == head


RECAP_HTML = ("<div>{top}</div><div style='border:none;border-top:solid #E1E1E1 1.0pt'><p><b>From:</b> bot &lt;b@x.cn&gt;"
              "<br><b>Sent:</b> Thursday<br><b>To:</b> 王芳<br><b>Subject:</b> 纪要</p></div><table>"
              "<tr><td>1</td><td>样品报告</td><td style='color:#5f5f5f'>王芳</td></tr>{after1}"
              "<tr><td>2</td><td>价格表</td><td>赵磊</td></tr>{after2}</table><p style='color:#C00000'>如有异议请于今日内回复</p>")


def test_answers_in_colour_under_quoted_rows_are_read_when_the_top_points_below():
    html = RECAP_HTML.format(top="See my answers inline.", after1="<tr><td colspan=3 style='color:rgb(0,112,192)'>Done.</td></tr>",
                             after2="<tr><td colspan=3><font color=red>80%, by Friday</font></td></tr>")
    assert new_text("See my answers inline.", html).splitlines()[-2:] == ["第1项：Done.", "第2项：80%, by Friday"]


def test_no_answer_is_read_without_a_pointer_and_grey_text_is_never_an_answer():
    html = RECAP_HTML.format(top="确认", after1="", after2="<tr><td style='color:red'>第2项已完成</td></tr>")
    assert new_text("确认", html) == "确认"                                        # nothing points below
    root = parse_html(RECAP_HTML.format(top="见下", after1="", after2=""))
    start = root.xpath("//div[2]")[0]
    assert [a for a in inline_answers(root, start) if "王芳" in a] == []           # a grey owner cell is quoted text
    overdue = RECAP_HTML.format(top="见下", after1="", after2="").replace("<td>赵磊</td>", "<td style='color:red'>已逾期</td>")
    assert new_text("见下", overdue) == "见下"          # a red cell of an item's own row, a red footer: the recap's
    assert points_below("答复见下方红字") and points_below("siehe unten") and not points_below("确认，没问题")


@pytest.mark.parametrize("text, intent, items", [
    ("Пункт 2 выполнен.", "done", [2]), ("Не согласен с пунктом 4.", "object", [4]), ("Нет возражений.", "confirm", []),
    ("Пункт 3 ещё не готово.", "unknown", [3]), ("Готов обсудить пункт 2 завтра.", "unknown", [2]),
    ("Poin 2 sudah selesai.", "done", [2]), ("Poin 3 belum selesai.", "unknown", [3]),
    ("Saya tidak setuju dengan poin 1.", "object", [1]), ("Madde 2 tamamlandı.", "done", [2]),
    ("Madde 1 ve 3 onaylıyorum.", "confirm", [1, 3]),
])
def test_russian_indonesian_and_turkish_replies(text, intent, items):
    assert read(text)[:2] == (intent, items)


@pytest.mark.parametrize("quoted, answer", [
    ("<p>1. 样品报告 王芳</p><p>2. 价格表 赵磊</p><p><span style='color:red'>已完成</span></p>", "第2项：已完成"),
    ("<p>1. 样品报告 王芳</p><p>2. 价格表 赵磊 <span style='color:red'>已完成</span></p>", "第2项：已完成"),
    ("<p>1. 样品报告 王芳<br>2. 价格表 赵磊<br><font color=blue>done</font></p>", "第2项：done"),
    ("<div><p>1. 样品报告</p><p>2. 价格表</p></div><p style='color:red'>已完成</p>", "第2项：已完成"),
])
def test_a_coloured_answer_belongs_to_the_numbered_line_it_stands_under_or_ends(quoted, answer):
    html = ("<p>见下方红字</p><div style='border:none;border-top:solid #E1E1E1 1.0pt'><p><b>发件人:</b> bot<br>"
            f"<b>发送时间:</b> 周四<br><b>主题:</b> 纪要</p></div>{quoted}")
    assert new_text("见下方红字", html).splitlines()[-1] == answer


@pytest.mark.parametrize("cell, answer", [
    ("<td>赵磊</td><td>2026-06-24<br><b><span style='color:red'>进度50%，D6等验证数据。</span></b></td>", "第2项：进度50%，D6等验证数据。"),
    ("<td>赵磊 <font color=blue>已完成，已发客户</font></td><td>2026-06-24</td>", "第2项：已完成，已发客户"),
])
def test_a_coloured_answer_typed_after_the_text_of_a_cell_of_its_row_is_that_rows(cell, answer):
    """'我的情况直接写在下面表格里了': the answer typed into row 2's own cell, after its date or owner (not in a row of
    its own); a whole coloured cell of the row stays the recap's (the test above)."""
    html = RECAP_HTML.format(top="我的情况直接写在下面表格里了", after1="", after2="").replace(
        "<td>赵磊</td></tr>", cell + "</tr>")
    assert new_text("我的情况直接写在下面表格里了", html).splitlines()[-1] == answer


def test_a_flood_of_coloured_text_is_read_in_bounded_time():
    html = "<p>see inline</p><blockquote>" + "<p>1. x</p><p style='color:red'>done</p>" * 5000 + "</blockquote>"
    assert len(new_text("see inline", html).splitlines()) <= 22
