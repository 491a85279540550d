"""The main window: a navigation rail for the thumb, the pages, and a status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspector.station import StationSettings
from inspector.warehouse import Warehouse
from ui.background import Background
from ui.coming_page import ComingPage
from ui.problems import describe
from ui.search_page import SearchPage
from ui.settings_page import SettingsPage
from ui.touch import NAV_PX, make_touchable


class MainWindow(QMainWindow):
    def __init__(
        self,
        warehouse: Warehouse,
        settings: StationSettings,
        background: Background,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Returns Inspector"))
        self.warehouse = warehouse
        self.background = background
        background.unhandled_failure.connect(self._on_background_unhandled_failure)

        self.search_page = SearchPage(warehouse, background)
        self.search_page.problem.connect(self.show_problem)
        self.settings_page = SettingsPage(settings)
        self.settings_page.settings_saved.connect(self._on_settings_saved)
        self.pages = QStackedWidget()
        self.nav_group = QButtonGroup(self)
        self.nav_buttons: dict[str, QToolButton] = {}
        rail = QWidget(objectName="navRail")
        rail_layout = QVBoxLayout(rail)
        rail_layout.setContentsMargins(8, 8, 8, 8)
        rail_layout.setSpacing(8)
        brand = QLabel(self.tr("Returns\nInspector"), objectName="brand")
        rail_layout.addWidget(brand)

        entries = (
            ("search", self.tr("Find RMA"), self.search_page),
            (
                "scan",
                self.tr("Scan"),
                ComingPage(
                    self.tr("Scan"),
                    self.tr(
                        "Hold a return label under the camera or pull the scanner's "
                        "trigger to receive a parcel."
                    ),
                ),
            ),
            (
                "inspect",
                self.tr("Inspect"),
                ComingPage(
                    self.tr("Inspect"),
                    self.tr("Grade each unit with a guided checklist and print its bin tag."),
                ),
            ),
            (
                "supervisor",
                self.tr("Supervisor"),
                ComingPage(
                    self.tr("Supervisor"),
                    self.tr("The daily disposition log, the backlog and the returns analytics."),
                ),
            ),
            ("settings", self.tr("Settings"), self.settings_page),
        )
        for key, label, page in entries:
            button = QToolButton(objectName="nav", text=label, checkable=True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            make_touchable(button, height=NAV_PX, width=120)
            index = self.pages.addWidget(page)
            button.clicked.connect(lambda _checked=False, i=index: self.pages.setCurrentIndex(i))
            self.nav_group.addButton(button)
            self.nav_buttons[key] = button
            if key == "settings":
                rail_layout.addStretch()
            rail_layout.addWidget(button)
        self.nav_buttons["search"].setChecked(True)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(rail)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.station_label = QLabel()
        self.operator_label = QLabel(self.tr("No one signed in"))
        self.database_label = QLabel(
            self.tr("Database: {where}").format(where=warehouse.describe())
        )
        for label in (self.station_label, self.operator_label):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.database_label)
        self._show_station(settings)

    def show_page(self, key: str) -> None:
        self.nav_buttons[key].click()

    def _show_station(self, settings: StationSettings) -> None:
        self.station_label.setText(self.tr("Station: {name}").format(name=settings.station_name))

    @Slot(object)
    def _on_settings_saved(self, settings: StationSettings) -> None:
        self._show_station(settings)

    @Slot(str)
    def show_problem(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Returns Inspector"), text)

    @Slot(object)
    def _on_background_unhandled_failure(self, exc: BaseException) -> None:
        self.show_problem(describe(exc))
