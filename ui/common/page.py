"""What every page that calls the services holds: the warehouse, the background runner, and
who is signed in at the station (asked at the moment of each action)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from inspector.core.warehouse import Warehouse
from inspector.people.roles import Actor
from ui.common.background import Background

Who = Callable[[], Actor | None]


class ServicePage(QWidget):
    def __init__(
        self,
        warehouse: Warehouse,
        background: Background,
        who: Who,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.warehouse = warehouse
        self.background = background
        self.who = who

    def clear_messages(self) -> None:
        """Forget what the page said: a message belongs to the operator and the page that
        caused it (the main window calls this on sign-in, on a switch, on leaving the page).
        Pages with messages override it."""
