"""Helpers and case definitions for the heldout53 blind set (see ../make_heldout53.py)."""
