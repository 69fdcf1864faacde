"""The docs cannot drift from the code: every command, config key and template is documented or complete."""
import re
from dataclasses import fields
from pathlib import Path

from minutebot.cli import COMMANDS
from minutebot.config import SECTIONS
from minutebot.scaffold import default_file

ROOT = Path(__file__).resolve().parent.parent


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"`minutebot {name}" in readme, name


def test_readme_starts_with_the_two_commands():
    lines = [l for l in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if l.strip()]
    assert lines[2].startswith("bash scripts/demo.sh") and lines[3].startswith("bash scripts/test.sh")
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text()


def test_every_config_key_is_explained_in_the_init_file():
    text = default_file("minutebot.toml")
    for section, cls in SECTIONS.items():
        assert f"[{section}]" in text
        for field in fields(cls):
            line = next((l for l in text.splitlines() if l.startswith(f"{field.name} =")), None)
            assert line is not None, f"{section}.{field.name} missing from minutebot/defaults/minutebot.toml"
            assert "#" in line, f"{section}.{field.name} has no comment"


def test_every_template_exists_in_both_languages_with_all_parts():
    names = {p.relative_to(ROOT / "templates" / "zh").as_posix() for p in (ROOT / "templates" / "zh").iterdir()}
    assert names == {p.name for p in (ROOT / "templates" / "en").iterdir()}
    mails = {n.split(".")[0] for n in names if n.endswith(".subject")}
    for name in mails:
        assert {f"{name}.txt", f"{name}.html"} <= names, name


def test_every_template_the_code_uses_exists():
    used = set()
    for path in (ROOT / "minutebot").glob("*.py"):
        used |= set(re.findall(r'template="(\w+)"', path.read_text(encoding="utf-8")))
    used |= {"reminder", "chase", "escalation"}                    # chasing.py passes these by variable
    for name in used:
        assert (ROOT / "templates" / "zh" / f"{name}.subject").exists(), name
