#!/usr/bin/env python3
"""Write the reply variants set 3: 13NN-slug.eml (the bytes a mail server stores) + 13NN-slug.json (the gold).

    python3 tests/data/replies_variants3/make_variants3.py [OUTDIR] [--check]

Replies to the recap of replies_variants2 (星河电子 五一前备货会, sent Thu 2025-04-24 10:05; May Day 2025 is 05-01..05-05
off, the make-up working Sunday 04-27 before it), written for issue 14 as variants of the misses of replies4 and
replies5 in other words, languages and clients, before the parser was changed for them:
- reply commands in the languages of an international team, each intent with the language's own item word: French
  (point 3, c'est fait, pas d'accord, reporter), German (Punkt 2, erledigt, nicht einverstanden, verschieben with the
  date before the verb), Spanish (punto, confirmo, aplazar al 8 de mayo), Italian, Portuguese, Dutch, Polish (punktem),
  Vietnamese (mục, ngày 7 tháng 5), Japanese (項目2, 3番), Korean (2번 항목, 5월 7일로 연기), and their negations and plans;
- a verdict with no item from a sender with several open items (done, items []: the core asks which);
- a reply glued to the attribution line (👍On Thu …, '.On Thu …', 'doneOn Thu …', '已完成在 … 写道：');
- answers in colour inside the quoted recap of an HTML mail when the top points below (see inline in blue, 见下方红字);
- an extension whose date is followed by a ' - reason' holding another date, a 'will slip' then 'until …', a span
  after a progress note (完成了一半，…往后推三天: the extension is the command, dated from the quoted due);
- 纪要/摘要 整理好了 (要 of a noun is no plan).
Gold conventions are replies_variants2's: items = the numbers written as the command's subject; a span counts from
the item's due date shown in the quoted recap, calendar days unless working days are said.
"""
from __future__ import annotations

import datetime as dt
import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))
sys.path.insert(0, str(HERE.parent / "replies_variants2"))
from mailkit import addr, esc, leaf, message, multi, rfc_date, words  # noqa: E402
from goldcal import expect, next_weekday  # noqa: E402
from goldkit import gold, rep, write_cases  # noqa: E402
from make_variants2 import AT, DUE, FOOTERS, MINUTES_ID, PEOPLE, QUOTES, RECAP, RECAP_ID, ROWS, SENT, TOKEN, attribution, block  # noqa: E402

