"""Dates: due phrases to deadlines, durations, and the Chinese working-day calendar."""
