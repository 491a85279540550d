"""The shop connection: returns pulled from the shop, the outbox delivered to it (no Qt)."""
