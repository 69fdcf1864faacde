"""minutebot's core: config, store, workflow, timed jobs, daemon and CLI, grouped by stage."""
