#!/usr/bin/env bash
# Install Dovecot from Debian's packages when it is missing: the IMAP tests run a real server on 127.0.0.1.
# The packaged system service is not used (tests start their own instance with their own config).
set -euo pipefail
if command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ]; then
  exit 0
fi
exec bash "$(dirname "$0")/apt-install.sh" install-dovecot dovecot-core dovecot-imapd dovecot-lmtpd
