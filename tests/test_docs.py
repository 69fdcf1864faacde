"""The docs cannot drift from the code: every command, config key and template is documented or complete."""
import re
from dataclasses import fields
from pathlib import Path

from minutebot.cli import COMMANDS
from minutebot.config import SECTIONS
from minutebot.scaffold import default_file

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"                     # package data, installed with the wheel


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
    names = {p.relative_to(TEMPLATES / "zh").as_posix() for p in (TEMPLATES / "zh").iterdir()}
    assert names == {p.name for p in (TEMPLATES / "en").iterdir()}
    mails = {n.split(".")[0] for n in names if n.endswith(".subject")}
    for name in mails:
        assert {f"{name}.txt", f"{name}.html"} <= names, name


def test_every_template_the_code_uses_exists():
    used = set()
    for path in (ROOT / "minutebot").glob("*.py"):
        used |= set(re.findall(r'template="(\w+)"', path.read_text(encoding="utf-8")))
    used |= {"reminder", "chase", "escalation"}                    # chasing.py passes these by variable
    for name in used:
        assert (TEMPLATES / "zh" / f"{name}.subject").exists(), name


# --- commands, options, config keys, reply words and the systemd unit, against their docs ---------------------------
def _subcommands():
    from minutebot.cli import build_parser
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return sub.choices


def test_every_command_option_is_documented():
    """Each option of each command appears on that command's line in the README or docs/usage.md."""
    lines = [l for doc in ("README.md", "docs/usage.md") for l in (ROOT / doc).read_text(encoding="utf-8").splitlines()]
    everywhere = {"--config", "-v"}            # taken by every command, before or after it: documented once
    assert any("Every command takes `--config FILE`" in l and "`-v`" in l for l in lines)
    for name, parser in _subcommands().items():
        documented = " ".join(l for l in lines if f"`minutebot {name}" in l)
        for action in parser._actions:
            if action.option_strings and "--help" not in action.option_strings \
                    and not everywhere & set(action.option_strings):
                written = [o for o in action.option_strings if re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", documented)]
                assert written, f"minutebot {name} {action.option_strings[-1]} is not documented"


def test_every_config_key_is_in_the_configuration_reference():
    text = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    for section, cls in SECTIONS.items():
        part = text.split(f"## [{section}]", 1)
        assert len(part) == 2, f"docs/configuration.md has no ## [{section}] section"
        body = part[1].split("\n## ", 1)[0]
        for field in fields(cls):
            assert f"| `{field.name}` |" in body, f"{section}.{field.name} missing from docs/configuration.md"


REPLY_INTENTS = {"confirm": "confirm", "object (with a reason)": "object", "report done": "done",
                 "report progress": "progress", "ask for more time": "extend"}


def _reply_table():
    text = (ROOT / "docs" / "usage.md").read_text(encoding="utf-8")
    rows = [l for l in text.split("## 2.", 1)[1].split("\n## ", 1)[0].splitlines() if l.startswith("| ")]
    for row in rows[2:]:
        label, zh, en = (cell.strip() for cell in row.strip("|").split("|"))
        yield REPLY_INTENTS[label], [e.strip() for e in f"{zh} / {en}".split(" / ")]


def test_the_documented_reply_words_do_what_the_table_says():
    from datetime import datetime, timedelta, timezone
    from parsers.replies.reader import parse_reply
    from parsers.dates.workdays import WorkdayCalendar
    sent = datetime(2024, 10, 10, 15, 0, tzinfo=timezone(timedelta(hours=8)))
    table = list(_reply_table())
    assert [intent for intent, _ in table] == list(REPLY_INTENTS.values())
    for intent, examples in table:
        for example in examples:
            assert parse_reply(example, sent, WorkdayCalendar()).intent == intent, (example, intent)


def test_the_documented_non_commands_change_nothing():
    from datetime import datetime, timedelta, timezone
    from parsers.replies.reader import parse_reply
    from parsers.dates.workdays import WorkdayCalendar
    sent = datetime(2024, 10, 10, 15, 0, tzinfo=timezone(timedelta(hours=8)))
    for text in ("还没完成", "未完成", "明天完成", "not done yet", "will be done", "第2项完成了吗？", "完成目标的92%"):
        assert parse_reply(text, sent, WorkdayCalendar()).intent == "unknown", text


def test_the_systemd_unit_runs_a_command_that_exists():
    import shlex
    from minutebot.cli import COMMANDS, build_parser
    unit = (ROOT / "deploy" / "minutebot.service").read_text(encoding="utf-8")
    [start] = [l.split("=", 1)[1] for l in unit.splitlines() if l.startswith("ExecStart=")]
    program, *args = shlex.split(start)
    assert Path(program).name == "minutebot" and program.endswith("/.venv/bin/minutebot")   # as scripts/setup.sh makes it
    parsed = build_parser().parse_args(args)
    assert parsed.command == "run" and parsed.command in COMMANDS
    assert "[Install]" in unit and "WantedBy=multi-user.target" in unit
    for path in ("EnvironmentFile=/etc/minutebot/env", "ReadWritePaths=/var/lib/minutebot"):
        assert path in unit
