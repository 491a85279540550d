"""The bench printer as the screen sees it."""
