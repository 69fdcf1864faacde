"""The project carries its own reference: no page points outside the repository, and docs/reference.md names every
command, every config section and every mail the bot sends."""
import re
from pathlib import Path

from minutebot.cli import COMMANDS
from minutebot.config import SECTIONS

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", ROOT / "SECURITY.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_no_page_points_outside_the_repository():
    for page in PAGES:
        assert "../shared" not in page.read_text(encoding="utf-8"), page.name


def test_every_relative_link_in_the_docs_exists():
    for page in PAGES:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if not target.startswith(("http://", "https://", "mailto:")):
                assert (page.parent / target).exists(), f"{page.name} links to missing {target}"


def test_the_reference_names_every_command_section_and_mail():
    text = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"`minutebot {name}" in text, name
    for section in SECTIONS:
        assert f"`[{section}]`" in text, section
    for subject in (ROOT / "templates" / "zh").glob("*.subject"):
        assert f"(`{subject.stem}`" in text, subject.stem
    for key in ("message_id", "kind", "meeting", "items", "reply", "due_text", "flags", "next_followup"):
        assert f'"{key}"' in text, key
