"""The daemon's side of the path: connect, fetch once, handle one message, check it."""
