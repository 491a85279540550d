"""Station settings: this machine's name, the language of its screens, the idle sign-out.

Saving needs the admin role; the change goes to the audit trail.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from inspector.core.warehouse import Warehouse
from inspector.grading.unit_codes import sample_unit_code
from inspector.station.settings import (
    RESOLUTIONS,
    Saved,
    StationSettings,
    change_station_settings,
)
from inspector.tags.bench_tags import Stranded, send_stranded, stranded
from inspector.tags.print_queue import print_sample
from ui.common.background import Background
from ui.common.choice_box import ChoiceBox
from ui.common.page import ServicePage, Who
from ui.common.particles import fit_particles
from ui.common.problems import describe, say
from ui.common.touch import make_touchable


class SettingsPage(ServicePage):
    settings_saved = Signal(object, int)  # the settings, and the station's row id
    tags_moved = Signal()  # stranded tags were sent to this bench's printer
    stranded_shown = Signal(int)  # how many of the bench's tags wait for another address

    def __init__(
        self,
        warehouse: Warehouse,
        background: Background,
        settings: StationSettings,
        who: Who,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(warehouse, background, who, parent)
        self.settings = settings
        self.idle_minutes = ChoiceBox()  # a list, not a spin box: arrows are too small to touch
        for minutes in sorted({1, 2, 5, 10, 15, 30, 60, settings.idle_minutes}):
            self.idle_minutes.addItem(self.tr("%n minute(s)", "", minutes), minutes)
        self.idle_minutes.setCurrentIndex(self.idle_minutes.findData(settings.idle_minutes))
        self.station_name = QLineEdit(settings.station_name)
        self.language = ChoiceBox()
        self.language.addItem(self.tr("Follow this computer"), "")
        self.language.addItem("English", "en")
        self.language.addItem("한국어", "ko")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.save_button = QPushButton(self.tr("Save"), objectName="primary")
        self.save_button.setMinimumWidth(200)
        self.camera = QLineEdit(settings.camera)
        self.camera.setPlaceholderText(self.tr("0 for the first camera; empty for none"))
        self.resolution = ChoiceBox()
        for resolution in RESOLUTIONS:
            self.resolution.addItem(resolution.replace("x", " × "), resolution)
        self.resolution.setCurrentIndex(self.resolution.findData(settings.camera_resolution))
        self.focus = ChoiceBox()
        self.focus.addItem(self.tr("Autofocus"), "auto")
        self.focus.addItem(self.tr("Fixed focus"), "fixed")
        self.focus.setCurrentIndex(self.focus.findData(settings.camera_focus))
        self.wedge_gap = ChoiceBox()
        for gap in sorted({20, 35, 50, 80, settings.wedge_gap_ms}):
            self.wedge_gap.addItem(self.tr("%n ms", "", gap), gap)
        self.wedge_gap.setCurrentIndex(self.wedge_gap.findData(settings.wedge_gap_ms))
        self.printer = QLineEdit(settings.printer)
        self.printer.setPlaceholderText(self.tr("tcp://192.168.1.50:9100 (empty: no printer)"))
        self.profile = ChoiceBox()
        for name, words in (
            ("58mm", self.tr("58 mm roll (384 dots)")),
            ("80mm-512", self.tr("80 mm roll (512 dots)")),
            ("80mm-576", self.tr("80 mm roll (576 dots)")),
        ):
            self.profile.addItem(words, name)
        self.profile.setCurrentIndex(max(0, self.profile.findData(settings.printer_profile)))
        self.test_print_button = QPushButton(self.tr("Test print"))
        make_touchable(self.test_print_button, width=180)
        self.test_print_button.clicked.connect(self._on_test_print_button_clicked)
        for control in (
            self.station_name,
            self.language,
            self.idle_minutes,
            self.camera,
            self.wedge_gap,
            self.printer,
            self.profile,
            self.save_button,
        ):
            make_touchable(control)
        self.message = QLabel(objectName="muted")
        self.message.setWordWrap(True)
        # Who may change what: one line over the form when the signed-in person may only look.
        self.locked = QLabel(
            self.tr(
                "Only a system admin can change these settings: you can look, and print a test tag."
            )
        )
        self.locked.setWordWrap(True)
        self.locked.setStyleSheet("font-size: 18px; font-weight: 600; color: #6b4100;")
        self.locked.setVisible(False)
        self.save_button.clicked.connect(self._on_save_clicked)
        # Tags of this bench waiting for an address that is not its printer: said, and sent on.
        self.stranded = QLabel()
        self.stranded.setWordWrap(True)
        self.stranded.setTextFormat(Qt.TextFormat.PlainText)
        self.send_stranded_button = QPushButton(self.tr("Send them to this printer"))
        make_touchable(self.send_stranded_button, width=260)
        self.send_stranded_button.clicked.connect(self._on_send_stranded_button_clicked)
        self.stranded_row = QWidget()
        stranded_layout = QHBoxLayout(self.stranded_row)
        stranded_layout.setContentsMargins(0, 0, 0, 0)
        stranded_layout.addWidget(self.stranded, 1)
        stranded_layout.addWidget(self.send_stranded_button)
        self.stranded_row.setVisible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(16)
        for text, field in (
            (self.tr("Station name"), self.station_name),
            (self.tr("Language"), self.language),
            (self.tr("Sign out when idle for"), self.idle_minutes),
            (self.tr("Camera"), self.camera),
            (self.tr("Camera resolution"), self.resolution),
            (self.tr("Camera focus"), self.focus),
            (self.tr("Scanner keys at most this far apart"), self.wedge_gap),
            (self.tr("Tag printer"), self._printer_row()),
            (self.tr("Printer paper"), self.profile),
        ):
            label = QLabel(text)
            label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            make_touchable(label, width=0)
            form.addRow(label, field)
        # The form scrolls (a finger flicks it) so the page fits the bench's screen however
        # many settings there are; Save and the message stay in view below it.
        self.form = form
        body = QWidget(objectName="page")
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        QScroller.grabGesture(
            scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Station settings"), objectName="title")
        layout.addWidget(title)
        layout.addWidget(self.locked)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.stranded_row)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)

    def allow_changes(self, allowed: bool) -> None:
        """Open the form to someone who may change the station (an admin); show it read-only,
        saying why, to anyone else. The test print and the stranded tags stay at hand."""
        for control in (
            self.station_name,
            self.language,
            self.idle_minutes,
            self.camera,
            self.resolution,
            self.focus,
            self.wedge_gap,
            self.printer,
            self.profile,
            self.save_button,
        ):
            control.setEnabled(allowed)
        self.locked.setVisible(not allowed)

    def clear_messages(self) -> None:
        self.message.clear()

    def add_section(self, section: QWidget) -> None:
        """Another part's settings (the shop's), below the station's, in the same scroll."""
        self.form.addRow(section)

    def _printer_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.printer, 1)
        layout.addWidget(self.test_print_button)
        return row

    @Slot()
    def _on_test_print_button_clicked(self) -> None:
        """Print a sample tag on the printer as typed (saved or not), off the UI thread."""
        uri, profile = self.printer.text().strip(), self.profile.currentData()
        if not uri:
            self.message.setText(self.tr("Type the printer's address first."))
            return
        self.test_print_button.setEnabled(False)
        self.message.setText(self.tr("Printing a sample tag…"))

        def done(unit_code: str) -> None:
            self.test_print_button.setEnabled(True)
            self.message.setText(
                fit_particles(
                    self.tr("Sample tag printed: scan it; it should read {unit}.").format(
                        unit=unit_code
                    )
                )
            )

        def failed(exc: BaseException) -> None:
            self.test_print_button.setEnabled(True)
            self.message.setText(self.tr("No sample tag: {reason}").format(reason=describe(exc)))

        self.background.run(lambda: print_sample(uri, sample_unit_code(), profile), done, failed)

    @Slot()
    def _on_save_clicked(self) -> None:
        name = self.station_name.text().strip()
        if not name:
            self.message.setText(self.tr("Give the station a name."))
            return
        old = self.settings
        new = StationSettings(
            station_name=name,
            language=self.language.currentData(),
            idle_minutes=self.idle_minutes.currentData(),
            camera=self.camera.text().strip(),
            camera_resolution=self.resolution.currentData(),
            camera_focus=self.focus.currentData(),
            wedge_gap_ms=self.wedge_gap.currentData(),
            printer=self.printer.text().strip(),
            printer_profile=self.profile.currentData(),
        )
        warehouse, actor = self.warehouse, self.who()
        self.background.run(
            lambda: change_station_settings(warehouse, actor, old, new),
            lambda saved: self._on_saved(old, new, saved),
            lambda exc: self.message.setText(
                self.tr("Not saved: {reason}").format(reason=describe(exc))
            ),
        )

    def _on_saved(self, old: StationSettings, new: StationSettings, saved: Saved) -> None:
        self.settings = new
        text = self.tr("Saved.")
        if saved.tags_moved:
            text += " " + self.tr(
                "%n waiting tag(s) of this bench moved to its printer {printer}.",
                "",
                saved.tags_moved,
            ).format(printer=new.printer)
        if saved.tags_stranded:
            text += " " + self.tr(
                "%n tag(s) of this bench wait for a printer: set one and save to print them.",
                "",
                saved.tags_stranded,
            )
        restart = ("language", "wedge_gap_ms")  # the camera is restarted at once
        if any(getattr(new, name) != getattr(old, name) for name in restart):
            text += " " + self.tr("Language and scanner changes apply after a restart.")
        self.message.setText(text)
        self.settings_saved.emit(new, saved.station_id)
        if saved.tags_moved:
            self.tags_moved.emit()
        self.refresh_stranded()

    # -- tags waiting for another address ---------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: ANN001,N802 (Qt's name)
        super().showEvent(event)
        self.refresh_stranded()

    def refresh_stranded(self) -> None:
        """Ask which of this bench's tags wait for an address that is not its printer."""
        actor = self.who()
        if actor is None or actor.station_id is None:
            return
        warehouse, station_id, printer = self.warehouse, actor.station_id, self.settings.printer
        self.background.run(
            lambda: stranded(warehouse, station_id, printer),
            self._show_stranded,
            lambda exc: self.message.setText(describe(exc)),
        )

    def _show_stranded(self, found: list[Stranded]) -> None:
        tags = sum(s.tags for s in found)
        self.stranded_row.setVisible(tags > 0)
        if tags:
            where = ", ".join(s.printer_uri for s in found)
            if self.settings.printer:
                text = self.tr(
                    "%n tag(s) of this bench wait for {where}, which is not its printer: they "
                    "will not print there.",
                    "",
                    tags,
                ).format(where=where)
            else:
                text = self.tr(
                    "%n tag(s) of this bench wait for {where}; no printer is set: set one and "
                    "save to print them.",
                    "",
                    tags,
                ).format(where=where)
            say(self.stranded, text, "problem")
        self.send_stranded_button.setVisible(bool(self.settings.printer))
        self.stranded_shown.emit(tags)

    @Slot()
    def _on_send_stranded_button_clicked(self) -> None:
        actor, warehouse, settings = self.who(), self.warehouse, self.settings
        if actor is None or actor.station_id is None or not settings.printer:
            return
        station_id = actor.station_id

        def done(moved: int) -> None:
            self.message.setText(
                self.tr("%n tag(s) sent to {printer}.", "", moved).format(printer=settings.printer)
            )
            self.tags_moved.emit()
            self.refresh_stranded()

        self.background.run(
            lambda: send_stranded(
                warehouse, actor, station_id, settings.printer, settings.printer_profile
            ),
            done,
            lambda exc: self.message.setText(describe(exc)),
        )
