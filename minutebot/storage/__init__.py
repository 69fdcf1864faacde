"""The store: schema, reads and writes in one transaction, the data dir, backups."""
