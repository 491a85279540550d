"""The demo warehouse: a seeded, believable history across every stage."""
