"""Chinese working days: statutory holidays and 调休 make-up days. INTERFACE STUB (being implemented)."""
