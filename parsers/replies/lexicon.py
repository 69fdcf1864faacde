"""Reply verdicts in the other languages of an international team (fr, de, es, it, pt, nl, pl, vi, ja, ko; ru, id/ms, tr):
a small word list a language for each intent, read beside the Chinese and English words of words.py.

    find("object", "Je ne suis pas d'accord pour le point 3")  -> [('object', 0, 25)]
    find("done", "Punkt 2 ist noch nicht erledigt")            -> []   (a negation or a plan before the word)

Each stage is read where words.py reads its own words, so the order of trust is the same: a negated objection
(pas d'objection, keine Einwände, sin objeciones, 이의 없습니다) is a confirm read before any objection; an objection
(pas d'accord) hides the confirm inside it (d'accord). A verdict counts only when no negation or plan stands just
before it in its clause (pas encore, noch nicht, todavía no, non ancora, ainda não, nog niet, jeszcze nie, chưa,
sera, wird, va a, sarà, vai, zal, będzie, sẽ).
"""
from __future__ import annotations

import re

from parsers.replies.references import Mention

_NOT = (r"pas|jamais|non|nicht|kein\w*|no|não|nao|niet|geen|nie|chưa|không|aún\s+no|todavía\s+no|ancora|ainda|nog|"
        r"jeszcze|sera|seront|va|vais|vont|wird|werden|werde|será|serán|voy|vamos|sarà|saranno|vai|vão|zal|zullen|wordt|"
        r"sollte|sollten|soll|sollen|muss|müssen|dürfte|könnte|"
        r"będzie|będą|sẽ|не|ещё|еще|будет|belum|tidak|akan|henüz|bientôt|bald|pronto|presto|binnenkort|wkrótce|si|wenn|falls|jeśli|nếu")
NOT_BEFORE = re.compile(r"(?:^|[\s(])(?:" + _NOT + r")(?![A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff])[^.,;:!?，。；：]{0,18}$", re.I)
KO_NOT_AFTER = re.compile(r"\s*(?:되지|하지|못|않|안\s)|\s+(?:sein|werden|haben)\b", re.I)   # 'fertig sein': a verb to come
PERCENT_BEFORE = re.compile(r"\d\s*(?:%|％|\s*pro\s*zent|\s*por\s*ciento|\s*pour\s*cent|\s*procent)\s*$", re.I)


LATIN = r"A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff"   # a word's letters: Latin (French, Polish, Vietnamese), Cyrillic


def _words(*alternatives: str, after: str = "") -> re.Pattern:
    return re.compile(r"(?<![" + LATIN + r"'’])(?:" + "|".join(alternatives) + r")(?![" + LATIN + r"])" + after, re.I)


