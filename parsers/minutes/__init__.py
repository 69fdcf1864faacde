"""Minutes: sections, tables, records and lines read as action items, owners and the next meeting."""
