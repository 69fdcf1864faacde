"""The layout's rules, held by tests: imports flow one way (minutebot -> parsers, mailer; parsers imports neither),
every module says in its docstring what it is for (the README's "to change… look in" table points at these
docstrings for the parsers' stages), and no module grows past 300 lines."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("parsers", "mailer", "minutebot")
MODULES = sorted(path for package in PACKAGES for path in (ROOT / package).rglob("*.py"))
MAX_LINES = 300


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    names |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module and not node.level}
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize("package, forbidden", [("parsers", {"minutebot", "mailer"}), ("mailer", {"minutebot"})])
def test_imports_flow_one_way(package, forbidden):
    wrong = {str(path.relative_to(ROOT)): sorted(_imported(path) & forbidden)
             for path in (ROOT / package).rglob("*.py") if _imported(path) & forbidden}
    assert wrong == {}


def test_every_module_says_what_it_is_for():
    missing = [str(path.relative_to(ROOT)) for path in MODULES
               if not (ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or "").strip()]
    assert missing == []


def test_no_module_passes_300_lines():
    long = {str(path.relative_to(ROOT)): n for path in MODULES
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
