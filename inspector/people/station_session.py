"""Who is signed in at this station, and signing them out when the station sits idle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from inspector.people.roles import Actor

DEFAULT_IDLE = dt.timedelta(minutes=5)


class StationSession:
    """One person at a time; any touch, key or scan counts as activity."""

    def __init__(
        self,
        idle_limit: dt.timedelta = DEFAULT_IDLE,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        if idle_limit <= dt.timedelta(0):
            raise ValueError("the idle limit must be positive")
        self.idle_limit = idle_limit
        self.clock = clock
        self.actor: Actor | None = None
        self.last_activity = clock()

    def sign_in(self, actor: Actor) -> Actor | None:
        """Put `actor` at the station; return whoever was signed in before (a switch)."""
        previous = self.actor
        self.actor = actor
        self.last_activity = self.clock()
        return previous

    def sign_out(self) -> Actor | None:
        previous, self.actor = self.actor, None
        return previous

    def touch(self) -> None:
        self.last_activity = self.clock()

    def idle_for(self) -> dt.timedelta:
        return self.clock() - self.last_activity

    def sign_out_if_idle(self) -> Actor | None:
        """Sign out after the idle limit; return who was signed out, or None."""
        if self.actor is not None and self.idle_for() >= self.idle_limit:
            return self.sign_out()
        return None
