"""Returns Inspector's domain and services: no Qt, runs headless (CLI, tests)."""

__version__ = "0.1.0"