STAGES = {
    "no_objection": _words(
        r"pas\s+d['’]objections?", r"aucune\s+objection", r"rien\s+à\s+(?:redire|signaler)", r"keine?\s+einw(?:a|ä)nde?",
        r"keine?\s+einsprüche?", r"sin\s+objeci(?:ón|ones)", r"ninguna\s+objeción", r"nessuna\s+obiezione",
        r"nessun\s+problema", r"sem\s+obje(?:ção|ções|çoes)", r"nenhuma\s+objeção", r"geen\s+bezwaar", r"bez\s+zastrzeżeń",
        r"brak\s+(?:uwag|zastrzeżeń|sprzeciwu)", r"không\s+(?:có\s+)?(?:ý\s+kiến|phản\s+đối)", r"(?:異議|异议)\s*(?:なし|ありません)",
        r"이의\s*(?:가\s*)?(?:없습니다|없음|없어요)", r"(?:нет|никаких)\s+(?:возражений|замечаний)", r"возражений\s+нет",
        r"tidak\s+ada\s+(?:keberatan|masalah)", r"tak\s+ada\s+(?:bantahan|masalah)", r"itiraz(?:ım)?\s+yok"),
    "object": _words(
        r"(?:je\s+ne\s+suis\s+)?pas\s+d['’]accord", r"je\s+conteste", r"je\s+m['’]oppose", r"en\s+désaccord",
        r"(?:ce\s+)?n['’]est\s+pas\s+(?:à\s+moi|mon\s+(?:point|sujet|dossier)|de\s+mon\s+ressort)",
        r"nicht\s+einverstanden", r"ich\s+widerspreche", r"einspruch", r"einw(?:a|ä)nde?", r"nicht\s+(?:meine|mein)\s+(?:aufgabe|punkt)",
        r"no\s+estoy\s+de\s+acuerdo", r"en\s+desacuerdo", r"me\s+opongo", r"no\s+me\s+corresponde", r"objeci(?:ón|ones)",
        r"non\s+(?:sono|siamo)\s+d['’]accordo", r"mi\s+oppongo", r"obiezion[ei]", r"non\s+è\s+(?:mio|di\s+mia\s+competenza)",
        r"não\s+concordo", r"discordo", r"não\s+(?:estou|estamos)\s+de\s+acordo", r"objeção", r"me\s+oponho",
        r"niet\s+(?:mee\s+)?(?:eens|akkoord)", r"bezwaar", r"oneens", r"nie\s+zgadzam\s+się", r"sprzeciw", r"zastrzeżenie",
        r"không\s+đồng\s+ý", r"phản\s+đối", r"(?:異議|异议)\s*(?:が)?\s*(?:あります|あり)", r"反対(?:です|します)",
        r"同意(?:でき|し)ません", r"이의\s*(?:가\s*)?있습니다", r"반대합니다", r"동의(?:하지\s*않습니다|할\s*수\s*없습니다)",
        r"не\s+согла[сш]\w*", r"возражаю", r"возражение", r"tidak\s+setuju", r"keberatan", r"katılmıyorum", r"itiraz\w*"),
    "extend": _words(
        r"report(?:er|ons|ez|é|ée)", r"décal(?:er|ons|ez|é|ée)", r"repouss(?:er|ons|ez|é|ée)", r"prolong(?:er|ation|é|ée)",
        r"délai\s+supplémentaire", r"plus\s+de\s+temps", r"verschieb\w*", r"verschoben", r"verlänger\w*", r"aufschub",
        r"mehr\s+zeit", r"(?:brauche|brauchen|benötige|benötigen)\b[^.,;!?]{0,20}?\b(?:noch|weitere)\s+(?:\d+|einen|eine|"
        r"zwei|drei|vier|fünf|ein\s+paar)\s+(?:arbeits)?(?:tage?|wochen?)",          # 'brauche ich noch zwei Tage'
        r"aplaza\w*", r"pospon\w*", r"prórroga", r"más\s+tiempo", r"ampliar\s+el\s+plazo", r"rinvi\w*",
        r"posticip\w*", r"proroga\w*", r"più\s+tempo", r"adiar", r"adiamento", r"adiad[oa]", r"prorroga\w*", r"mais\s+tempo",
        r"uitstel(?:len)?", r"verschuiven", r"verleng\w*", r"meer\s+tijd", r"przesun\w*", r"przedłuż\w*", r"więcej\s+czasu",
        r"odrocz\w*", r"gia\s+hạn", r"lùi", r"dời", r"hoãn", r"thêm\s+thời\s+gian", r"延[長长](?=を|し|さ|お願|で|に|希望)", r"猶予", r"後ろ倒し",
        r"연기(?:해|를|합니다|하고)?", r"연장(?:해|을|합니다|하고)?", r"미루\w*",
        r"перенести", r"перенос\w*", r"продлить", r"продлен\w*", r"отложить", r"больше\s+времени", r"perpanjang\w*", r"diundur",
        r"mundur(?:kan)?", r"tunda", r"ditunda", r"ertele\w*", r"uzat\w*"),
    "progress": _words(
        r"en\s+cours", r"avancement", r"in\s+(?:arbeit|bearbeitung)", r"fortschritt", r"en\s+curso", r"en\s+progreso",
        r"avance", r"in\s+corso", r"avanzamento", r"em\s+andamento", r"em\s+progresso", r"bezig", r"voortgang",
        r"w\s+(?:toku|trakcie)", r"postęp", r"đang\s+(?:làm|thực\s+hiện|xử\s+lý)", r"tiến\s+độ", r"進行中", r"対応中", r"進捗",
        r"진행\s*중", r"진행률", r"в\s+(?:работе|процессе)", r"sedang\s+(?:dikerjakan|diproses|berjalan)", r"dalam\s+proses",
        r"devam\s+ediyor"),
    "done": _words(
        r"c['’]est\s+(?:fait|terminé|bouclé|réglé)", r"(?:est|sont|a\s+été|ont\s+été)\s+(?:bien\s+|déjà\s+)?(?:fait|terminé|fini|"
        r"achevé|réalisé|bouclé|envoyé|livré|expédié|clôturé|réglé|parti|validé|signé|renvoyé)e?s?",
        r"(?:terminé|fini|bouclé|clôturé)e?s?", r"signée?s?\s+et\s+(?:renvoyé|envoyé|retourné)e?s?",   # 'signé et renvoyé',
        r"erledigt", r"fertig", r"abgeschlossen", r"(?:ist|sind)\s+(?:schon\s+|bereits\s+)?(?:raus|durch)",
        r"(?:habe|haben|hat|hatte|hatten)\b(?:(?!\b(?:nicht|nie|noch|kein\w*|morgen|bald|später)\b)[^.,;!?]){0,30}?\b(?:verschickt|versendet|versandt|gesendet|geschickt|abgeschickt|"
        r"hochgeladen|geliefert|eingereicht|abgegeben|unterschrieben|bezahlt|gebucht)",     # verb-final participle
        r"(?:ist|sind|wurde|wurden)\s+(?:bereits\s+|schon\s+)?(?:versendet|verschickt|"
        r"geliefert|durch)", r"hecho", r"terminad[oa]s?", r"completad[oa]s?", r"finalizad[oa]s?", r"listo", r"ya\s+está",
        r"fatto", r"completat[oa]", r"terminat[oa]", r"finit[oa]", r"conclus[oa]", r"feito", r"concluíd[oa]s?",
        r"klaar", r"gedaan", r"afgerond", r"voltooid", r"zrobione", r"gotowe", r"zakończone", r"wykonane",
        r"ukończone", r"załatwione", r"(?:đã\s+)?xong(?:\s+rồi)?", r"đã\s+hoàn\s+(?:thành|tất)", r"hoàn\s+thành\s+rồi",
        r"終わりました", r"終了しました", r"対応しました", r"完了させました",
        r"(?:完了|完結|完结|終了|终了|クローズ|完成)\s*(?:と|に)\s*(?:させて(?:いただき|頂き|顶き)ます|(?:いた|致)します|します|なりました)",   # 'treated as done'
        r"(?:発送|送付|提出|納品|出荷|送信|共有|完了)(?:いた)?しました(?!か)", r"끝났습니다", r"마쳤습니다", r"처리했습니다", r"완료했어요",
        r"выполнен[оаы]?", r"сделан[оаы]?", r"готово", r"(?:sudah|telah)\s+selesai", r"selesai", r"tamamlandı", r"bitti", r"yapıldı"),
    "confirm": _words(
        r"(?:je\s+)?confirme", r"confirmé", r"d['’]accord", r"ok\s+pour\s+moi", r"(?:je\s+)?valide", r"validé", r"bestätigt?",
        r"ich\s+bestätige", r"(?:wir|ich)\s+bestätigen", r"bestätigen\s+wir", r"einverstanden", r"passt", r"in\s+ordnung",
        r"geht\s+klar", r"confirmo", r"confirmamos", r"confirmons", r"confermiamo", r"potwierdzamy", r"confirmad[oa]",
        r"de\s+acuerdo", r"conforme", r"confermo", r"confermato", r"d['’]accordo", r"va\s+bene", r"de\s+acordo",
        r"concordo", r"bevestigd", r"ik\s+bevestig", r"(?:wij|we)\s+bevestigen", r"bevestigen\s+(?:wij|we)", r"akkoord", r"potwierdzam", r"potwierdzone", r"zgadzam\s+się",
        r"zgoda", r"xác\s+nhận", r"đồng\s+ý", r"nhất\s+trí", r"(?:確認|确认)(?:いた|致)?しました", r"了承(?:いた|致)?しました", r"[問问][題题](?:ありません|ございません|ない|なし)",
        r"同意します", r"확인합니다", r"동의합니다", r"문제\s*없습니다", r"подтверждаю", r"согла[сш]\w*", r"setuju",
        r"(?:saya\s+)?konfirmasi", r"onaylıyorum", r"onaylandı"),
}
# a request for more days without a date ('necesito un día más', 'un jour de plus', 'un giorno in più', 'mais dois dias'):
# the core asks for the date; not negated nor under a condition ('No necesito más días', 'Si necesitas un día más')
MORE_DAYS = _words(
    r"(?:un|una|unos|unas|dos|tres|cuatro|cinco|\d+|algunos|pocos)\s+(?:días?|semanas?)\s+(?:hábiles\s+)?más(?!\s+tarde)",
    r"(?:un|une|deux|trois|quatre|cinq|\d+|quelques)\s+(?:jours?|semaines?)\s+(?:ouvrés\s+)?(?:de\s+plus|supplémentaires?)",
    r"(?:un|uno|una|due|tre|quattro|cinque|\d+|qualche|alcuni)\s+(?:giorn[oi]|settiman[ae])\s+in\s+più",
    r"altri\s+(?:due|tre|quattro|cinque|\d+)\s+giorni", r"mais\s+(?:um|uma|dois|duas|três|quatro|cinco|\d+|alguns)\s+(?:dias?|semanas?)")
