"""The return policy seen from the screen: the file in force in Settings (admin)."""
