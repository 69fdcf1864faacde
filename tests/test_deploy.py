"""The systemd unit as an admin installs it: `systemd-analyze verify` finds nothing to say about it, secrets come
from an EnvironmentFile, and the hardening lets a venv anywhere run (it is read-only, not hidden)."""
import shutil
import subprocess
import sys
from pathlib import Path

from loopback import missing

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "deploy" / "minutebot.service"


def directives(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" in line and not line.startswith(("#", ";", "[")):
            key, value = line.split("=", 1)
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def test_systemd_analyze_verify_is_clean_for_a_venv_elsewhere(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        missing("systemd-analyze is not installed; run scripts/install-systemd-tools.sh (Debian: systemd)")
    here = Path(sys.prefix) / "bin" / "minutebot"            # this test's venv, wherever it lives
    assert here.exists()
    unit = UNIT.read_text(encoding="utf-8").replace("/opt/minutebot/.venv/bin/minutebot", str(here))
    (tmp_path / "minutebot.service").write_text(unit, encoding="utf-8")
    done = subprocess.run([analyze, "verify", "--man=no", str(tmp_path / "minutebot.service")],
                          capture_output=True, text=True, timeout=120)
    said = [l for l in (done.stdout + done.stderr).splitlines() if "minutebot.service" in l]
    assert done.returncode == 0 and said == [], done.stdout + done.stderr


def test_verify_would_catch_a_bad_unit(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        missing("systemd-analyze is not installed; run scripts/install-systemd-tools.sh (Debian: systemd)")
    bad = UNIT.read_text(encoding="utf-8").replace("ProtectHome=read-only", "ProtectHome=sometimes")
    (tmp_path / "minutebot.service").write_text(bad, encoding="utf-8")
    done = subprocess.run([analyze, "verify", "--man=no", str(tmp_path / "minutebot.service")],
                          capture_output=True, text=True, timeout=120)
    assert "ProtectHome" in done.stdout + done.stderr or "protect home" in (done.stdout + done.stderr).lower()


def test_secrets_come_from_an_environment_file_and_the_venv_may_live_anywhere():
    unit = directives(UNIT.read_text(encoding="utf-8"))
    assert unit["EnvironmentFile"] == ["/etc/minutebot/env"]
    assert unit["ProtectHome"] == ["read-only"]              # "yes" would hide a venv under /home or /root
    assert unit["ProtectSystem"] == ["strict"] and unit["ReadWritePaths"] == ["/var/lib/minutebot"]
    assert unit["StateDirectory"] == ["minutebot"] and unit["NoNewPrivileges"] == ["yes"]
    for doc in ("README.md", "docs/usage.md", "docs/operations.md", "deploy/minutebot.service"):
        assert "$(sudo cat" not in (ROOT / doc).read_text(encoding="utf-8"), doc      # secrets visible in ps
