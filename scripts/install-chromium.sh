#!/usr/bin/env bash
# Install headless Chromium (and a CJK font, so Chinese renders as text, not boxes) from Debian's packages when
# missing: tests render the bot's HTML mail in it and check the screenshot and the DOM. The blind sets' generators
# (tests/data/heldout*/) embed WenQuanYi and DejaVu in the PDFs they write, so both fonts are needed byte for byte.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list :lang=zh 2>/dev/null | grep -q . && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  exit 0
fi
exec bash "$(dirname "$0")/apt-install.sh" install-chromium chromium chromium-driver fonts-wqy-zenhei fonts-dejavu-core fontconfig
