#!/usr/bin/env bash
# Install systemd's tools from Debian's packages when systemd-analyze is missing: a test checks
# deploy/minutebot.service with `systemd-analyze verify` (nothing is started; systemd need not be running).
set -euo pipefail
if command -v systemd-analyze >/dev/null 2>&1; then
  exit 0
fi
exec bash "$(dirname "$0")/apt-install.sh" install-systemd-tools systemd
