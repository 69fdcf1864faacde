"""`minutebot check` as an admin meets it: one line per problem saying what and how to fix, exit 1 on any failure."""
import re
import socket
import textwrap

import pytest

from minutebot.cli import main

ROSTER = """name,email,department,manager_email,aliases
王芳,wangfang@example.cn,市场部,chenming@example.cn,王经理;Wendy
李强,liqiang,研发部,,李工
赵敏,zhaomin@example.cn,采购部,chenming(at)example.cn,
周华,wangfang@example.cn,研发部,,Wendy
,someone@example.cn,,,
"""


def closed_port() -> int:
    """A port on 127.0.0.1 that nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MINUTEBOT_CONFIG", raising=False)
    return tmp_path


def write_config(site, inbox="", outbox="", roster="roster.csv"):
    (site / "minutebot.toml").write_text(textwrap.dedent(f"""
        [bot]
        address = "minutes@example.cn"
        roster = "{roster}"
        [inbox]
        url = "{inbox}"
        password_env = "CHECK_IMAP_PASSWORD"
        [outbox]
        url = "{outbox}"
        """), encoding="utf-8")


def lines_of(capsys):
    return capsys.readouterr().out.splitlines()


def test_every_bad_roster_row_is_one_line(site, capsys):
    (site / "roster.csv").write_text(ROSTER, encoding="utf-8")
    write_config(site)
    assert main(["check"]) == 1
    failed = [l for l in lines_of(capsys) if l.startswith("roster")]
    assert failed == [
        "roster FAILED: roster.csv line 3 (李强): email 'liqiang' is not an address; write it like wangfang@example.cn",
        "roster FAILED: roster.csv line 4 (赵敏): manager_email 'chenming(at)example.cn' is not an address; "
        "escalations would go nowhere — fix it or leave it empty",
        "roster FAILED: roster.csv line 5 (周华): email wangfang@example.cn is already on line 2; keep one row per person",
        "roster FAILED: roster.csv line 6 (no name): the name column is empty; the row is ignored — write the "
        "person's name",
        "roster WARNING: roster.csv alias 'wendy' is given to 周华 and 王芳: minutes naming 'wendy' will match "
        "neither; keep it on one row"]


def test_a_good_roster_and_maildirs_pass(site, capsys):
    (site / "roster.csv").write_text(ROSTER.splitlines()[0] + "\n" + ROSTER.splitlines()[1] + "\n", encoding="utf-8")
    write_config(site)
    assert main(["check"]) == 0
    out = lines_of(capsys)
    assert "roster ok: 1 people" in out and not any("FAILED" in l for l in out)


def test_a_missing_roster_file_is_one_line(site, capsys):
    write_config(site, roster="people.csv")
    assert main(["check"]) == 1
    [line] = [l for l in lines_of(capsys) if l.startswith("roster")]
    assert line.startswith("roster FAILED: cannot read roster") and "people.csv" in line


def test_unreachable_servers_are_one_line_each(site, capsys, monkeypatch):
    monkeypatch.setenv("CHECK_IMAP_PASSWORD", "secret")
    write_config(site, roster="", inbox=f"imap://bot@127.0.0.1:{closed_port()}/INBOX",
                 outbox=f"smtp://127.0.0.1:{closed_port()}")
    assert main(["check"]) == 1
    out = lines_of(capsys)
    [inbox] = [l for l in out if l.startswith("inbox")]
    [outbox] = [l for l in out if l.startswith("outbox")]
    assert inbox.startswith("inbox FAILED: ") and "refused" in inbox
    assert outbox.startswith("outbox FAILED: ") and "refused" in outbox.lower()
    assert "Traceback" not in "\n".join(out)


def test_a_missing_imap_password_says_which_variable(site, capsys, monkeypatch):
    monkeypatch.delenv("CHECK_IMAP_PASSWORD", raising=False)
    write_config(site, roster="", inbox="imaps://bot@mail.example.cn/INBOX")
    assert main(["check"]) == 1
    [inbox] = [l for l in lines_of(capsys) if l.startswith("inbox")]
    assert "CHECK_IMAP_PASSWORD" in inbox


def test_wrong_password_and_missing_folder_on_a_real_server(dovecot, site, capsys, monkeypatch):
    write_config(site, roster="", inbox=f"imap://bot@127.0.0.1:{dovecot.port}/INBOX")
    monkeypatch.setenv("CHECK_IMAP_PASSWORD", "wrong")
    assert main(["check"]) == 1
    [inbox] = [l for l in lines_of(capsys) if l.startswith("inbox")]
    assert inbox.startswith("inbox FAILED: IMAP login failed")
    monkeypatch.setenv("CHECK_IMAP_PASSWORD", "botpw")
    write_config(site, roster="", inbox=f"imap://bot@127.0.0.1:{dovecot.port}/Minutes")
    assert main(["check"]) == 1
    [inbox] = [l for l in lines_of(capsys) if l.startswith("inbox")]
    assert inbox.startswith("inbox FAILED: ") and "'Minutes'" in inbox
    write_config(site, roster="", inbox=f"imap://bot@127.0.0.1:{dovecot.port}/INBOX")
    assert main(["check"]) == 0
    assert any(l.startswith("IMAP inbox ok") for l in lines_of(capsys))


def test_a_postgresql_store_is_reached_or_one_line_says_why(site, capsys, monkeypatch, postgres):
    write_config(site, roster="")
    url = postgres.database()
    with open(site / "minutebot.toml", "a", encoding="utf-8") as config:
        config.write(f'[store]\nurl = "{url}"\n')
    main(["check"])
    [line] = [l for l in lines_of(capsys) if l.startswith("store")]
    assert re.fullmatch(rf"store ok: {re.escape(url)} \(schema m\d{{3}}_\w+\)", line), line   # the latest migration
    monkeypatch.setenv("MINUTEBOT_DB_PASSWORD", "wrong")
    assert main(["check"]) == 1
    [line] = [l for l in lines_of(capsys) if l.startswith("store")]
    assert line.startswith("store FAILED: database postgresql://") and "password" in line and "wrong" not in line
