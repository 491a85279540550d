"""Widgets and helpers every page uses: touch sizes, background work, words, sounds."""
