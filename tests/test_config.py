"""Config: the embedded default, a full file, and one clear error per kind of mistake."""
import pytest

from minutebot import config as config_mod
from minutebot.errors import ConfigError


def test_no_file_means_the_embedded_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MINUTEBOT_CONFIG", raising=False)
    config = config_mod.load(config_mod.find_config_path(None))
    assert config.bot.address == "minutes@localhost"
    assert config.inbox_url == f"maildir:{tmp_path / 'minutebot-data' / 'inbox'}"
    assert config.outbox_url == f"maildir:{tmp_path / 'minutebot-data' / 'outbox'}"
    assert config.db_path == tmp_path / "minutebot-data" / "minutebot.db"
    assert config.domain_allowed("anyone@anywhere.org")


def test_the_commented_init_file_loads_as_the_defaults(tmp_path):
    from minutebot.admin.scaffold import default_file
    path = tmp_path / "minutebot.toml"
    path.write_text(default_file("minutebot.toml"), encoding="utf-8")
    config = config_mod.load(path)
    assert config.bot == config_mod.BotConfig()
    assert config.policy == config_mod.PolicyConfig()


def test_paths_are_relative_to_the_config_file(tmp_path):
    path = tmp_path / "conf" / "minutebot.toml"
    path.parent.mkdir()
    path.write_text('[bot]\ndata_dir = "data"\nallowed_domains = ["Example.cn"]\n'
                    '[inbox]\nurl = "maildir:mail/in"\n', encoding="utf-8")
    config = config_mod.load(path)
    assert config.data_dir == tmp_path / "conf" / "data"
    assert config.inbox_url == f"maildir:{tmp_path / 'conf' / 'mail' / 'in'}"
    assert config.domain_allowed("a@example.cn") and config.domain_allowed("a@sh.example.cn")
    assert not config.domain_allowed("a@evil-example.cn")


@pytest.mark.parametrize("text, key", [
    ('[bot]\naddres = "x@y.cn"\n', "bot.addres"),
    ('[bot]\nlanguage = "fr"\n', "bot.language"),
    ('[bot]\ntimezone = "Mars/Base"\n', "bot.timezone"),
    ('[policy]\nchase_time = "25:00"\n', "policy.chase_time"),
    ('[policy]\nweekly_report = "someday"\n', "policy.weekly_report"),
    ('[policy]\nremind_before_workdays = "1"\n', "policy.remind_before_workdays"),
    ('[policy]\nrecap_external = "yes"\n', "policy.recap_external"),
    ('[inbox]\nurl = "pop3://x"\n', "inbox.url"),
    ('[mailbox]\nurl = "x"\n', "[mailbox]"),
    ('[bot\n', "not valid TOML"),
])
def test_a_bad_config_names_the_key(tmp_path, text, key):
    path = tmp_path / "minutebot.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        config_mod.load(path)
    assert key in str(err.value)
    assert err.value.exit_code == 2
    assert "\n" not in str(err.value)


def test_secrets_come_only_from_the_environment(monkeypatch):
    config = config_mod.Config()
    monkeypatch.setenv("MINUTEBOT_IMAP_PASSWORD", "s3cret")
    assert config.secret(config.inbox.password_env) == "s3cret"
    monkeypatch.delenv("MINUTEBOT_IMAP_PASSWORD")
    assert config.secret(config.inbox.password_env) is None
