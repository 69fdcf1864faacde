#!/usr/bin/env bash
# Set everything up (Python packages; Dovecot, PostgreSQL, Chromium and systemd's tools from Debian's packages) and
# run the whole test suite on the embedded SQLite store, then the files that touch the store again on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
if [ -f scripts/install-dovecot.sh ]; then
  bash scripts/install-dovecot.sh
fi
if [ -f scripts/install-postgresql.sh ]; then
  bash scripts/install-postgresql.sh
fi
if [ -f scripts/install-chromium.sh ]; then
  bash scripts/install-chromium.sh
fi
if [ -f scripts/install-systemd-tools.sh ]; then
  bash scripts/install-systemd-tools.sh
fi
# The store's promises on PostgreSQL (docs/postgresql.md): these files again, each test on a fresh database of a
# real server on loopback. Given arguments (a file, -k …) run only those, on SQLite, as before.
PG_FILES="tests/test_store.py tests/test_compose_outbox.py tests/test_faults.py tests/test_crash.py
  tests/test_handle.py tests/test_jobs.py tests/test_followup_loop.py tests/test_security.py tests/test_items.py
  tests/test_backfill.py tests/test_backfill_first_run.py tests/test_invites_flow.py tests/test_daemon_imap.py
  tests/test_failover.py tests/test_migrate.py tests/test_shared_store.py tests/test_check.py tests/test_imap_batch.py
  tests/test_security_leaks.py tests/test_listing_cap.py tests/test_items_csv.py"
if [ "$#" -gt 0 ]; then
  exec .venv/bin/python -m pytest -q "$@"
fi
.venv/bin/python -m pytest -q
exec .venv/bin/python -m pytest -q --store postgresql $PG_FILES
