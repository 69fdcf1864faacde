#!/usr/bin/env bash
# Install headless Chromium (and a CJK font, so Chinese renders as text, not boxes) from Debian's packages when
# missing: tests render the bot's HTML mail in it and check the screenshot and the DOM.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list :lang=zh 2>/dev/null | grep -q .; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: no apt-get here; install chromium and a CJK font (fonts-wqy-zenhei) yourself" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-chromium: not root and no sudo; run as root: apt-get install chromium chromium-driver fonts-wqy-zenhei" >&2
    exit 1
  fi
fi
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  chromium chromium-driver fonts-wqy-zenhei fontconfig
