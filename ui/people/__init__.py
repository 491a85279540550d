"""Signing in and managing operators."""
