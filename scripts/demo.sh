#!/usr/bin/env bash
# Set everything up and run the bot once on its embedded default (Maildir in, Maildir out, SQLite):
# makes ./minutebot-demo with a config, a roster and sample minutes, handles them, and prints the recap it sent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dir=${1:-minutebot-demo}
rm -rf "$dir"
exec .venv/bin/minutebot demo "$dir"
