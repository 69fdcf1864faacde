#!/usr/bin/env bash
# Install Dovecot from Debian's packages when it is missing: the IMAP tests run a real server on 127.0.0.1.
# The packaged system service is not used (tests start their own instance with their own config).
set -euo pipefail
if command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-dovecot: no apt-get here; install dovecot-core and dovecot-imapd with your package manager" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-dovecot: not root and no sudo; run as root: apt-get install dovecot-core dovecot-imapd" >&2
    exit 1
  fi
fi
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  dovecot-core dovecot-imapd dovecot-lmtpd
