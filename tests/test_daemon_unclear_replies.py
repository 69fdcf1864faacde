"""`minutebot run` as a process on a real mailbox (Dovecot in, aiosmtpd out): a reply that changes nothing gets
exactly one answer asking one thing (which item? which date?), never two for the same message — not when it holds
two commands that each need asking, nor when the same message lands in the inbox twice (issue 14, Done when)."""
import collections
import time
from datetime import datetime

from conftest import mail, text_of
from test_daemon_imap import daemon, site  # noqa: F401 (fixtures)
from test_replies_naming import MINUTES
from servers import wait_for

WANG, LI = "王芳 <wangfang@xinghe.cn>", "李强 <liqiang@xinghe.cn>"


def _reply(body: str, sender: str, recap, message_id: str) -> bytes:
    address = recap["Reply-To"].addresses[0].addr_spec
    return mail(body, subject="Re: 会议纪要", sender=sender, to=f"纪要助手 <{address}>", cc="",
                in_reply_to=recap["Message-ID"], message_id=message_id, date=datetime.now().astimezone())


def _answers(sink) -> dict[str, list]:
    by_reply = collections.defaultdict(list)
    for message in sink.mails():
        by_reply[message["In-Reply-To"]].append(message)
    return by_reply


def test_a_reply_that_changes_nothing_gets_one_answer_asking_one_thing(daemon, dovecot, smtp_sink):  # noqa: F811
    daemon.start()
    dovecot.append(mail(MINUTES, message_id="<minutes@xinghe.cn>"))
    assert wait_for(lambda: _answers(smtp_sink)["<minutes@xinghe.cn>"], 60), daemon.text()[-3000:]
    recap = _answers(smtp_sink)["<minutes@xinghe.cn>"][0]
    replies = {"<r1@xinghe.cn>": ("已完成", WANG),                          # three open items of hers: which item?
               "<r2@xinghe.cn>": ("已完成，另外申请延期", WANG),              # two commands, both need asking
               "<r3@xinghe.cn>": ("申请延期", LI),                            # his only item, no date: which date?
               "<r4@xinghe.cn>": ("预算表搞定了", WANG)}                      # named by its words: applied
    for message_id, (body, sender) in replies.items():
        dovecot.append(_reply(body, sender, recap, message_id))
    dovecot.append(_reply(*replies["<r1@xinghe.cn>"], recap, "<r1@xinghe.cn>"))   # the same message again
    assert wait_for(lambda: all(_answers(smtp_sink)[m] for m in replies), 60), daemon.text()[-3000:]
    time.sleep(6)                                         # longer than a poll: nothing more may arrive
    assert daemon.terminate() == 0
    answers = {m: [text_of(a) for a in _answers(smtp_sink)[m]] for m in replies}
    assert {m: len(texts) for m, texts in answers.items()} == dict.fromkeys(replies, 1)
    for message_id, question in (("<r1@xinghe.cn>", "请问是哪一项？"), ("<r2@xinghe.cn>", "请问是哪一项？"),
                                 ("<r3@xinghe.cn>", "请问延期到哪一天？")):
        [text] = answers[message_id]
        assert question in text and text.count("请问") == 1 and "没有修改任何事项" in text, text
    assert "已标记为完成" in answers["<r4@xinghe.cn>"][0] and "更新预算表" in answers["<r4@xinghe.cn>"][0]


def test_a_reply_partly_applied_asks_the_rest_in_its_acknowledgement(daemon, dovecot, smtp_sink):  # noqa: F811
    """'第1项已完成，另外申请延期' from the owner of items 1-3: item 1 is done, and the one acknowledgement asks which of
    the others is to be extended (it used to acknowledge item 1 and drop the question); '第2项已完成，第3项申请延期'
    asks the date of item 3 in the same way."""
    daemon.start()
    dovecot.append(mail(MINUTES, message_id="<minutes@xinghe.cn>"))
    assert wait_for(lambda: _answers(smtp_sink)["<minutes@xinghe.cn>"], 60), daemon.text()[-3000:]
    recap = _answers(smtp_sink)["<minutes@xinghe.cn>"][0]
    replies = {"<p1@xinghe.cn>": "第1项已完成，另外申请延期", "<p2@xinghe.cn>": "第2项已完成，第3项申请延期"}
    for message_id, body in replies.items():
        dovecot.append(_reply(body, WANG, recap, message_id))
    dovecot.append(_reply(replies["<p1@xinghe.cn>"], WANG, recap, "<p1@xinghe.cn>"))   # the same message again
    assert wait_for(lambda: all(_answers(smtp_sink)[m] for m in replies), 60), daemon.text()[-3000:]
    time.sleep(6)                                         # longer than a poll: nothing more may arrive
    assert daemon.terminate() == 0
    answers = {m: [text_of(a) for a in _answers(smtp_sink)[m]] for m in replies}
    assert {m: len(texts) for m, texts in answers.items()} == dict.fromkeys(replies, 1)
    [first], [second] = answers["<p1@xinghe.cn>"], answers["<p2@xinghe.cn>"]
    assert "第1项「向客户发送报价单」已标记为完成" in first and first.count("请问") == 1
    asked = first[first.index("请问是哪一项？"):]
    assert "第2项 更新预算表" in asked and "第3项 与供应商确认交期" in asked and "第1项" not in asked
    assert "已标记为完成" in second and second.count("请问延期到哪一天？") == 1 and "第3项延期至" in second
