"""The school side: read a OneRoster 1.2 CSV export and issue signed records from it."""
