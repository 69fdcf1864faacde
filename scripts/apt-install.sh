#!/usr/bin/env bash
# apt-get install the Debian packages named after WHAT (a word for messages), as root or through sudo.
# Used by install-dovecot.sh, install-postgresql.sh and install-chromium.sh once they have found something missing.
set -euo pipefail
what=$1; shift
if ! command -v apt-get >/dev/null 2>&1; then
  echo "$what: no apt-get here; install these packages with your package manager: $*" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "$what: not root and no sudo; run as root: apt-get install $*" >&2
    exit 1
  fi
fi
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
