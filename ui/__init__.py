"""The PySide6 desktop app: pages, widgets, Qt models and thread workers. No database here."""
