"""Every mail out: the outbox, its retries and the daily caps."""
