#!/usr/bin/env bash
# Install PostgreSQL from Debian's packages when it is missing: the store tests run a real server on 127.0.0.1
# (tests/pg_server.py starts its own cluster in a temp folder; the packaged system service is not used).
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || command -v postgres >/dev/null 2>&1; then
  exit 0
fi
exec bash "$(dirname "$0")/apt-install.sh" install-postgresql postgresql postgresql-client