QUOTES = {**QUOTES,
          "outlook-fr": block("De :", "Envoyé :", "À :", "Objet :"),
          "gmail-fr": attribution(f"Le jeu. 24 avr. 2025 à 10:05, 纪要助手 {AT} a écrit :", ""),
          "outlook-de": block("Von:", "Gesendet:", "An:", "Betreff:"),
          "gmail-de": attribution(f"Am Do., 24. Apr. 2025 um 10:05 Uhr schrieb 纪要助手 {AT}:", ""),
          "outlook-es": block("De:", "Enviado:", "Para:", "Asunto:"),
          "gmail-es": attribution(f"El jue, 24 abr 2025 a las 10:05, 纪要助手 ({AT}) escribió:", ""),
          "gmail-nl": attribution(f"Op do 24 apr 2025 om 10:05 schreef 纪要助手 {AT}:", ""),
          "outlook-nl": block("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
          "gmail-pl": attribution(f"W dniu 24.04.2025 o 10:05, 纪要助手 {AT} pisze:", ""),
          "outlook-pl": block("Od:", "Wysłane:", "Do:", "Temat:"),
          "gmail-vi": attribution(f"Vào Th 5, 24 thg 4, 2025 vào lúc 10:05 纪要助手 {AT} đã viết:", ""),
          "glued-en": lambda: ["", *[f"> {line}".rstrip() for line in RECAP]],
          "glued-zh": lambda: ["", *[f"> {line}".rstrip() for line in RECAP]]}
GLUED = {"glued-en": f"On Thu, Apr 24, 2025 at 10:05 AM 纪要助手 {AT} wrote:",
         "glued-zh": f"在 2025年4月24日 10:05，纪要助手 {AT} 写道："}
PEOPLE = {**PEOPLE, "Sophie Martin": "sophie.martin@xinghe.example.cn", "Jonas Weber": "jonas.weber@xinghe.example.cn",
          "Lucía Gómez": "lucia.gomez@xinghe.example.cn", "Marco Rossi": "marco.rossi@xinghe.example.cn",
          "Ana Souza": "ana.souza@xinghe.example.cn", "Daan de Vries": "daan.devries@xinghe.example.cn",
          "Piotr Nowak": "piotr.nowak@xinghe.example.cn", "Nguyễn Văn An": "nguyen.an@xinghe.example.cn",
          "佐藤 花子": "sato.hanako@xinghe.example.cn", "김민준": "kim.minjun@xinghe.example.cn"}
THU = dt.date(2025, 4, 24)

# (number, slug, client, sender, body lines, gold reply, notes[, html answer (row, colour, text)])
CASES = [
    # -- French (1123, 1127)
    (1301, "fr-point2-termine-outlook", "outlook-fr", "Sophie Martin",
     ["Bonjour,", "", "Point 2 : terminé, la nouvelle liste de prix est partie chez les distributeurs.", "", "Sophie"],
     rep("done", [2]), "variant of 1123: 'Point 2 : terminé' in a French Outlook block"),
    (1302, "fr-je-confirme-points-1-3-gmail", "gmail-fr", "Sophie Martin", ["Je confirme les points 1 et 3."],
     rep("confirm", [1, 3]), "French confirm of two points joined by 'et'"),
    (1303, "fr-pas-daccord-point4-gmail", "gmail-fr", "Sophie Martin",
     ["Pas d'accord pour le point 4 : la salle de formation n'est pas libre avant le 12 mai."], rep("object", [4]),
     "variant of 1127: 'pas d'accord' holds 'd'accord', which is no confirm here; the reason holds a date"),
    (1304, "fr-point5-en-cours-60-outlook", "outlook-fr", "Sophie Martin", ["Le point 5 est en cours, environ 60 %."],
     rep("progress", [5], 60), "'en cours' + '60 %' (a space before %)"),
    (1305, "fr-reporter-point3-6-mai-gmail", "gmail-fr", "Sophie Martin", ["Pouvons-nous reporter le point 3 au 6 mai ?"],
     rep("extend", [3], None, "2025-05-06"), "a French request with a French date (6 mai)"),
    (1306, "fr-pas-encore-termine-gmail", "gmail-fr", "Sophie Martin",
     ["Le point 1 n'est pas encore terminé, je reviens vers vous lundi."], rep("unknown", [1]),
     "'pas encore terminé' is not done"),
    (1307, "fr-fait-no-number-outlook", "outlook-fr", "Sophie Martin", ["C'est fait, voir la pièce jointe.", "", "Sophie"],
     rep("done"), "variant of 1152 in French: done with no item (the core asks the sender which)"),
    # -- German (1152)
    (1311, "de-punkt2-erledigt-outlook", "outlook-de", "Jonas Weber", ["Punkt 2 erledigt, die Preisliste ist raus.", "",
                                                                        "Jonas"], rep("done", [2]), "German 'erledigt'"),
    (1312, "de-bestaetige-1-und-3-gmail", "gmail-de", "Jonas Weber", ["Ich bestätige Punkt 1 und 3."], rep("confirm", [1, 3]),
     "'Punkt 1 und 3'"),
    (1313, "de-nicht-einverstanden-punkt4-outlook", "outlook-de", "Jonas Weber",
     ["Mit Punkt 4 bin ich nicht einverstanden: der Trainer ist bis 12. Mai im Urlaub."], rep("object", [4]),
     "'nicht einverstanden' holds 'einverstanden'; '12. Mai' in the reason"),
    (1314, "de-punkt5-70-prozent-fertig-gmail", "gmail-de", "Jonas Weber", ["Punkt 5 ist zu 70% fertig."],
     rep("progress", [5], 70), "'zu 70% fertig' is progress, not done"),
    (1315, "de-verschieben-punkt3-7-mai-gmail", "gmail-de", "Jonas Weber", ["Können wir Punkt 3 auf den 7. Mai verschieben?"],
     rep("extend", [3], None, "2025-05-07"), "the date before the verb that comes last; '7. Mai' is no sentence end"),
    (1316, "de-noch-nicht-erledigt-outlook", "outlook-de", "Jonas Weber", ["Punkt 1 ist noch nicht erledigt."],
     rep("unknown", [1]), "'noch nicht erledigt' is not done"),
    (1317, "de-alles-erledigt-no-number-gmail", "gmail-de", "Jonas Weber", ["Alles erledigt – Details im Anhang.", "", "Jonas"],
     rep("done"), "variant of 1152: done with no item"),
    # -- Spanish (1125)
    (1321, "es-confirmo-puntos-2-y-4-gmail", "gmail-es", "Lucía Gómez", ["Hola,", "", "Confirmo los puntos 2 y 4, sin problema.",
                                                                          "", "Saludos,", "Lucía"],
     rep("confirm", [2, 4]), "variant of 1125: 'puntos 2 y 4' after the verb"),
    (1322, "es-punto1-ya-esta-hecho-outlook", "outlook-es", "Lucía Gómez", ["El punto 1 ya está hecho."], rep("done", [1]),
     "'ya está hecho'"),
    (1323, "es-no-estoy-de-acuerdo-punto3-gmail", "gmail-es", "Lucía Gómez",
     ["No estoy de acuerdo con el punto 3: el proveedor todavía no ha enviado la oferta."], rep("object", [3]),
     "'no estoy de acuerdo' holds 'de acuerdo'"),
    (1324, "es-aplazar-punto5-8-de-mayo-outlook", "outlook-es", "Lucía Gómez", ["¿Podemos aplazar el punto 5 al 8 de mayo?"],
     rep("extend", [5], None, "2025-05-08"), "'8 de mayo'"),
    # -- Italian, Portuguese, Dutch, Polish
    (1331, "it-punto4-completato-gmail", "gmail-it", "Marco Rossi", ["Il punto 4 è completato."], rep("done", [4]), "Italian"),
    (1332, "it-non-sono-daccordo-punto2-outlook", "outlook-it", "Marco Rossi",
     ["Non sono d'accordo sul punto 2, il listino deve aspettare il fornitore."], rep("object", [2]), "Italian objection"),
    (1333, "it-confermo-tutto-gmail", "gmail-it", "Marco Rossi", ["Confermo tutto, nessun problema."], rep("confirm"),
     "Italian confirm, no item"),
    (1334, "pt-ponto3-concluido-outlook", "outlook-pt", "Ana Souza", ["Ponto 3 concluído."], rep("done", [3]), "Portuguese"),
    (1335, "pt-concordo-pontos-1-e-5-gmail", "gmail-pt", "Ana Souza", ["Concordo com os pontos 1 e 5."], rep("confirm", [1, 5]),
     "'pontos 1 e 5'"),
    (1336, "pt-adiar-ponto2-6-de-maio-gmail", "gmail-pt", "Ana Souza", ["Podemos adiar o ponto 2 para 6 de maio?"],
     rep("extend", [2], None, "2025-05-06"), "'6 de maio'"),
    (1337, "nl-punt5-klaar-gmail", "gmail-nl", "Daan de Vries", ["Punt 5 is klaar."], rep("done", [5]), "Dutch"),
    (1338, "nl-geen-bezwaar-outlook", "outlook-nl", "Daan de Vries", ["Geen bezwaar, akkoord."], rep("confirm"),
     "'geen bezwaar' holds 'bezwaar'"),
    (1339, "nl-uitstellen-punt4-tot-12-mei-gmail", "gmail-nl", "Daan de Vries", ["Kunnen we punt 4 uitstellen tot 12 mei?"],
     rep("extend", [4], None, "2025-05-12"), "'tot 12 mei'"),
    (1340, "pl-punkt2-zrobione-outlook", "outlook-pl", "Piotr Nowak", ["Punkt 2 zrobione."], rep("done", [2]), "Polish"),
    (1341, "pl-nie-zgadzam-sie-punktem3-gmail", "gmail-pl", "Piotr Nowak",
     ["Nie zgadzam się z punktem 3 — to nie moje zadanie."], rep("object", [3]), "'z punktem 3' (instrumental)"),
    (1342, "pl-potwierdzam-gmail", "gmail-pl", "Piotr Nowak", ["Potwierdzam wszystkie punkty."], rep("confirm"),
     "Polish confirm, no item"),
    # -- Vietnamese, Japanese, Korean
    (1351, "vi-muc1-da-xong-gmail", "gmail-vi", "Nguyễn Văn An", ["Mục 1 đã xong."], rep("done", [1]), "Vietnamese"),
    (1352, "vi-khong-dong-y-muc4-gmail", "gmail-vi", "Nguyễn Văn An",
     ["Tôi không đồng ý với mục 4 vì phòng đào tạo đã kín lịch."], rep("object", [4]), "'không đồng ý' holds 'đồng ý'"),
    (1353, "vi-gia-han-muc3-ngay-7-thang-5-gmail", "gmail-vi", "Nguyễn Văn An", ["Xin gia hạn mục 3 đến ngày 7 tháng 5."],
     rep("extend", [3], None, "2025-05-07"), "'ngày 7 tháng 5'"),
    (1354, "ja-koumoku2-kanryou-outlook", "outlook-ja", "佐藤 花子", ["項目2は完了しました。"], rep("done", [2]), "項目2"),
    (1355, "ja-3ban-igi-gmail", "gmail-ja", "佐藤 花子", ["3番は異議があります。担当者が違います。"], rep("object", [3]), "3番"),
    (1356, "ja-koumoku5-encho-5-8-gmail", "gmail-ja", "佐藤 花子", ["項目5は5月8日まで延長をお願いします。"],
     rep("extend", [5], None, "2025-05-08"), "the date before 延長"),
    (1357, "ko-2beon-wanryo-outlook", "outlook-ko", "김민준", ["2번 항목 완료했습니다."], rep("done", [2]), "2번 항목"),
    (1358, "ko-4beon-iui-gmail", "gmail-ko", "김민준", ["4번 항목은 이의가 있습니다. 담당자가 다릅니다."], rep("object", [4]),
     "Korean objection"),
    (1359, "ko-1beon-yeongi-5-7-gmail", "gmail-ko", "김민준", ["1번 항목 5월 7일로 연기 부탁드립니다."],
     rep("extend", [1], None, "2025-05-07"), "'5월 7일로 연기': the date before the verb"),
    # -- glued attributions (1153)
    (1361, "glued-thumbs-on-item4-done", "glued-en", "郑堃", ["Item 4 done, slides uploaded 👍"], rep("done", [4]),
     "variant of 1153: the attribution glued after an emoji"),
    (1362, "glued-period-on-item1-done", "glued-en", "王芳", ["Item 1 is done."], rep("done", [1]),
     "variant of 1153: glued after a full stop"),
    (1363, "glued-word-on-item3-done", "glued-en", "林峰", ["Item 3 is done"], rep("done", [3]),
     "variant of 1153: glued to the last word ('doneOn Thu')"),
    (1364, "glued-zh-item5-done", "glued-zh", "陈喆", ["第5项已完成"], rep("done", [5]), "variant of 1153 in Chinese"),
    # -- inline answers in colour (1154)
    (1371, "inline-blue-item3-outlook-en", "html-outlook", "林峰", ["Hi, see my answers inline in blue.", "", "Lin Feng"],
     rep("done", [3]), "variant of 1154: a blue answer under row 3 of the quoted table",
     (3, "#1F4E79", "Done - the supplier signed yesterday.")),
    (1372, "inline-red-font-item2-outlook-zh", "html-outlook", "赵磊", ["胡总，答复见下方红字。", "", "赵磊"],
     rep("progress", [2], 80), "variant of 1154: <font color=red> under row 2", (2, "red", "已经改了80%，周五前发出")),
    (1373, "points-below-no-colour-outlook-zh", "html-outlook", "赵磊", ["见下方。", "", "赵磊"], rep("unknown"),
     "the top points below, but nothing is coloured: no answer is made up", (None, None, None)),
    # -- dates (764, 1138, 750)
    (1381, "extend-item4-may12-dash-reason-gmail-en", "gmail-en", "郑堃",
     ["Please move item 4 to May 12 - the trainer is away until Friday."], rep("extend", [4], None, "2025-05-12"),
     "variant of 764: the date before ' - ', a reason with another date"),
    (1382, "slip-then-until-next-wednesday-gmail-en", "gmail-en", "赵磊",
     ["Item 2 is going to slip, the distributor is late. Could I have until next Wednesday?"],
     rep("extend", [2], None, expect("next Wednesday from Thu 04-24", next_weekday(THU, 2), "2025-04-30")),
     "variant of 1138: 'is going to slip' names the item, the next sentence the date"),
    (1383, "half-done-then-span-item5-dingtalk", "dingtalk", "陈喆", ["第5项完成了一半，来不及了，往后推三天吧"],
     rep("extend", [5], None, expect("item 5 due 04-29 + 3 calendar days", DUE[5] + dt.timedelta(days=3), "2025-05-02")),
     "variant of 750: a progress note first, then the span; the extension is the command"),
    # -- 纪要 / 摘要 (744)
    (1391, "zhaiyao-zhengli-hao-le-qq", "qq", "陈喆", ["客户反馈摘要整理好了，已发群里。"], rep("done"),
     "variant of 744: 摘要整理好了 is done (要 of 摘要 is no plan); no item number"),
]


def build(case) -> tuple[str, bytes, dict]:
    number, slug, client, sender, top, reply, notes, *html = case
    footer = [FOOTERS[client]] if client in FOOTERS else []
    if client == "html-outlook":
        body = _outlook_html(top, *html[0], cte="base64" if number % 2 else "quoted-printable")
    else:
        lines = [*top, *([""] + footer if footer else []), *QUOTES[client]()]
        if client in GLUED:
            lines[len(top) - 1] += GLUED[client]           # the client ran the attribution into the last line
        body = leaf("text/plain", "\n".join(lines) + "\n", "utf-8", "base64" if number % 2 else "quoted-printable")
    headers = [("From", addr(sender, PEOPLE[sender])), ("To", TOKEN), ("Subject", words("Re: 五一前备货会纪要")),
               ("Date", rfc_date(SENT)), ("Message-ID", f"<{number}-{slug}@xinghe.example.cn>"),
               ("In-Reply-To", RECAP_ID), ("References", f"{MINUTES_ID} {RECAP_ID}"), ("MIME-Version", "1.0")]
    return f"{number}-{slug}", message(headers, body), gold("reply", notes, reply=reply)


def _outlook_html(top: list[str], row, colour, answer, cte: str) -> bytes:
    """Outlook desktop: plain part with the quote unmarked (the answer a line under its row), HTML with the header box
    and the recap's table, the answer a coloured row (or a <font color>) under row `row`."""
    plain_rows = [f"| {n} | {t} | {o} | {d} |" for n, t, o, d in ROWS]
    if row:
        plain_rows.insert(row, answer)
    plain = [*top, "", f"From: 纪要助手 {AT}", "Sent: Thursday, April 24, 2025 10:05 AM", "To: 王芳", "Subject: 五一前备货会纪要",
             "", "各位好，", "", "| 序号 | 事项 | 负责人 | 截止时间 |", *plain_rows, "", *RECAP[-4:]]
    cells = ["<tr><th>序号</th><th>事项</th><th>负责人</th><th>截止时间</th></tr>"]
    for n, t, o, d in ROWS:
        cells.append(f"<tr><td>{n}</td><td>{esc(t)}</td><td>{esc(o)}</td><td>{esc(d)}</td></tr>")
        if row and int(n) == row:
            inner = (f'<font color="{colour}">{esc(answer)}</font>' if colour.isalpha() else esc(answer))
            style = "" if colour.isalpha() else f' style="color:{colour}"'
            cells.append(f'<tr><td colspan="4"{style}>{inner}</td></tr>')
    own = "".join(f"<p class=MsoNormal>{esc(line) or '&nbsp;'}</p>" for line in top)
    html = (f"<html><body><div class=WordSection1>{own}<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;"
            f"padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> 纪要助手 {esc(AT)}<br><b>Sent:</b> Thursday, "
            f"April 24, 2025 10:05 AM<br><b>To:</b> 王芳<br><b>Subject:</b> 五一前备货会纪要</p></div></div>"
            f"<p>各位好，</p><table border=1>{''.join(cells)}</table>"
            + "".join(f"<p>{esc(line)}</p>" for line in RECAP[-4:] if line) + "</div></body></html>")
    return multi("alternative", [leaf("text/plain", "\n".join(plain) + "\n", "utf-8", cte),
                                 leaf("text/html", html, "utf-8", cte)], f"_000_v3_{len(top)}_{row or 0}_")


if __name__ == "__main__":
    sys.exit(write_cases(HERE, [partial(build, case) for case in CASES], sys.argv))
