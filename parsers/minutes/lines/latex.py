"""Minutes pasted from a LaTeX editor (Overleaf) read as the plain text they show: '\\item \\textbf{蒋宇航}：…' is a bullet
line '- 蒋宇航：…', '\\subsection*{Action items}' a heading, the environments' own lines are dropped.

    plain_latex('\\\\begin{itemize}\\n  \\\\item \\\\textbf{A}：写报告 \\\\hfill 截止：1月16日\\n\\\\end{itemize}')
        -> '\\n  - A：写报告   截止：1月16日\\n'
"""
from __future__ import annotations

import re

ENVIRONMENT = re.compile(r"^[ \t]*\\(?:begin|end)\{[^{}\n]*\}[ \t]*$", re.M)       # \begin{itemize}, \end{enumerate}
ITEM = re.compile(r"\\item(?:\[[^\]\n]*\])?[ \t]*")                                # \item, \item[a)]
SECTIONING = re.compile(r"\\(?:section|subsection|subsubsection|paragraph|chapter)\*?\{([^{}\n]*)\}")
STYLED = re.compile(r"\\(?:textbf|textit|emph|underline|texttt|textsc|mbox|text)\{([^{}\n]*)\}")
SPACING = re.compile(r"\\(?:hfill|quad|qquad|medskip|smallskip|bigskip|noindent|newline)\b|\\\\")
ESCAPED = re.compile(r"\\([%&_#$])")
MARKUP = re.compile(r"\\(?:item|textbf|textit|emph|begin\{|section|subsection)")   # a look before the rewrites


def plain_latex(text: str) -> str:
    """The text with LaTeX list and emphasis markup replaced by what it shows; text without such markup as it is."""
    if "\\" not in text or not MARKUP.search(text):
        return text
    text = ENVIRONMENT.sub("", text)
    text = SECTIONING.sub(r"\1", text)
    for _ in range(3):                               # \textbf{\emph{…}}: nested a few deep at the most
        text = STYLED.sub(r"\1", text)
    text = ITEM.sub("- ", text)
    text = SPACING.sub("  ", text)
    return ESCAPED.sub(r"\1", text).replace("--", "-")
