"""Signing in at the station: tap your name and type your PIN, or scan your badge.

On a fresh database the page asks for the first admin instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.core.warehouse import Warehouse, is_demo
from inspector.demo.words import OPERATORS as DEMO_OPERATORS
from inspector.people.operators import (
    SignInChoice,
    create_first_admin,
    operator_count,
    sign_in_choices,
    sign_in_with_pin,
)
from inspector.people.roles import Actor
from ui.common.background import Background
from ui.common.problems import describe, say
from ui.common.touch import make_touchable
from ui.people.pin_pad import PinPad

NAME_COLUMNS = 3


class SignInPage(QWidget):
    signed_in = Signal(object)  # Actor
    choices_shown = Signal(int)
    problem_shown = Signal(str)

    def __init__(
        self,
        warehouse: Warehouse,
        background: Background,
        station_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.warehouse = warehouse
        self.background = background
        self.station_id = station_id
        self.chosen: SignInChoice | None = None
        self.name_buttons: dict[str, QPushButton] = {}

        self.title = QLabel(objectName="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(objectName="muted")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.views = QStackedWidget()

        self.names = QWidget()
        names_layout = QVBoxLayout(self.names)
        self.names_grid = QGridLayout()
        self.names_grid.setSpacing(16)
        names_layout.addSpacing(24)
        names_layout.addLayout(self.names_grid)
        names_layout.addStretch(1)
        self.demo_hint = QLabel(objectName="muted")
        self.demo_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_hint.setWordWrap(True)

        self.pin_pad = PinPad()
        self.pin_pad.entered.connect(self._on_pin_pad_entered)
        self.pin_pad.cancelled.connect(self.show_names)

        self.first_admin = self._first_admin_form()
        for view in (self.names, self.pin_pad, self.first_admin):
            self.views.addWidget(view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.views, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.demo_hint)

    # -- the names ------------------------------------------------------------------

    def refresh(self, note: str = "") -> None:
        """Load who can sign in (or learn that the first admin is still to be made)."""
        warehouse = self.warehouse

        def load() -> tuple[int, list[SignInChoice], bool]:
            return operator_count(warehouse), sign_in_choices(warehouse), is_demo(warehouse)

        self.say(note)
        self.background.run(load, self._on_loaded, self._show_problem)

    def _on_loaded(self, loaded: tuple[int, list[SignInChoice], bool]) -> None:
        count, choices, demo = loaded
        if count == 0:
            self.title.setText(self.tr("Set up the first admin"))
            self.views.setCurrentWidget(self.first_admin)
            self.demo_hint.setText("")
            return
        while self.names_grid.count():
            item = self.names_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.name_buttons.clear()
        for index, choice in enumerate(choices):
            button = QPushButton(choice.display_name)
            make_touchable(button, height=72, width=220)
            button.clicked.connect(lambda _c=False, who=choice: self._on_name_chosen(who))
            self.names_grid.addWidget(button, index // NAME_COLUMNS, index % NAME_COLUMNS)
            self.name_buttons[choice.login] = button
        self.demo_hint.setText(
            self.tr("Demo warehouse. PINs: {pins}").format(
                pins=", ".join(f"{login} {pin}" for login, _n, _r, pin, _b in DEMO_OPERATORS)
            )
            if demo
            else ""
        )
        self.show_names()
        self.choices_shown.emit(len(choices))

    @Slot()
    def show_names(self) -> None:
        self.chosen = None
        self.title.setText(self.tr("Who is working at this station?"))
        if not self.message.text():
            self.say(self.tr("Tap your name, or scan your badge."))
        self.views.setCurrentWidget(self.names)

    def _on_name_chosen(self, choice: SignInChoice) -> None:
        self.chosen = choice
        self.title.setText(self.tr("Hello, {name}").format(name=choice.display_name))
        self.say(self.tr("Type your PIN."))
        self.pin_pad.clear()
        self.views.setCurrentWidget(self.pin_pad)
        self.pin_pad.setFocus()

    # -- the PIN --------------------------------------------------------------------

    @Slot(str)
    def _on_pin_pad_entered(self, pin: str) -> None:
        if self.chosen is None:
            return
        login, warehouse, station = self.chosen.login, self.warehouse, self.station_id
        self.say(self.tr("Checking…"))
        self.background.run(
            lambda: sign_in_with_pin(warehouse, login, pin, station),
            self._on_signed_in,
            self._show_problem,
        )

    def _on_signed_in(self, actor: Actor) -> None:
        self.say("")
        self.pin_pad.clear()
        self.signed_in.emit(actor)

    def _show_problem(self, exc: BaseException) -> None:
        text = describe(exc)
        self.say(text, "problem")
        self.problem_shown.emit(text)

    def say(self, text: str, kind: str = "note") -> None:
        """A line under the title: a problem (a wrong PIN, say) large and red."""
        say(self.message, text, kind)

    def show_problem(self, exc: BaseException) -> None:
        """Say why a sign-in (a badge scanned elsewhere, say) did not work."""
        self._show_problem(exc)

    # -- the first admin ------------------------------------------------------------

    def _first_admin_form(self) -> QWidget:
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setVerticalSpacing(14)
        self.admin_name = QLineEdit()
        self.admin_login = QLineEdit()
        self.admin_pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.admin_pin_again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        for field in (self.admin_pin, self.admin_pin_again):
            field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            field.setMaxLength(8)
        for label, field in (
            (self.tr("Your name"), self.admin_name),
            (self.tr("Login"), self.admin_login),
            (self.tr("PIN (4 to 8 digits)"), self.admin_pin),
            (self.tr("The same PIN again"), self.admin_pin_again),
        ):
            make_touchable(field, width=320)
            form.addRow(label, field)
        self.create_admin = QPushButton(self.tr("Create admin"), objectName="primary")
        make_touchable(self.create_admin, width=240)
        self.create_admin.clicked.connect(self._on_create_admin_clicked)
        form.addRow(self.create_admin)
        return form_widget

    @Slot()
    def _on_create_admin_clicked(self) -> None:
        if self.admin_pin.text() != self.admin_pin_again.text():
            self.say(self.tr("The two PINs differ."), "problem")
            return
        name, login, pin = self.admin_name.text(), self.admin_login.text(), self.admin_pin.text()
        warehouse, station = self.warehouse, self.station_id

        def create() -> Actor:
            create_first_admin(warehouse, login, name, pin)
            return sign_in_with_pin(warehouse, login.strip().lower(), pin, station)

        self.background.run(create, self._on_signed_in, self._show_problem)
