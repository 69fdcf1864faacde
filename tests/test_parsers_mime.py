"""Decoding mail as Chinese clients really send it: lying charset labels, raw 8-bit headers, Outlook HTML,
merged table cells, minutes in attachments; and which mail a machine wrote."""
import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from parsers.mail.auto import auto_reason
from parsers.mail.charsets import decode_bytes, decode_words
from parsers.mail.htmltext import html_to_text
from parsers.mail.mime import MailError, decode

HEAD = b"From: a@xinghe.cn\r\nTo: b@xinghe.cn\r\nDate: Thu, 10 Oct 2024 15:00:00 +0800\r\nMessage-ID: <x@y>\r\n"


def raw_mail(headers: bytes, body: bytes) -> bytes:
    return HEAD + headers + b"\r\n" + body


def test_a_gb2312_label_on_gbk_bytes_is_read_as_gb18030():
    subject = "=?gb2312?B?" + __import__("base64").b64encode("陈喆的纪要".encode("gbk")).decode() + "?="
    mail = decode(raw_mail(f"Subject: {subject}\r\nContent-Type: text/plain; charset=gb2312\r\n".encode(),
                           "负责人：张堃".encode("gbk")))
    assert mail.subject == "陈喆的纪要"
    assert mail.plain == "负责人：张堃"


def test_raw_8bit_headers_and_names_are_recovered():
    mail = decode(raw_mail("Subject: 会议纪要\r\nCc: 王芳 <WangFang@Xinghe.cn>, \"Zhang, Wei\" <zw@xinghe.cn>\r\n"
                           .encode("gbk"), b"hi"))
    assert mail.subject == "会议纪要"
    assert [(a.name, a.email) for a in mail.cc] == [("王芳", "wangfang@xinghe.cn"), ("Zhang, Wei", "zw@xinghe.cn")]


def test_an_encoded_name_with_a_comma_stays_one_address():
    name = "=?utf-8?b?" + __import__("base64").b64encode("张, 伟".encode()).decode() + "?="
    mail = decode(raw_mail(f"Cc: {name} <zw@xinghe.cn>, li@xinghe.cn\r\n".encode(), b"hi"))
    assert [(a.name, a.email) for a in mail.cc] == [("张, 伟", "zw@xinghe.cn"), ("", "li@xinghe.cn")]


def test_a_character_split_across_two_encoded_words():
    data = "纪要".encode("utf-8")
    import base64
    first, second = base64.b64encode(data[:2]).decode(), base64.b64encode(data[2:]).decode()
    assert decode_words(f"=?utf-8?B?{first}?= =?utf-8?B?{second}?=") == "纪要"


@pytest.mark.parametrize("text, label", [("同意", None), ("已完成", "utf-8"), ("確認", "big5"), ("负责人", "us-ascii"),
                                         ("第2项已完成", "x-unknown-charset")])
def test_labels_that_lie_or_are_missing(text, label):
    codec = {"big5": "big5"}.get(label, "gbk" if label != "utf-8" else "utf-8")
    data = text.encode(codec)
    if label == "utf-8":
        data = text.encode("gbk")                    # declared utf-8, sent as GBK: still read right
    assert decode_bytes(data, label) == text


def test_quoted_printable_and_base64_bodies():
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["Subject"] = "a@xinghe.cn", "纪要"
    msg.set_content("1. 王芳：提交方案，10月12日前\n" * 20, cte="quoted-printable")
    assert decode(msg.as_bytes()).plain.count("王芳：提交方案") == 20
    msg.set_content("2. 李强：升级固件\n", cte="base64")
    assert decode(msg.as_bytes()).plain == "2. 李强：升级固件"


