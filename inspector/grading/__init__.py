"""Grading: checklists and their rules, units started, answered and decided, bins."""