PROGRESS_CUE = STAGES["progress"].pattern + r"|erledigt|fertig|fait|hecho|fatto|feito|klaar|gotowe|xong|완료|готово|selesai"


def mentions(stage: str, text: str) -> list[Mention]:
    """The words of one stage in the languages of STAGES (French, German, Spanish, … Japanese, Korean) as the reader's
    mentions: find, each as a Mention."""
    return [Mention(kind, start, end, needs_date=dated) for kind, start, end, dated in find(stage, text)]


def find(stage: str, text: str) -> list[tuple[str, int, int, bool]]:
    """(intent, start, end, needs a date) of each word of one stage ('no_objection' gives confirms) not negated or planned;
    the extend stage adds the asks for more days and the moves that count only with their date."""
    kind = "confirm" if stage == "no_objection" else stage
    found = []
    for match in STAGES[stage].finditer(text):
        before = text[:match.start()]
        if stage in ("done", "confirm", "progress") and (NOT_BEFORE.search(before[-30:]) or KO_NOT_AFTER.match(text, match.end())):
            continue
        if stage == "done" and PERCENT_BEFORE.search(before):
            continue                                    # 'zu 80% erledigt' is progress
        found.append((kind, match.start(), match.end(), False))
    if stage == "extend":
        found += [(kind, m.start(), m.end(), dated) for pattern, dated in ((MORE_DAYS, False), (MOVE_TO, True))
                  for m in pattern.finditer(text) if not NOT_BEFORE.search(text[:m.start()][-30:])]
    return found


