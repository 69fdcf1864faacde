"""Replies: the new text without quotes or signature, and the commands in it."""
