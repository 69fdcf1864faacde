"""Tables and records of minutes: headers and columns, rows and 'label：value' blocks read as items."""
