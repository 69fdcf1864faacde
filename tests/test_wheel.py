"""The project installs like a real package: `python -m build` makes a wheel, the wheel goes into a fresh venv with
no source tree on the path, and `minutebot demo` works from there (templates and defaults are package data)."""
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(command, cwd, env=None):
    return subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def _clean_env(tmp_path: Path) -> dict:
    """No PYTHONPATH and no virtualenv of ours: only the fresh venv's own site-packages."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["HOME"] = str(tmp_path)
    return env


def test_the_wheel_installs_into_a_fresh_venv_and_the_demo_sends_its_recap(tmp_path):
    dist = tmp_path / "dist"
    built = _run([sys.executable, "-m", "build", "--wheel", "--outdir", dist, ROOT], cwd=ROOT)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert "absent from the `packages`" not in built.stdout + built.stderr          # no setuptools data warnings
    assert "deprecated" not in (built.stdout + built.stderr).lower()
    [wheel] = dist.glob("minutebot-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "templates/zh/recap.subject" in names and "minutebot/defaults/minutebot.toml" in names
    assert not any(n.startswith(("tests/", "benches/")) for n in names)

    venv = tmp_path / "venv"
    env = _clean_env(tmp_path)
    assert _run([sys.executable, "-m", "venv", venv], cwd=tmp_path, env=env).returncode == 0
    installed = _run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel], cwd=tmp_path, env=env)
    assert installed.returncode == 0, installed.stderr[-3000:]

    show = "import minutebot, mailer; print(minutebot.__file__, mailer.__file__)"
    where = _run([venv / "bin" / "python", "-c", show], cwd=tmp_path, env=env)
    assert all(p.startswith(str(venv)) for p in where.stdout.split()), where.stdout   # not the source tree

    demo = _run([venv / "bin" / "minutebot", "demo", tmp_path / "demo"], cwd=tmp_path, env=env)
    assert demo.returncode == 0, demo.stdout[-2000:] + demo.stderr[-3000:]
    assert "--- sent:" in demo.stdout and "会议纪要" in demo.stdout
    assert "TemplateNotFound" not in demo.stderr and "Failed" not in demo.stderr
    assert not list((tmp_path / "demo" / "minutebot-data" / "inbox").glob(".Failed/*/*"))