_MONTHS = ("janvier|janeiro|januari|januar|enero|gennaio|stycznia|styczeń", "février|fevereiro|februari|februar|febrero|"
           "febbraio|lutego|luty", "mars|março|maart|märz|marzo|marca|marzec", "avril|abril|aprile|kwietnia|kwiecień",
           "mai|maio|mei|mayo|maggio|maja|maj", "juin|junho|juni|junio|giugno|czerwca|czerwiec", "juillet|julho|juli|julio|"
           "luglio|lipca|lipiec", "août|agosto|augustus|august|sierpnia|sierpień", "septembre|setembro|septiembre|setiembre|"
           "settembre|september|września|wrzesień", "octobre|outubro|oktober|octubre|ottobre|października|październik",
           "novembre|novembro|november|noviembre|listopada|listopad", "décembre|dezembro|december|dezember|diciembre|"
           "dicembre|grudnia|grudzień")
ENGLISH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December")
MONTH_WORDS = "|".join(_MONTHS)                  # '4. Dezember' is a date, not the end of a sentence
DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})(?:\.|er|º|°)?\s*(?:de\s+)?(" + "|".join(_MONTHS) + r")(?![" + LATIN + r"])", re.I)
KO_DATE = re.compile(r"(?:(\d{4})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일")
VI_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})", re.I)


