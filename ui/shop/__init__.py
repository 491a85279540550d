"""The shop connection on screen: its state in the status bar, its settings, its Shop tab."""
