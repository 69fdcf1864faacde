"""Templates whose `{{ s.NAME }}` (a constant of templates/_styles.html) is written in as its text when loaded.

A style is the same in every mail, yet each `{{ s.p }}` cost a lookup, an escape and a yield of its own through
every template that includes it (an escalation of one item yields ~66 pieces); written into the source, it joins the
static text around it, which jinja then yields as one piece. The output is the same text: the value written is what
the expression rendered (escaped, as autoescape does in .html). Only .html templates that import _styles.html as
`s` are touched, only for names bound to a string with no template syntax in it; anything else renders as before.
A template left with no use of `s` loses its import too (with the newline trim_blocks would have dropped after it).
"""
from __future__ import annotations

import re

from jinja2 import FileSystemLoader
from markupsafe import escape

STYLES = "_styles.html"
IMPORT = '{% import "_styles.html" as s %}'
REFERENCE = re.compile(r"\{\{ s\.([A-Za-z_]\w*) \}\}")
SYNTAX = re.compile(r"[{}]")
USES = re.compile(r"\bs\.")                            # anything still read from the module (s.item_cells[0])


class InlineStylesLoader(FileSystemLoader):
    """A FileSystemLoader that writes each constant style into the templates importing _styles.html as `s`."""

    def __init__(self, searchpath: str):
        super().__init__(searchpath)
        self.styles: dict[str, str] | None = None          # name -> text as an HTML template writes it

    def get_source(self, environment, template: str):
        source, filename, uptodate = super().get_source(environment, template)
        if template == STYLES or not template.endswith(".html") or IMPORT not in source:
            return source, filename, uptodate
        styles = self._styles(environment)
        source = REFERENCE.sub(lambda found: styles.get(found[1], found[0]), source)
        if not USES.search(source):                # every style written in: the import has nothing left to give
            source = source.replace(IMPORT + "\n", "", 1).replace(IMPORT, "", 1)
        return source, filename, uptodate

    def _styles(self, environment) -> dict[str, str]:
        """The constants of _styles.html that can be written in, made once from its module."""
        if self.styles is None:
            module = environment.get_template(STYLES).module
            self.styles = {name: text for name, value in vars(module).items() if isinstance(value, str)
                           for text in [str(escape(value))] if text and not SYNTAX.search(text)}
        return self.styles
