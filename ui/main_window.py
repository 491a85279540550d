"""The main window: a navigation rail for the thumb, the pages, and a status bar.

Nothing but the sign-in page is reachable until someone signs in; a badge scan anywhere
switches operator; an idle station signs its operator out.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
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

from inspector.core.clock import Clock, system_clock
from inspector.core.station_journal import OUTAGES
from inspector.core.warehouse import Warehouse
from inspector.people.operators import is_badge, sign_in_with_badge
from inspector.people.roles import Action, Actor
from inspector.people.station_session import StationSession
from inspector.station.settings import StationSettings, resolution_of
from ui.common import words
from ui.common.background import Background
from ui.common.page import ServicePage
from ui.common.problems import describe
from ui.common.touch import NAV_PX, make_touchable
from ui.grading.inspect_page import InspectPage
from ui.people.operators_page import OperatorsPage
from ui.people.sign_in_page import SignInPage
from ui.policy.policy_box import PolicyBox
from ui.receiving.offline_replay import OfflineReplay
from ui.receiving.scan_page import ScanPage
from ui.receiving.search_page import SearchPage
from ui.reports.supervisor_page import SupervisorPage
from ui.shop.requests_tab import RequestsTab
from ui.shop.shop_monitor import ShopMonitor, pull_before_quarantine
from ui.shop.shop_settings_box import ShopSettingsBox
from ui.shop.shop_status_label import ShopStatusLabel
from ui.shop.shop_tab import ShopTab
from ui.station.settings_page import SettingsPage
from ui.tags.printing import PrinterMonitor

if TYPE_CHECKING:
    from ui.receiving.camera import Camera

IDLE_CHECK_MS = 5000
# The pages only one role can use, and that role; Find RMA and Settings are everyone's.
PAGE_ROLES = {"scan": "dock", "inspect": "grader", "supervisor": "supervisor", "operators": "admin"}


def home_page(actor: Actor) -> str:
    """Where an operator starts: a grader at Inspect, a dock worker at Scan, others at Find."""
    if "grader" in actor.roles and "dock" not in actor.roles:
        return "inspect"
    return "scan" if "dock" in actor.roles else "search"


log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    operator_changed = Signal(object)  # Actor or None
    # What a scan did: "badge", "receive", "inspect", "search", "page" or "refused".
    scan_handled = Signal(str)

    def __init__(
        self,
        warehouse: Warehouse,
        settings: StationSettings,
        background: Background,
        session: StationSession,
        station_id: int | None = None,
        parent: QWidget | None = None,
        *,
        clock: Clock = system_clock,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Returns Inspector"))
        self.clock = clock  # what "now" is for a scan and "today" for the supervisor's pages
        self.warehouse = warehouse
        self.background = background
        self.session = session
        self.station_id = station_id
        self.camera: Camera | None = None
        self._camera_wanted: tuple[str, str, str] | None = None  # what the camera runs with
        background.unhandled_failure.connect(self._on_background_unhandled_failure)

        self.sign_in_page = SignInPage(warehouse, background, station_id)
        self.sign_in_page.signed_in.connect(self._on_sign_in_page_signed_in)
        self.search_page = SearchPage(warehouse, background)
        self.search_page.problem.connect(self.show_problem)
        self.settings_page = SettingsPage(warehouse, background, settings, lambda: session.actor)
        self.settings_page.settings_saved.connect(self._on_settings_saved)
        self.operators_page = OperatorsPage(warehouse, background, lambda: session.actor)
        self.scan_page = ScanPage(warehouse, background, lambda: session.actor, clock=clock)
        self.inspect_page = InspectPage(warehouse, background, lambda: session.actor)
        self.supervisor_page = SupervisorPage(
            warehouse, background, lambda: session.actor, clock=clock
        )
        self.settings = settings
        self.inspect_page.printer = self._printer
        self.printer_monitor: PrinterMonitor | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.sign_in_page)
        self.nav_group = QButtonGroup(self)
        self.nav_buttons: dict[str, QToolButton] = {}
        self._nav_pages: dict[str, QWidget] = {}
        self.rail = QWidget(objectName="navRail")
        rail_layout = QVBoxLayout(self.rail)
        rail_layout.setContentsMargins(8, 8, 8, 8)
        rail_layout.setSpacing(8)
        rail_layout.addWidget(QLabel(self.tr("Returns\nInspector"), objectName="brand"))

        entries = (
            ("search", self.tr("Find RMA"), self.search_page),
            ("scan", self.tr("Scan"), self.scan_page),
            ("inspect", self.tr("Inspect"), self.inspect_page),
            ("supervisor", self.tr("Supervisor"), self.supervisor_page),
            ("settings", self.tr("Settings"), self.settings_page),
            ("operators", self.tr("Operators"), self.operators_page),
        )
        for key, label, page in entries:
            button = QToolButton(objectName="nav", text=label, checkable=True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            make_touchable(button, height=NAV_PX, width=120)
            self._nav_pages[key] = page
            index = self.pages.addWidget(page)
            button.clicked.connect(lambda _checked=False, i=index: self.pages.setCurrentIndex(i))
            self.nav_group.addButton(button)
            self.nav_buttons[key] = button
            if key == "settings":
                rail_layout.addStretch()
            rail_layout.addWidget(button)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.station_label = QLabel()
        self.operator_label = QLabel()
        # Sign out sits at the foot of the rail, under the thumb, not in the status bar.
        self.sign_out_button = QToolButton(objectName="nav", text=self.tr("Sign out"))
        self.sign_out_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        make_touchable(self.sign_out_button, height=NAV_PX, width=120)
        self.sign_out_button.clicked.connect(self._on_sign_out_clicked)
        rail_layout.addWidget(self.sign_out_button)
        self.database_label = QLabel(
            self.tr("Database: {where}").format(where=warehouse.describe())
        )
        self.statusBar().addWidget(self.station_label)
        self.statusBar().addWidget(self.operator_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self._show_station(settings)
        self._build_shop(warehouse, background, session)
        self._build_offline_replay(warehouse, background, session)

        # The page on screen, so the one left behind can forget what it said.
        self._shown_page: QWidget = self.sign_in_page
        self.pages.currentChanged.connect(self._on_pages_current_changed)

        self.idle_timer = QTimer(self, interval=IDLE_CHECK_MS)
        self.idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self.idle_timer.start()
        self._show_signed_out()
        self.sign_in_page.refresh()

    # -- scans kept during a database outage -------------------------------------------

    def _build_offline_replay(
        self, warehouse: Warehouse, background: Background, session: StationSession
    ) -> None:
        """Scans the database could not take wait on the station; they are written at start
        and as soon as the database is back, and the Scan page lists what came of each."""
        self.scan_page.station_name = self.settings.station_name
        self.offline_replay = OfflineReplay(
            warehouse, background, self.scan_page.journal, lambda: session.actor, self
        )
        self.waiting_label = QLabel(objectName="offlineWaiting")
        self.waiting_label.setStyleSheet(
            "background: #f2a900; color: #2b1d00; font-weight: 700; padding: 2px 8px;"
        )
        self.waiting_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.waiting_label)
        self.offline_replay.waiting_changed.connect(self._on_offline_replay_waiting_changed)
        self.offline_replay.replayed.connect(self.scan_page.show_replayed)
        self.scan_page.kept_offline.connect(self._on_scan_page_kept_offline)
        self.offline_replay.check()

    @Slot(int)
    def _on_offline_replay_waiting_changed(self, waiting: int) -> None:
        self.waiting_label.setText(
            self.tr("%n scan(s) wait for the database", "", waiting) if waiting else ""
        )
        self.waiting_label.setVisible(waiting > 0)

    @Slot(object)
    def _on_scan_page_kept_offline(self, kept) -> None:
        self.offline_replay.note_waiting(kept.waiting)

    # -- the shop connection ---------------------------------------------------------

    def _build_shop(
        self, warehouse: Warehouse, background: Background, session: StationSession
    ) -> None:
        self.shop_monitor: ShopMonitor | None = None
        self.shop_status = ShopStatusLabel()
        self.statusBar().addPermanentWidget(self.shop_status)
        self.shop_settings = ShopSettingsBox(warehouse, background, lambda: session.actor)
        self.shop_settings.setVisible(False)
        self.settings_page.add_section(self.shop_settings)
        self.policy_box = PolicyBox(warehouse, background, lambda: session.actor)
        self.policy_box.setVisible(False)
        self.settings_page.add_section(self.policy_box)
        self.shop_tab = ShopTab(warehouse, background, lambda: session.actor)
        self.supervisor_page.tabs.addTab(self.shop_tab, self.tr("Shop"))
        self.requests_tab = RequestsTab(warehouse, background, lambda: session.actor)
        self.supervisor_page.tabs.addTab(self.requests_tab, self.tr("Requests"))
        self.supervisor_page.tabs.currentChanged.connect(self._on_supervisor_tab_changed)
        self.operator_changed.connect(self._on_operator_changed_for_shop)

    def attach_shop(self, monitor: ShopMonitor) -> None:
        """The station's shop service: its state in the status bar; unknown labels looked
        for in the shop before quarantine."""
        self.shop_monitor = monitor
        monitor.status_changed.connect(self.shop_status.show_status)
        warehouse, station = self.warehouse, self.settings.station_name
        self.scan_page.look_in_shop = lambda code: pull_before_quarantine(warehouse, code, station)

    @Slot(int)
    def _on_supervisor_tab_changed(self, _index: int) -> None:
        if self.supervisor_page.tabs.currentWidget() is self.shop_tab:
            self.shop_tab.refresh()
        if self.supervisor_page.tabs.currentWidget() is self.requests_tab:
            self.requests_tab.refresh()

    @Slot(object)
    def _on_operator_changed_for_shop(self, actor: Actor | None) -> None:
        admin = actor is not None and "admin" in actor.roles
        self.shop_settings.setVisible(admin)
        self.policy_box.setVisible(admin)
        if admin:
            self.shop_settings.load()
            self.policy_box.load()

    # -- what the pages said ------------------------------------------------------------

    def _service_pages(self) -> tuple[ServicePage, ...]:
        return (
            self.scan_page,
            self.inspect_page,
            self.supervisor_page,
            self.settings_page,
            self.operators_page,
        )

    def clear_messages(self, page: QWidget | None = None) -> None:
        """Forget what a page (or every page) said: a message belongs to the operator and the
        page that caused it."""
        for each in self._service_pages() if page is None else (page,):
            if isinstance(each, ServicePage):
                each.clear_messages()
            if each is self.supervisor_page:
                self.shop_tab.message.clear()
            if each is self.settings_page:
                self.shop_settings.message.clear()

    @Slot(int)
    def _on_pages_current_changed(self, index: int) -> None:
        left, self._shown_page = self._shown_page, self.pages.widget(index)
        if left is not self._shown_page:
            self.clear_messages(left)

    # -- who is signed in -------------------------------------------------------------

    def _show_signed_out(self, note: str = "") -> None:
        self.rail.setEnabled(False)
        self.sign_out_button.setVisible(False)
        self.operator_label.setText(self.tr("No one signed in"))
        self.pages.setCurrentWidget(self.sign_in_page)
        self.sign_in_page.show_names()
        if note:
            self.sign_in_page.say(note)

    def _show_signed_in(self, actor: Actor) -> None:
        self.rail.setEnabled(True)
        self.sign_out_button.setVisible(True)
        # A page the role cannot use is not offered; Settings shows read-only, saying why.
        for key, role in PAGE_ROLES.items():
            self.nav_buttons[key].setVisible(role in actor.roles)
        self.settings_page.allow_changes(actor.may(Action.MANAGE_STATIONS))
        shown = {page: key for key, page in self._nav_pages.items()}.get(self.pages.currentWidget())
        if shown in PAGE_ROLES and PAGE_ROLES[shown] not in actor.roles:
            self.show_page(home_page(actor))
        roles = ", ".join(words.role(r) for r in sorted(actor.roles))
        self.operator_label.setText(
            self.tr("Signed in: {name} ({roles})").format(name=actor.display_name, roles=roles)
        )
        if self.pages.currentWidget() is self.sign_in_page:
            self.show_page(home_page(actor))
        if "grader" in actor.roles:
            self.inspect_page.resume_at_station(self.station_id)

    @Slot(object)
    def _on_sign_in_page_signed_in(self, actor: Actor) -> None:
        self.sign_in(actor)

    def sign_in(self, actor: Actor) -> None:
        self.clear_messages()  # what was said was said to whoever was here before
        self.sign_in_page.message.clear()
        before = self.session.actor
        self.session.sign_in(actor)
        self._show_signed_in(actor)
        if before is not None and before.operator_id != actor.operator_id:
            self.show_page(home_page(actor))  # a badge switch: the new operator's own page
        self.operator_changed.emit(actor)

    @Slot()
    def _on_sign_out_clicked(self) -> None:
        self.sign_out()

    def sign_out(self, note: str = "") -> None:
        self.clear_messages()
        self.session.sign_out()
        self._show_signed_out(note)
        self.operator_changed.emit(None)

    @Slot()
    def _on_idle_timer_timeout(self) -> None:
        if self.session.sign_out_if_idle() is not None:
            self.clear_messages()
            minutes = int(self.session.idle_limit.total_seconds() // 60)
            self._show_signed_out(
                self.tr("Signed out after %n minute(s) without activity.", "", minutes)
            )
            self.operator_changed.emit(None)

    @Slot()
    def note_activity(self) -> None:
        self.session.touch()

    # -- scans ------------------------------------------------------------------------

    @Slot(str)
    def handle_scan(self, code: str) -> None:
        """A scan from a wedge scanner (or the camera): a badge switches operator; anything
        else is received (a dock worker), opened on Inspect (a grader) or looked up."""
        on_operators = self.pages.currentWidget() is self.operators_page
        if self.session.actor is not None and on_operators and self.operators_page.take_scan(code):
            self.scan_handled.emit("page")  # a new badge went into the badge box
            return
        warehouse, station = self.warehouse, self.station_id

        def badge_or_none() -> Actor | None:
            return (
                sign_in_with_badge(warehouse, code, station) if is_badge(warehouse, code) else None
            )

        self.background.run(
            badge_or_none,
            lambda actor: self._on_scan_checked(code, actor),
            lambda exc: self._on_scan_failed(code, exc),
        )

    def _on_scan_checked(self, code: str, actor: Actor | None) -> None:
        if actor is not None:
            self.sign_in(actor)
            self.scan_handled.emit("badge")
        elif self.session.actor is None:
            self.sign_in_page.say(
                self.tr("Sign in first: tap your name or scan your badge."), "problem"
            )
            self.scan_handled.emit("refused")
        elif (route := self._route_of_scan(self.session.actor)) is not None:
            # A dock worker's scan receives wherever it happens; a grader's opens the parcel on
            # Inspect (each on its own page first, when a person holds both roles).
            self.show_page(route)
            if route == "scan":
                self.scan_page.scan(code)
                self.scan_handled.emit("receive")
            else:
                self.inspect_page.scan(code)
                self.scan_handled.emit("inspect")
        else:
            self.show_page("search")
            self.search_page.query.setText(code)
            self.search_page.start_search()
            self.scan_handled.emit("search")

    def _route_of_scan(self, actor: Actor) -> str | None:
        """The page a scan goes to: the one on screen if it takes scans the actor may make,
        else the actor's own (Scan for the dock, Inspect for a grader); None: look it up."""
        current = self.pages.currentWidget()
        if current is self.scan_page and actor.may(Action.RECEIVE):
            return "scan"
        if current is self.inspect_page and actor.may(Action.GRADE):
            return "inspect"
        if actor.may(Action.RECEIVE):
            return "scan"
        if actor.may(Action.GRADE):
            return "inspect"
        return None

    def _on_scan_failed(self, code: str, exc: BaseException) -> None:
        if (
            isinstance(exc, OUTAGES)
            and self.session.actor is not None
            and self.pages.currentWidget() is self.scan_page
        ):
            # The database is out, so no badge can be checked: on the Scan page the scan is a
            # label, kept on the station until the database is back.
            self.scan_page.scan(code)
            self.scan_handled.emit("receive")
            return
        self.sign_in_page.show_problem(exc)
        self.scan_handled.emit("refused")

    # -- the rest -----------------------------------------------------------------------

    def attach_camera(self, camera: Camera) -> None:
        """Frames to the Scan page's preview; confirmed codes down the same path as scans."""
        self.camera = camera
        camera.frame_ready.connect(self.scan_page.show_frame)
        camera.status_changed.connect(self.scan_page.show_camera_status)
        camera.status_changed.connect(self.inspect_page.show_camera_status)
        camera.code_confirmed.connect(self.handle_scan)
        self.scan_page.snapshot = camera.snapshot
        self.inspect_page.snapshot = camera.snapshot

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """The camera's thread ends with the window, never left running."""
        if self.camera is not None:
            self.camera.stop()
        super().closeEvent(event)

    def use_camera(self, settings: StationSettings) -> None:
        """Start, restart or stop the camera as the station's settings say, at start-up and
        whenever they are saved: a camera change needs no restart."""
        spec = settings.camera.strip()
        wanted = (spec, settings.camera_resolution, settings.camera_focus)
        if wanted == self._camera_wanted:
            return
        self._camera_wanted = wanted
        if self.camera is not None:
            self.camera.stop()
        if not spec:
            self.scan_page.snapshot = self.inspect_page.snapshot = None
            self.scan_page.show_camera_status("")
            self.inspect_page.show_camera_status("")
            log.info("no camera set up")
            return
        # OpenCV loads with the first camera, not on the way to the sign-in page.
        from inspector.receiving.frames import FrameSource
        from ui.receiving.camera import Camera

        width, height = resolution_of(settings)
        autofocus = settings.camera_focus == "auto"

        def source() -> FrameSource:
            return FrameSource(spec, width, height, autofocus)

        if self.camera is None:
            self.attach_camera(Camera(source, self))
        else:
            self.camera.make_source = source
            self.scan_page.snapshot = self.inspect_page.snapshot = self.camera.snapshot
        assert self.camera is not None
        self.camera.start()
        log.info(
            "camera %s started (%s, focus %s)",
            spec,
            settings.camera_resolution,
            settings.camera_focus,
        )

    def attach_printer(self, monitor: PrinterMonitor) -> None:
        """The bench printer's queue: tags queued on the Inspect page wake it; what it says
        shows under the page."""
        self.printer_monitor = monitor
        monitor.reported.connect(self.inspect_page.show_printer)
        self.inspect_page.tag_queued.connect(monitor.wake)
        self.settings_page.tags_moved.connect(monitor.wake)
        monitor.use(self.settings.printer, self.station_id)
        self.inspect_page.show_printer(monitor.last)

    def _printer(self) -> tuple[str, str] | None:
        printer = self.settings.printer.strip()
        return (printer, self.settings.printer_profile) if printer else None

    def show_page(self, key: str) -> None:
        self.nav_buttons[key].click()

    def _show_station(self, settings: StationSettings) -> None:
        self.station_label.setText(self.tr("Station: {name}").format(name=settings.station_name))

    @Slot(object, int)
    def _on_settings_saved(self, settings: StationSettings, station_id: int) -> None:
        self.settings = settings
        self.scan_page.station_name = settings.station_name
        self._show_station(settings)
        self.session.idle_limit = dt.timedelta(minutes=settings.idle_minutes)
        self.use_camera(settings)
        # A renamed station is another station row: what is done from now on says so.
        self.station_id = station_id
        if self.printer_monitor is not None:
            self.printer_monitor.use(settings.printer, station_id)
            self.printer_monitor.wake()
            self.inspect_page.show_printer(self.printer_monitor.last)
        self.sign_in_page.station_id = station_id
        if self.session.actor is not None:
            self.session.actor = replace(self.session.actor, station_id=station_id)

    @Slot(str)
    def show_problem(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Returns Inspector"), text)

    @Slot(object)
    def _on_background_unhandled_failure(self, exc: BaseException) -> None:
        self.show_problem(describe(exc))
