"""read_html gives, from one walk, the text_of text and the tables_of tables (or None where they could differ)."""
import pytest

from parsers.mail.htmltext import parse_html, read_html, tables_of, text_of

TABLE = "<table><tr><td rowspan=2>王芳</td><td>提交方案</td></tr><tr><td>10月12日前</td></tr></table>"
LAYOUT = f"<table><tr><td style='display:none'>{TABLE}</td><td><p>正文</p>{TABLE}</td></tr></table>"


@pytest.mark.parametrize("markup", [
    f"<p>各位好</p>{TABLE}<p>谢谢</p>",
    f"<div>{TABLE}</div><div style='display:none'>{TABLE}</div>{TABLE.replace('王芳', '张伟')}",
    "<p>只有文字，没有表格</p>",
    f"<table><tr><td>单列</td></tr></table>{TABLE}",
])
def test_tables_from_the_text_walk_are_tables_of(markup):
    root = parse_html(markup)
    text, tables = read_html(root)
    assert text == text_of(root)
    assert tables == tables_of(root)


def test_a_layout_table_or_a_spent_line_budget_leaves_the_tables_to_tables_of():
    root = parse_html(LAYOUT)
    assert read_html(root)[1] is None and tables_of(root)
    many = parse_html("".join(f"<p>第{n}行</p>" for n in range(50)) + TABLE)
    assert read_html(many, lines=10)[1] is None and tables_of(many, 1000)


def test_nothing_to_read():
    assert read_html(None) == ("", ())