_WEEKDAYS = ("montag|lundi|lunes|lunedì|segunda(?:-feira)?|maandag|poniedziałek", "dienstag|mardi|martes|martedì|terça(?:-feira)?|"
             "dinsdag|wtorek", "mittwoch|mercredi|miércoles|mercoledì|quarta(?:-feira)?|woensdag|środa|środę",
             "donnerstag|jeudi|jueves|giovedì|quinta(?:-feira)?|donderdag|czwartek", "freitag|vendredi|viernes|venerdì|"
             "sexta(?:-feira)?|vrijdag|piątek", "samstag|samedi|sábado|sabato|zaterdag|sobota|sobotę", "sonntag|dimanche|domingo|"
             "domenica|zondag|niedziela|niedzielę")
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY = re.compile(r"(?<![" + LATIN + r"])(" + "|".join(_WEEKDAYS) + r")(?![" + LATIN + r"])", re.I)
# a weekday with its day of the month and no month ('lunes 26', 'Friday 30', 'Friday the 30th'): the day of the month says more
WEEKDAY_DAY = re.compile(r"\b(?:" + "|".join(EN_WEEKDAYS) + r")\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?![\d:./]|\s*(?:am|pm|h\b|"
                         r"(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))", re.I)


def english_dates(text: str) -> str:
    """Day-month dates and weekdays of other languages written the way the date reader knows: '4 décembre', '4. Dezember',
    '4 de diciembre' -> '4 December'; 'Freitag', 'vendredi' -> 'Friday'; '12월 4일' -> '12月4日'; 'ngày 4 tháng 12' -> '12月4日'."""
    def month(match: re.Match) -> str:
        word = match.group(2).lower()
        index = next(i for i, names in enumerate(_MONTHS) if word in names.split("|"))
        return f"{match.group(1)} {ENGLISH[index]}"
    text = DAY_MONTH.sub(month, text)
    text = WEEKDAY.sub(lambda m: EN_WEEKDAYS[next(i for i, names in enumerate(_WEEKDAYS)
                                                  if re.fullmatch(names, m.group(1), re.I))], text)   # 'auf Freitag'
    text = WEEKDAY_DAY.sub(lambda m: "the " + _ordinal(int(m.group(1))), text)   # 'Monday 26' -> 'the 26th'
    text = KO_DATE.sub(lambda m: f"{m.group(1) + '年' if m.group(1) else ''}{m.group(2)}月{m.group(3)}日", text)
    return VI_DATE.sub(r"\2月\1日", text)



def _ordinal(day: int) -> str:
    """26 -> '26th', 2 -> '2nd', 21 -> '21st'."""
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"

# a move asked with its date ('¿Lo podemos mover al lunes 26?', 'déplacer le point 2 au lundi 26', 'spostare il punto 1 a
# lunedì'): an extension only with a day right after it, like words.RESCHEDULE ('mover la máquina al almacén (el lunes)' is none)
_DAY_NEXT = (r"(?=\s*(?:el\s+|le\s+|il\s+|o\s+|a\s+)?(?:\d|" + "|".join(_WEEKDAYS) + r"|próxim|prochain|prossim|fin\b|final))")
_WHAT = r"\s+(?:[^\s.,;!?¿¡]+\s+){0,3}?"          # what is moved: 'el punto 4', 'le point 2', nothing ('mover al …')
MOVE_TO = _words(
    r"(?:mover|mov(?:emos|amos)|cambiar|cambi(?:emos|amos)|pasar|pas(?:emos|amos)|correr|corr(?:emos|amos))(?:lo|la|los|las)?"
    + _WHAT + r"(?:al|a|para\s+el|hasta\s+el)", r"dépla(?:cer|çons|cez)" + _WHAT + r"(?:au|à|jusqu['’]au)",
    r"spost(?:are|iamo|a)" + _WHAT + r"(?:al|a|fino\s+a)", r"(?:mudar|mudamos|passar|passamos|mover|movemos)" + _WHAT + r"(?:para|pra)",
    r"verplaats(?:en)?" + _WHAT + r"naar", after=_DAY_NEXT)
