"""Timed work decided from the store and `now`: reminders, chases, digests, reports."""
