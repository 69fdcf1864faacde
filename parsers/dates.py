"""Due phrases -> deadlines. INTERFACE STUB (being implemented)."""
