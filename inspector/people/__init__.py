"""People: operators, PINs, roles, stations, who is signed in, and the audit trail."""
