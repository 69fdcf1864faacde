"""The database and its folder (issue 16, points 8, 9, 12): ids unique per database, a data dir nobody else can write,
no symlinked database, one line (never a traceback) for a database that cannot be opened."""
from datetime import timedelta

from conftest import MINUTES, Bot, mail
from test_security import reply


def test_a_new_database_with_the_same_secret_repeats_no_message_id_and_honours_no_old_token(tmp_path, now, monkeypatch):
    monkeypatch.setenv("MINUTEBOT_SECRET", "one-secret-for-years")
    (tmp_path / "old").mkdir(), (tmp_path / "new").mkdir()
    old, new = Bot(tmp_path / "old"), Bot(tmp_path / "new")
    try:
        old.drop(mail(MINUTES, message_id="<first@xinghe.cn>"))
        old.tick(now)
        [old_recap] = old.sent()
        new.drop(mail(MINUTES.replace("产品周会", "另一个会"), message_id="<second@xinghe.cn>"))
        new.tick(now)
        [new_recap] = new.sent()
        assert old_recap["Message-ID"] != new_recap["Message-ID"]
        assert old_recap["Reply-To"] != new_recap["Reply-To"]
        # a reply to the old database's recap reaches the new database: it names no meeting there
        new.drop(reply("第1项已完成", "王芳 <wangfang@xinghe.cn>", to=old_recap["Reply-To"].addresses[0].addr_spec,
                       subject="Re: 别的事", in_reply_to=old_recap["Message-ID"], when=now + timedelta(minutes=5)))
        new.tick(now + timedelta(minutes=10))
        assert [i["status"] for i in new.items()] == ["pending"] * 3
    finally:
        old.app.close()
        new.app.close()


def test_the_same_key_composed_twice_gets_two_message_ids(bot):
    """A restored backup reuses meeting ids: the random part keeps each composed mail's Message-ID new."""
    from minutebot.workflow import tokens
    from minutebot.workflow.mails import message_id
    token = tokens.make_token(bot.app.secret, 1)
    assert message_id(bot.app, "recap:1:v1", token) != message_id(bot.app, "recap:1:v1", token)


# --- the data dir (point 9) and a database that cannot be opened (point 12) ------------------------------------------
def run_cli(root, *args):
    """`minutebot ARGS` in a child process, as an admin runs it: (exit code, stdout, stderr)."""
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-m", "minutebot", "--config", str(root / "minutebot.toml"), *args],
                         capture_output=True, text=True, timeout=120)
    return out.returncode, out.stdout, out.stderr


def a_setup(root):
    """A config and roster in `root` whose data dir has not been made yet."""
    root.mkdir(exist_ok=True)
    (root / "roster.csv").write_text("name,email,department,manager_email,aliases\n", encoding="utf-8")
    (root / "minutebot.toml").write_text('[bot]\naddress = "minutes@xinghe.cn"\nroster = "roster.csv"\n'
                                         'allowed_domains = ["xinghe.cn"]\n', encoding="utf-8")
    return root / "minutebot-data"


def test_the_data_dir_is_made_private_and_the_database_too(tmp_path):
    data = a_setup(tmp_path / "bot")
    code, _, err = run_cli(tmp_path / "bot", "tick", "--now", "2024-10-10T15:00")
    assert code == 0, err
    assert data.stat().st_mode & 0o777 == 0o700
    assert (data / "minutebot.db").stat().st_mode & 0o777 == 0o600


def test_a_data_dir_others_can_write_is_refused_at_start_and_by_check(tmp_path):
    """Someone planted a database with queued mail in a world-writable folder: nothing of it is adopted or sent."""
    import sqlite3
    data = a_setup(tmp_path / "bot")
    data.mkdir()
    data.chmod(0o777)
    sqlite3.connect(data / "minutebot.db").execute("CREATE TABLE planted (x)").connection.commit()
    code, out, err = run_cli(tmp_path / "bot", "tick", "--now", "2024-10-10T15:00")
    assert code == 1 and "Traceback" not in err
    assert [line for line in err.splitlines() if line.startswith("minutebot:")] == [err.strip().splitlines()[-1]]
    assert "can be written by others (mode 0777)" in err and "chmod 700" in err
    assert not (data / "outbox").exists()
    code, out, _ = run_cli(tmp_path / "bot", "check")
    assert code == 1 and any(line.startswith("data dir FAILED: data dir") for line in out.splitlines())


def test_a_symlinked_database_is_refused_and_its_target_left_alone(tmp_path):
    data = a_setup(tmp_path / "bot")
    data.mkdir(mode=0o700)
    victim = tmp_path / "precious.txt"
    victim.write_text("do not overwrite", encoding="utf-8")
    (data / "minutebot.db").symlink_to(victim)
    code, _, err = run_cli(tmp_path / "bot", "tick", "--now", "2024-10-10T15:00")
    assert code == 1 and "Traceback" not in err and "is a symlink" in err
    assert victim.read_text(encoding="utf-8") == "do not overwrite"


def test_a_corrupt_database_at_start_is_one_line_not_a_traceback(tmp_path):
    data = a_setup(tmp_path / "bot")
    data.mkdir(mode=0o700)
    (data / "minutebot.db").write_bytes(b"this is not a database at all " * 200)
    for command in (["tick", "--now", "2024-10-10T15:00"], ["items"]):
        code, _, err = run_cli(tmp_path / "bot", *command)
        assert code in (1, 2) and "Traceback" not in err, err
        assert err.strip().splitlines()[-1].startswith("minutebot: database ") and "cannot be opened" in err


# --- a password in a mailbox url (point 13) -------------------------------------------------------------------------
def test_a_password_in_a_mailbox_url_is_refused_and_never_printed(tmp_path):
    import pytest
    from minutebot import config as config_mod
    from minutebot.errors import ConfigError
    for section, url in (("inbox", "imaps://minutes:Hunter2-secret@mail.xinghe.cn/INBOX"),
                         ("outbox", "smtps://minutes:Hunter2-secret@mail.xinghe.cn"),
                         ("inbox", "ftp://minutes:Hunter2-secret@mail.xinghe.cn")):
        root = tmp_path / f"{section}{len(url)}"
        a_setup(root)
        with open(root / "minutebot.toml", "a", encoding="utf-8") as toml:
            toml.write(f'[{section}]\nurl = "{url}"\n')
        with pytest.raises(ConfigError) as refused:
            config_mod.load(root / "minutebot.toml")
        assert "Hunter2-secret" not in str(refused.value) and "***" in str(refused.value)
        code, out, err = run_cli(root, "check")
        assert code == 2 and "Hunter2-secret" not in out + err and "Traceback" not in err
