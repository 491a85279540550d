"""The Settings page's Shop section (admin): which connector, the store or URL, where the
secret comes from (its name, never the secret), the location restocked units go to, the
refund switch, and Test connection."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from inspector.core.warehouse import Warehouse
from inspector.shop.connecting import check_shopify, connect_shopify, connect_webhook
from inspector.shop.connector import Connection
from inspector.shop.secrets import source_of
from inspector.shop.shop_settings import ShopSettings, load_shop_settings, set_refund_from_dock
from ui.common.background import Background
from ui.common.choice_box import ChoiceBox
from ui.common.page import Who
from ui.common.problems import describe
from ui.common.touch import make_touchable


class ShopSettingsBox(QGroupBox):
    saved = Signal(object)  # ShopSettings

    def __init__(
        self, warehouse: Warehouse, background: Background, who: Who, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Shop"))
        self.warehouse, self.background, self.who = warehouse, background, who
        self.connector = ChoiceBox()
        self.connector.addItem(self.tr("Not connected"), "")
        self.connector.addItem(self.tr("Shopify"), "shopify")
        self.connector.addItem(self.tr("Signed webhook"), "webhook")
        self.address = QLineEdit()
        self.secret_kind = ChoiceBox()
        self.secret_kind.addItem(self.tr("Environment variable"), "env")
        self.secret_kind.addItem(self.tr("Secrets file (readable by its owner only)"), "file")
        self.secret_name = QLineEdit()
        self.secret_name.setPlaceholderText(self.tr("e.g. SHOPIFY_TOKEN"))
        self.location = ChoiceBox()
        self.refund = QCheckBox(self.tr("Refund from the dock (otherwise the note carries it)"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.save_button = QPushButton(self.tr("Save shop settings"))
        self.message = QLabel(objectName="muted", wordWrap=True)
        for control in (
            self.connector,
            self.address,
            self.secret_kind,
            self.secret_name,
            self.location,
        ):
            make_touchable(control)
        make_touchable(self.test_button, width=200)
        make_touchable(self.save_button, width=200)
        self.connector.currentIndexChanged.connect(self._on_connector_current_index_changed)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)

        secret = QWidget()
        row = QHBoxLayout(secret)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.secret_kind)
        row.addWidget(self.secret_name, 1)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.test_button)
        row.addWidget(self.save_button)
        row.addStretch()
        form = QFormLayout(self)
        form.setVerticalSpacing(12)
        self.address_label = QLabel()
        form.addRow(self.tr("Connector"), self.connector)
        form.addRow(self.address_label, self.address)
        form.addRow(self.tr("Secret from"), secret)
        form.addRow(self.tr("Restocked units go to"), self.location)
        form.addRow("", self.refund)
        form.addRow("", buttons)
        form.addRow(self.message)

    def load(self) -> None:
        """Show the kept settings (read off the UI thread)."""
        self.background.run(lambda: load_shop_settings(self.warehouse), self._show)

    def _show(self, settings: ShopSettings) -> None:
        self.connector.setCurrentIndex(max(0, self.connector.findData(settings.connector or "")))
        shopify = settings.connector == "shopify"
        self.address.setText(settings.store_url if shopify else settings.webhook_url)
        source = settings.token_source if shopify else settings.secret_source
        kind, _, name = source.partition(":")
        self.secret_kind.setCurrentIndex(max(0, self.secret_kind.findData(kind or "env")))
        self.secret_name.setText(name)
        self.location.clear()
        if settings.location_id:
            self.location.addItem(
                settings.location_name or settings.location_id, settings.location_name
            )
        self.refund.setChecked(settings.refund_from_dock)
        self._on_connector_current_index_changed()

    @Slot()
    def _on_connector_current_index_changed(self) -> None:
        kind = self.connector.currentData()
        self.address_label.setText(
            self.tr("Store address") if kind != "webhook" else self.tr("Webhook URL")
        )
        self.address.setPlaceholderText(
            "https://name.myshopify.com" if kind != "webhook" else "https://erp.example.com/hooks"
        )
        for widget in (self.address, self.secret_kind, self.secret_name, self.test_button):
            widget.setEnabled(bool(kind))
        self.location.setEnabled(kind == "shopify")
        self.refund.setEnabled(kind == "shopify")

    def _source(self) -> str:
        kind, name = self.secret_kind.currentData(), self.secret_name.text().strip()
        return source_of(env=name) if kind == "env" else source_of(file_name=name)

    @Slot()
    def _on_test_button_clicked(self) -> None:
        kind, address = self.connector.currentData(), self.address.text().strip()
        actor = self.who()
        try:
            source = self._source()
        except Exception as exc:  # noqa: BLE001 - said in words
            self.message.setText(describe(exc))
            return
        if kind != "shopify":
            self.message.setText(self.tr("A webhook is checked when it is saved."))
            return
        self.test_button.setEnabled(False)
        self.message.setText(self.tr("Asking the shop…"))
        self.background.run(
            lambda: check_shopify(self.warehouse, actor, address, source),
            self._on_checked,
            self._on_failed,
        )

    def _on_checked(self, connection: Connection) -> None:
        self.test_button.setEnabled(True)
        chosen = self.location.currentData()
        self.location.clear()
        for location in connection.locations:
            self.location.addItem(location.name, location.name)
        if chosen:
            self.location.setCurrentIndex(max(0, self.location.findData(chosen)))
        self.message.setText(
            self.tr("Connected to {shop}: %n location(s).", "", len(connection.locations)).format(
                shop=connection.shop_name
            )
        )

    def _on_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.message.setText(self.tr("Not connected: {reason}").format(reason=describe(exc)))

    @Slot()
    def _on_save_button_clicked(self) -> None:
        kind, address, actor = self.connector.currentData(), self.address.text().strip(), self.who()
        if not kind:
            self.message.setText(self.tr("Choose Shopify or a signed webhook first."))
            return
        try:
            source = self._source()
        except Exception as exc:  # noqa: BLE001 - said in words
            self.message.setText(describe(exc))
            return
        location, refund = self.location.currentData(), self.refund.isChecked()
        warehouse = self.warehouse

        def save() -> ShopSettings:
            if kind == "shopify":
                done = connect_shopify(warehouse, actor, address, source, location)
                if done.settings.refund_from_dock != refund:
                    set_refund_from_dock(warehouse, actor, refund)
            else:
                connect_webhook(warehouse, actor, address, source)
            return load_shop_settings(warehouse)

        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Checking and saving…"))
        self.background.run(save, self._on_saved, self._on_failed)

    def _on_saved(self, settings: ShopSettings) -> None:
        self.save_button.setEnabled(True)
        self._show(settings)
        self.message.setText(self.tr("Saved. The stations use it from their next round."))
        self.saved.emit(settings)
