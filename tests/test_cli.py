"""The commands as a user types them (SPEC section 3), run through main() in a temp folder."""
import json
import logging
import os
import re
import subprocess
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from conftest import MINUTES, mail
from minutebot.cli import build_parser, main


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MINUTEBOT_CONFIG", raising=False)
    return tmp_path


def test_demo_in_an_empty_folder_leaves_a_threaded_recap(here, capsys):
    assert main(["demo"]) == 0
    sent = [message_from_bytes(p.read_bytes(), policy=default)
            for p in (here / "minutebot-demo" / "minutebot-data" / "outbox" / "new").iterdir()]
    assert sorted(m["Subject"][:3] for m in sent) == ["Re:", "【会议"]     # the recap and the follow-up invitation
    [recap] = [m for m in sent if m["Subject"].startswith("Re:")]
    [minutes] = (here / "minutebot-demo" / "minutebot-data" / "inbox" / ".Processed" / "cur").iterdir()
    assert recap["In-Reply-To"] == message_from_bytes(minutes.read_bytes(), policy=default)["Message-ID"]
    text = recap.get_body(("plain",)).get_content()
    assert re.search(r"如有异议请于.*\d\d:\d\d前）?回复", text)           # today's cut-off, or the next working day's
    assert "如有异议请于" in capsys.readouterr().out
    assert main(["demo"]) == 2                                  # a second demo in the same folder: clear refusal


def test_tick_on_the_embedded_default(here, capsys):
    inbox = here / "minutebot-data" / "inbox"
    inbox.mkdir(parents=True)
    (inbox / "minutes.eml").write_bytes(mail(MINUTES))          # a loose file dropped into the Maildir
    assert main(["tick", "--now", "2024-10-10T15:05:00+08:00"]) == 0
    assert "handled 1 message(s)" in capsys.readouterr().out
    assert len(list((here / "minutebot-data" / "outbox" / "new").iterdir())) == 1
    assert main(["tick", "--now", "2024-10-10T15:06:00+08:00"]) == 0
    assert len(list((here / "minutebot-data" / "outbox" / "new").iterdir())) == 1


