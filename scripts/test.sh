#!/usr/bin/env bash
# Set everything up (Python packages; Dovecot, Chromium and systemd's tools from Debian's packages) and run the whole
# test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
if [ -f scripts/install-dovecot.sh ]; then
  bash scripts/install-dovecot.sh
fi
if [ -f scripts/install-chromium.sh ]; then
  bash scripts/install-chromium.sh
fi
if [ -f scripts/install-systemd-tools.sh ]; then
  bash scripts/install-systemd-tools.sh
fi
exec .venv/bin/python -m pytest -q "$@"
