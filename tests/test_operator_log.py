"""The operator's log: one line per handled message, in a stable key=value form a person or a grep can follow."""
import json
import re
from datetime import timedelta

from conftest import MINUTES, mail
from minutebot.inbound.handle import Outcome

LINE = re.compile(r'^message=<\S+> kind=(minutes|reply|other|auto) meeting=(\d+|-) items=(\d+(?:,\d+)*|-) '
                  r'action="(?:[^"\\\n]|\\.)*"$')


def lines(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "minutebot.inbound.intake"]


def fields(line):
    """Split a log line as an operator's script would: key=value tokens, the action a JSON string at the end."""
    head, _, action = line.partition(" action=")
    return {**dict(part.split("=", 1) for part in head.split(" ")), "action": json.loads(action)}


def test_one_line_per_message_with_id_kind_items_and_action(bot, now, caplog):
    caplog.set_level("INFO", logger="minutebot.inbound.intake")
    bot.drop(mail(MINUTES, message_id="<m1@xinghe.cn>"))
    bot.drop(mail("我正在休假。", subject="自动回复: 会议纪要", headers={"Auto-Submitted": "auto-replied"},
                  message_id="<ooo@xinghe.cn>"))
    bot.tick(now)
    [recap] = bot.new_mail()
    address = recap["Reply-To"].addresses[0].addr_spec
    bot.drop(mail("第1、2项确认", subject="Re: 会议纪要", sender="王芳 <wangfang@xinghe.cn>", to=address, cc="",
                  in_reply_to=recap["Message-ID"], message_id="<r1@xinghe.cn>"))
    bot.tick(now + timedelta(minutes=5))
    logged = lines(caplog)
    assert len(logged) == 3 and all(LINE.match(line) for line in logged), logged
    by_id = {fields(line)["message"]: fields(line) for line in logged}
    assert by_id["<m1@xinghe.cn>"] == {"message": "<m1@xinghe.cn>", "kind": "minutes", "meeting": "1",
                                       "items": "1,2,3", "action": "minutes: 3 items"}
    assert by_id["<ooo@xinghe.cn>"]["kind"] == "auto" and by_id["<ooo@xinghe.cn>"]["items"] == "-"
    assert by_id["<ooo@xinghe.cn>"]["action"].startswith("dropped: auto mail")
    assert (by_id["<r1@xinghe.cn>"]["kind"], by_id["<r1@xinghe.cn>"]["items"]) == ("reply", "1,2")
    assert by_id["<r1@xinghe.cn>"]["action"].startswith("reply: 1 change(s)")


def test_odd_ids_and_actions_stay_on_one_parseable_line():
    line = str(Outcome("<odd id\r\n@x>", "reply", 'refused: "第2项"\nnot yours', 7, (2,)))
    assert "\n" not in line and LINE.match(line)
    assert fields(line) == {"message": "<odd_id_@x>", "kind": "reply", "meeting": "7", "items": "2",
                            "action": 'refused: "第2项"\nnot yours'}
