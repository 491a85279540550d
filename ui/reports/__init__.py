"""The Supervisor page and its analytics."""
