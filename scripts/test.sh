#!/usr/bin/env bash
# Set everything up (Python packages, Dovecot from Debian's packages) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
if [ -f scripts/install-dovecot.sh ]; then
  bash scripts/install-dovecot.sh
fi
exec .venv/bin/python -m pytest -q "$@"