def test_items_in_every_format(here, capsys):
    (here / "minutebot-data" / "inbox").mkdir(parents=True)
    (here / "minutebot-data" / "inbox" / "m.eml").write_bytes(mail(MINUTES))
    main(["tick", "--now", "2024-10-10T15:05:00+08:00"])
    capsys.readouterr()
    assert main(["items", "--format", "json", "--status", "all"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["number"] for r in rows] == [1, 2, 3]
    assert rows[0]["history"][0]["action"] == "item_created"
    assert main(["items", "--format", "csv", "-v"]) == 0                     # a global option after the command
    assert capsys.readouterr().out.splitlines()[0].startswith("meeting_id,number,task")
    assert main(["items"]) == 0
    assert "提交活动方案终稿" in capsys.readouterr().out
    assert main(["items", "--format", "xlsx", "-o", "items.xlsx"]) == 0
    assert (here / "items.xlsx").stat().st_size > 0


def test_parse_prints_json_and_an_error_line_for_a_bad_file(here, capsys):
    (here / "m.eml").write_bytes(mail(MINUTES))
    assert main(["parse", "m.eml"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["kind"] == "minutes" and len(doc["items"]) == 3
    assert main(["parse", "--jsonl", "m.eml", "missing.eml", "m.eml"]) == 2
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [("error" in line) for line in lines] == [False, True, False]
    assert lines[1]["file"] == "missing.eml"


def test_init_writes_a_commented_config_once(here, capsys):
    assert main(["init"]) == 0
    assert "[policy]" in (here / "minutebot.toml").read_text(encoding="utf-8")
    assert main(["init"]) == 2
    assert "already exists" in capsys.readouterr().err


def test_a_broken_config_is_one_line_and_exit_2(here, capsys):
    (here / "minutebot.toml").write_text('[bot]\nlanguage = "fr"\n', encoding="utf-8")
    assert main(["tick"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bot.language" in err and "Traceback" not in err


def test_check_on_the_embedded_default(here, capsys):
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "Maildir inbox ok" in out and "Maildir outbox ok" in out


def test_every_command_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == {"run", "tick", "parse", "items", "backfill", "demo", "init", "check", "backup",
                                  "migrate"}
    assert all(action.help for action in sub._choices_actions)


# --- habits: options after the command, a closed pipe, log stamps in the bot's zone -------------------------------
REPO = Path(__file__).resolve().parent.parent
MINUTEBOT = REPO / ".venv" / "bin" / "minutebot"


def test_global_options_are_taken_after_the_command_too():
    parse = build_parser().parse_args
    assert (parse(["items"]).config, parse(["items"]).verbose) == (None, False)
    assert (parse(["--config", "a.toml", "-v", "items"]).config, parse(["-v", "items"]).verbose) == ("a.toml", True)
    after = parse(["items", "-v", "--config", "b.toml", "--format", "json"])
    assert (after.config, after.verbose, after.format) == ("b.toml", True, "json")
    assert parse(["--config", "a.toml", "check", "--config", "b.toml"]).config == "b.toml"   # the nearer one wins
    assert parse(["--config", "a.toml", "check"]).config == "a.toml"                        # not undone by the command


def test_check_reads_the_config_named_after_the_command(here, capsys):
    (here / "elsewhere.toml").write_text('[bot]\nlanguage = "fr"\n', encoding="utf-8")
    assert main(["check", "--config", str(here / "elsewhere.toml")]) == 2
    assert "bot.language" in capsys.readouterr().err
    assert main(["check", "-v"]) == 0                                          # the embedded default, debug logs


def many_items(count: int) -> str:
    lines = "\n".join(f"{n}. 王芳：整理第{n}批客户反馈并回复，10月{12 + n % 10}日前" for n in range(1, count + 1))
    return f"会议主题：客户反馈周会\n参会人员：陈明、王芳\n\n待办事项：\n{lines}\n"


def test_items_json_into_head_ends_quietly(here):
    inbox = here / "minutebot-data" / "inbox" / "new"
    inbox.mkdir(parents=True)
    for n in range(4):                                          # a few hundred KB of JSON: more than a pipe holds
        (inbox / f"m{n}.eml").write_bytes(mail(many_items(60), subject=f"会议纪要 {n}"))
    assert main(["tick", "--now", "2024-10-10T15:05:00+08:00"]) == 0
    shell = f'"{MINUTEBOT}" items --status all --format json 2>err.txt | head -1 > out.txt; echo "${{PIPESTATUS[0]}}"'
    done = subprocess.run(["bash", "-c", shell], cwd=here, capture_output=True, text=True, timeout=120)
    assert (here / "out.txt").read_text() == "[\n"
    assert (here / "err.txt").read_text() == ""                                  # no BrokenPipeError traceback
    assert done.stdout.strip() == "0"
    full = subprocess.run([str(MINUTEBOT), "items", "--status", "all", "--format", "json"], cwd=here,
                          capture_output=True, text=True, timeout=120)
    assert len(full.stdout) > 256 * 1024 and len(json.loads(full.stdout)) == 240    # the pipe really filled up


def test_log_lines_carry_the_bot_timezone_with_its_offset(here):
    inbox = here / "minutebot-data" / "inbox" / "new"
    inbox.mkdir(parents=True)
    (inbox / "m.eml").write_bytes(mail(MINUTES))
    env = {**os.environ, "TZ": "UTC"}                                            # the machine's zone is not the bot's
    done = subprocess.run([str(MINUTEBOT), "tick", "--now", "2024-10-10T15:05:00+08:00"], cwd=here, env=env,
                          capture_output=True, text=True, timeout=120)
    logged = [line for line in done.stderr.splitlines() if " INFO minutebot.inbound.intake: " in line]
    assert logged and all(re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+08:00 INFO ", line) for line in logged), \
        done.stderr
    stamp = datetime.fromisoformat(logged[0].split(" INFO ")[0])
    assert abs(stamp - datetime.now(timezone.utc)) < timedelta(minutes=10)      # the real time, in +08:00


def test_the_stamp_is_the_zone_local_time():
    from zoneinfo import ZoneInfo
    from minutebot.logsetup import ZonedFormatter
    record = logging.LogRecord("minutebot", logging.INFO, __file__, 1, "hello", (), None)
    record.created = datetime(2024, 10, 10, 7, 5, tzinfo=timezone.utc).timestamp()
    assert ZonedFormatter(tz=ZoneInfo("Asia/Shanghai")).format(record) == \
        "2024-10-10 15:05:00+08:00 INFO minutebot: hello"
    assert ZonedFormatter(tz=ZoneInfo("Europe/Berlin")).format(record).startswith("2024-10-10 09:05:00+02:00 ")
