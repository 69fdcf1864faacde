"""mailer/inline_styles.py: a style constant written into the template source renders the same text as the `{{ s.NAME }}`
it replaces — every mail of a simulated week, in zh and en, with hostile task text, compared with templates loaded
as they are on disk — and only constants are written in."""
import jinja2
import pytest

from mailer import compose
from mailer.inline_styles import InlineStylesLoader
from test_render_escape import HOSTILE
from test_html_render import week_of_mail


@pytest.mark.parametrize("language", ("zh", "en"))
def test_every_mail_of_a_week_renders_as_from_the_templates_on_disk(tmp_path, monkeypatch, language):
    reference = compose.Composer()
    reference.env.loader = jinja2.FileSystemLoader(str(compose.TEMPLATES_DIR))
    compared = []
    render = compose.Composer.render

    def both(self, name, lang, context):
        ours = render(self, name, lang, context)
        assert ours == render(reference, name, lang, context), name
        compared.append(name)
        return ours
    monkeypatch.setattr(compose.Composer, "render", both)
    monkeypatch.setattr("test_html_render.MINUTES", HOSTILE)
    week_of_mail(tmp_path / "bot", language)
    assert {"recap", "reminder", "chase", "escalation", "digest", "weekly"} <= set(compared)


def source(loader, name):
    return loader.get_source(jinja2.Environment(loader=loader), name)[0]


def test_the_styles_an_escalation_names_are_written_into_its_source():
    loader = InlineStylesLoader(str(compose.TEMPLATES_DIR))
    for name in ("zh/escalation.html", "zh/_layout.html", "en/_owner_items.html"):
        assert "{{ s." not in source(loader, name) and "font-size:" in source(loader, name), name
    assert "s.item_cells[" in source(loader, "zh/_owner_items.html")       # a list, not a constant: left as it is
    assert "_styles.html" in source(loader, "zh/_owner_items.html")             # so its import stays
    assert "_styles.html" not in source(loader, "zh/escalation.html")           # nothing left to import


def test_only_string_constants_of_templates_importing_the_styles_as_s_are_written_in(tmp_path):
    (tmp_path / "_styles.html").write_text('{% set p = "margin:0;"|safe %}{% set q = "a<b" %}{% set n = 3 %}'
                                           '{% set brace = "{x}" %}', encoding="utf-8")
    (tmp_path / "a.html").write_text('{% import "_styles.html" as s %}{{ s.p }}|{{ s.q }}|{{ s.n }}|{{ s.brace }}',
                                     encoding="utf-8")
    (tmp_path / "b.html").write_text('{% import "_styles.html" as t %}{{ s.p }}', encoding="utf-8")
    (tmp_path / "c.txt").write_text('{% import "_styles.html" as s %}{{ s.q }}', encoding="utf-8")
    (tmp_path / "d.html").write_text('{% import "_styles.html" as s %}\n<p style="{{ s.p }}">', encoding="utf-8")
    loader = InlineStylesLoader(str(tmp_path))
    assert source(loader, "a.html") == '{% import "_styles.html" as s %}margin:0;|a&lt;b|{{ s.n }}|{{ s.brace }}'
    assert source(loader, "b.html") == '{% import "_styles.html" as t %}{{ s.p }}'
    assert source(loader, "c.txt") == '{% import "_styles.html" as s %}{{ s.q }}'
    assert source(loader, "d.html") == '<p style="margin:0;">'
    env = jinja2.Environment(loader=loader, autoescape=True)
    assert env.get_template("a.html").render() == "margin:0;|a&lt;b|3|{x}"
