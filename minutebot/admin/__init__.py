"""The admin's commands: items and exports, check, init/demo, parse, backfill."""
