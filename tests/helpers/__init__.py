"""Helpers shared by the tests: file builders, small warehouses, subprocess runners."""
