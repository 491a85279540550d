"""Station settings: this machine's name and the language of its screens."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.errors import InspectorError
from inspector.station import StationSettings, save_settings
from ui.touch import make_touchable


class SettingsPage(QWidget):
    settings_saved = Signal(object)

    def __init__(self, settings: StationSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.settings = settings
        self.station_name = QLineEdit(settings.station_name)
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow this computer"), "")
        self.language.addItem("English", "en")
        self.language.addItem("한국어", "ko")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.save_button = QPushButton(self.tr("Save"), objectName="primary")
        self.save_button.setMinimumWidth(200)
        for control in (self.station_name, self.language, self.save_button):
            make_touchable(control)
        self.message = QLabel(objectName="muted")
        self.message.setWordWrap(True)
        self.save_button.clicked.connect(self._on_save_clicked)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(16)
        for text, field in (
            (self.tr("Station name"), self.station_name),
            (self.tr("Language"), self.language),
        ):
            label = QLabel(text)
            label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            make_touchable(label, width=0)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Station settings"), objectName="title")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addStretch()

    @Slot()
    def _on_save_clicked(self) -> None:
        changed_language = self.language.currentData() != self.settings.language
        candidate = StationSettings(
            station_name=self.station_name.text().strip(), language=self.language.currentData()
        )
        if not candidate.station_name or not self.station_name.text().strip():
            self.message.setText(self.tr("Give the station a name."))
            return
        try:
            save_settings(candidate)
        except InspectorError as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=exc))
            return
        self.settings = candidate
        text = self.tr("Saved.")
        if changed_language:
            text += " " + self.tr("The new language shows after the app is restarted.")
        self.message.setText(text)
        self.settings_saved.emit(candidate)
