"""RMAs coming in: their numbers, and importing them from the shop's files."""
