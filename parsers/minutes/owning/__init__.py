"""Who an item belongs to: owner cells and prefixes, the owner steps tried in order, names, roles and people."""