OUTLOOK = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset=gb2312>
<style><!-- p.MsoNormal {margin:0cm; font-family:宋体} --></style></head><body>
<p class=MsoListParagraph><![if !supportLists]><span>1.<span style='font:7.0pt'>&nbsp;&nbsp;</span></span><![endif]>
王芳：提交方案终稿<o:p></o:p></p>
<!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit"/></xml><![endif]-->
<p class=MsoNormal>下次会议：<span style='display:none'>隐藏</span>10月17日&nbsp;14:00<o:p></o:p></p>
</body></html>"""


def test_outlook_html_keeps_word_list_numbers_and_drops_styles_and_hidden_text():
    text, tables = html_to_text(OUTLOOK)
    assert text.splitlines() == ["1. 王芳：提交方案终稿", "下次会议：10月17日 14:00"]
    assert tables == ()


def test_merged_cells_are_expanded_and_layout_tables_read_as_blocks():
    markup = """<table><tr><td>
      <p>会议纪要</p>
      <table border=1>
        <tr><th>事项</th><th colspan=2>负责信息</th></tr>
        <tr><td>提交方案</td><td rowspan=2>市场部</td><td>王芳</td></tr>
        <tr><td>确认报价</td><td>赵敏</td></tr>
      </table>
    </td></tr></table>"""
    text, tables = html_to_text(markup)
    assert tables == ((("事项", "负责信息", "负责信息"), ("提交方案", "市场部", "王芳"), ("确认报价", "市场部", "赵敏")),)
    assert text.splitlines() == ["会议纪要", "事项 | 负责信息 | 负责信息", "提交方案 | 市场部 | 王芳", "确认报价 | 市场部 | 赵敏"]


def test_html_lists_get_their_numbers():
    text, _ = html_to_text("<ol><li>提交方案</li><li>2. 已编号</li></ol><ul><li>要点</li></ul>")
    assert text.splitlines() == ["1. 提交方案", "2. 已编号", "- 要点"]


def docx_bytes(paragraphs, table=None, numbered=False) -> bytes:
    import docx
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text, style="List Number" if numbered else None)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def with_attachment(data: bytes, filename: str, maintype="application", subtype="octet-stream") -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["Subject"] = "a@xinghe.cn", "纪要见附件"
    msg.set_content("纪要见附件。")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def test_minutes_in_a_docx_attachment_with_numbers_and_a_table():
    data = docx_bytes(["王芳：提交方案", "李强：升级固件"], table=[("事项", "负责人"), ("确认报价", "赵敏")], numbered=True)
    mail = decode(with_attachment(data, "会议纪要.docx"))
    assert mail.attachments[0].filename == "会议纪要.docx"
    assert mail.attachment_text.splitlines() == ["1. 王芳：提交方案", "2. 李强：升级固件", "事项 | 负责人", "确认报价 | 赵敏"]
    assert (("事项", "负责人"), ("确认报价", "赵敏")) in mail.tables


def test_a_zip_bomb_docx_is_not_opened_and_says_why():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("word/document.xml", b"\0" * 60_000_000)
    mail = decode(with_attachment(out.getvalue(), "纪要.docx"))
    assert mail.attachment_text == ""
    assert any("zip bomb" in w for w in mail.warnings)


def test_a_txt_attachment_in_gbk_and_a_forwarded_eml():
    mail = decode(with_attachment("1. 王芳：提交方案".encode("gbk"), "纪要.txt", "text", "plain"))
    assert "1. 王芳：提交方案" in mail.attachment_text
    inner = EmailMessage(policy=SMTP)
    inner["From"], inner["Subject"] = "b@xinghe.cn", "会议纪要：周会"
    inner.set_content("2. 李强：升级固件，10月15日前")
    outer = EmailMessage(policy=SMTP)
    outer["From"], outer["Subject"] = "a@xinghe.cn", "FW: 会议纪要：周会"
    outer.set_content("转发")
    outer.add_attachment(inner)
    mail = decode(outer.as_bytes())
    assert "主题: 会议纪要：周会" in mail.attachment_text and "2. 李强：升级固件" in mail.attachment_text


def test_a_calendar_part_gives_its_method():
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["Subject"] = "a@xinghe.cn", "Accepted: 跟进会"
    msg.set_content("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nEND:VCALENDAR\r\n", subtype="calendar")
    mail = decode(msg.as_bytes())
    assert mail.calendar_method == "REPLY" and "METHOD:REPLY" in mail.calendar


@pytest.mark.parametrize("raw", [b"", b"\x89PNG\r\n\x1a\n\0\0", b"just some words\nand more"])
def test_bytes_that_are_not_mail(raw):
    with pytest.raises(MailError):
        decode(raw)


def test_absurd_nesting_and_broken_base64_leave_warnings_not_errors():
    body = b""
    for depth in range(40):
        body = (f"Content-Type: multipart/mixed; boundary=b{depth}\r\n\r\n--b{depth}\r\n").encode() + body + \
            f"\r\n--b{depth}--\r\n".encode()
    mail = decode(HEAD + body)
    assert any("nested" in w for w in mail.warnings)
    broken = decode(raw_mail(b"Content-Transfer-Encoding: base64\r\n", b"5Lya6K6u!!!*&^"))
    assert isinstance(broken.plain, str)


def auto(headers: str, subject: str = "Re: 会议纪要", sender: str = "wangfang@xinghe.cn") -> str | None:
    raw = f"From: {sender}\r\nSubject: {subject}\r\n{headers}Content-Type: text/plain\r\n\r\nhi".encode()
    return auto_reason(decode(raw), "minutes@xinghe.cn")


@pytest.mark.parametrize("headers, subject, sender", [
    ("Auto-Submitted: auto-replied\r\n", "Re: 会议纪要", "wangfang@xinghe.cn"),
    ("Precedence: bulk\r\n", "Re: 会议纪要", "wangfang@xinghe.cn"),
    ("Return-Path: <>\r\n", "Re: 会议纪要", "wangfang@xinghe.cn"),
    ("", "Undelivered Mail Returned to Sender", "MAILER-DAEMON@xinghe.cn"),
    ("", "自动回复: 会议纪要", "wangfang@xinghe.cn"),
    ("", "系统退信/The email is returned", "system@qq.com"),
    ("List-Id: <team.xinghe.cn>\r\n", "Re: 会议纪要", "wangfang@xinghe.cn"),
    ("X-Mailer: minutebot\r\n", "Re: 会议纪要", "minutes@xinghe.cn"),
    ("X-Autoreply: yes\r\n", "休假", "wangfang@xinghe.cn"),
])
def test_machine_mail_is_recognised(headers, subject, sender):
    assert auto(headers, subject, sender)


def test_outlook_suppress_header_alone_and_auto_submitted_no_are_people():
    assert auto("X-Auto-Response-Suppress: All\r\n") is None
    assert auto("Auto-Submitted: no\r\n") is None
    assert auto("", subject="关于自动回复功能的会议纪要") is None


@pytest.mark.parametrize("value", [
    "王芳 <wangfang@xinghe.cn>, 李强 <liqiang@xinghe.cn>", '"Zhang, Wei" <zw@x.cn>', "a@b.cn, c@d.cn",
    '"王芳"<w@x.cn>;', "Bob (comment) <b@x.cn>", "undisclosed-recipients:;", "Name <a@b.cn> , Other <c@d.cn>",
    "Dr. Wang Fang <w@x.cn>", " x " * 1300, "a@" * 1999, "a " * 1999 + "<", "n <" + "a@" * 1990 + ">"])
def test_address_lists_read_as_the_stdlib_reads_them(value):
    from email.utils import getaddresses
    from parsers.mail.addresses import pairs as _pairs
    value = " ".join(value.split())
    assert _pairs([value]) == getaddresses([value])
