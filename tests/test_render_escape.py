"""compose._escape (Markup passed through, not copied) writes the same text as Jinja's own escape: every mail of a
simulated week (recap, reminder, chase, escalation, digest, weekly, window result) in zh and en, with hostile task
text, owner notes and names, rendered both ways."""
import jinja2
import pytest

from mailer import compose
from test_html_render import MINUTES, week_of_mail

HOSTILE = (MINUTES.replace("提交渠道活动方案终稿", "提交<script>alert('x')</script>方案 & \"终稿\"")
                  .replace("确认展台物料报价", "确认<b>报价</b> &amp; {{ 7*7 }} <!-- x -->"))


@pytest.mark.parametrize("language", ("zh", "en"))
def test_every_mail_of_a_week_renders_as_with_jinjas_escape(tmp_path, monkeypatch, language):
    reference = compose.Composer()
    reference.env.template_class = jinja2.Template            # Jinja's stock template: markupsafe.escape throughout
    compared = []
    render = compose.Composer.render

    def both(self, name, lang, context):
        ours = render(self, name, lang, context)
        assert ours == render(reference, name, lang, context), name
        assert type(self.templates[f"{lang}/{name}.html"]) is compose._Template
        compared.append(name)
        return ours
    monkeypatch.setattr(compose.Composer, "render", both)
    monkeypatch.setattr("test_html_render.MINUTES", HOSTILE)
    found = week_of_mail(tmp_path / "bot", language)
    assert {"recap", "reminder", "chase", "escalation", "digest", "weekly"} <= set(compared)
    html = found["recap"].get_body(("html",)).get_content()
    assert "&lt;script&gt;" in html and "<script>" not in html and "&amp;amp;" in html
