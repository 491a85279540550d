"""Connecting the shop: check a token or an endpoint and keep the settings (admin); build the
connector the settings name, with its secret read where the settings say."""

from __future__ import annotations

from dataclasses import dataclass

from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse
from inspector.people.roles import Action, Actor, require
from inspector.shop.connector import Connection, Connector
from inspector.shop.secrets import read_secret
from inspector.shop.shop_settings import (
    ShopSettings,
    check_url,
    load_shop_settings,
    save_connection,
)


class NotConnected(InspectorError):
    """No shop is connected (or the webhook endpoint was retired)."""


def connector_for(
    warehouse: Warehouse, settings: ShopSettings | None = None, **api_options: float
) -> Connector:
    """The connector the shop settings name, ready to use."""
    from inspector.shop.admin_api import AdminApi
    from inspector.shop.shopify import ShopifyConnector
    from inspector.shop.webhook import WebhookConnector

    settings = settings or load_shop_settings(warehouse)
    if settings.connector == "shopify":
        token = read_secret(settings.token_source)
        api = AdminApi(settings.store_url, token, **api_options)  # type: ignore[arg-type]
        return ShopifyConnector(warehouse, settings, api)
    if settings.connector == "webhook":
        if settings.webhook_disabled:
            raise NotConnected(settings.webhook_disabled)
        secret = read_secret(settings.secret_source)
        return WebhookConnector(warehouse, settings.webhook_url, secret)
    raise NotConnected(
        "no shop is connected: an admin connects one with 'inspector shop connect' or on the "
        "Settings page"
    )


@dataclass(frozen=True)
class Connected:
    settings: ShopSettings
    connection: Connection


def check_shopify(
    warehouse: Warehouse, actor: Actor | None, store_url: str, token_source: str
) -> Connection:
    """Check a token against a store without keeping anything (admin): the shop's name and
    its locations, for the Settings page's Test connection."""
    from inspector.shop.admin_api import AdminApi
    from inspector.shop.shopify import ShopifyConnector

    require(actor, Action.CONNECT_SHOP)
    url = check_url(store_url, "the store address")
    api = AdminApi(url, read_secret(token_source), read_timeout=15.0, give_up_after_s=20)
    try:
        return ShopifyConnector(warehouse, ShopSettings(), api).check()
    finally:
        api.close()


def connect_shopify(
    warehouse: Warehouse,
    actor: Actor | None,
    store_url: str,
    token_source: str,
    location: str | None = None,
    *,
    read_timeout: float = 20.0,
) -> Connected:
    """Check the token against the store, find the location by name, keep the settings."""
    from inspector.shop.admin_api import AdminApi
    from inspector.shop.shopify import ShopifyConnector

    require(actor, Action.CONNECT_SHOP)
    url = check_url(store_url, "the store address")
    token = read_secret(token_source)
    api = AdminApi(url, token, read_timeout=read_timeout, give_up_after_s=30)
    try:
        connection = ShopifyConnector(warehouse, ShopSettings(), api).check()
    finally:
        api.close()
    chosen = None
    if location:
        wanted = location.strip().lower()
        matches = [
            loc for loc in connection.locations if wanted in (loc.name.lower(), loc.id.lower())
        ]
        if not matches:
            names = ", ".join(loc.name for loc in connection.locations) or "none"
            raise InspectorError(
                f"the shop has no location '{location}'; its locations are: {names}"
            )
        chosen = matches[0]
    elif len(connection.locations) == 1:
        chosen = connection.locations[0]
    before = load_shop_settings(warehouse)
    settings = ShopSettings(
        connector="shopify",
        store_url=url,
        token_source=token_source,
        location_id=chosen.id if chosen else None,
        location_name=chosen.name if chosen else None,
        pull_every_s=before.pull_every_s,
    )
    save_connection(warehouse, actor, settings)
    return Connected(load_shop_settings(warehouse), connection)


# Standard Webhooks: "whsec_" and the key in base64, 24 to 64 bytes (16 accepted, as some
# senders issue). The library itself decodes leniently: "not-a-secret" passed it.
SECRET_BYTES = range(16, 65)


def _signing_secret(secret: str) -> bool:
    import base64
    import binascii

    if not secret.startswith("whsec_"):
        return False
    try:
        return len(base64.b64decode(secret.removeprefix("whsec_"), validate=True)) in SECRET_BYTES
    except (binascii.Error, ValueError):
        return False


def connect_webhook(
    warehouse: Warehouse, actor: Actor | None, url: str, secret_source: str
) -> Connected:
    """Keep a webhook endpoint; its signing secret must be readable where it is said to be."""
    from inspector.shop.webhook import WebhookConnector

    require(actor, Action.CONNECT_SHOP)
    checked = check_url(url, "the webhook URL")
    secret = read_secret(secret_source)
    if not _signing_secret(secret):
        raise InspectorError(
            "the signing secret is not a Standard Webhooks secret (whsec_ and base64); "
            "nothing was kept"
        )
    try:
        WebhookConnector(warehouse, checked, secret).close()
    except Exception:  # noqa: BLE001 - standardwebhooks raises plain errors on a bad secret
        raise InspectorError(
            "the signing secret is not a Standard Webhooks secret (whsec_ and base64); "
            "nothing was kept"
        ) from None
    settings = ShopSettings(connector="webhook", webhook_url=checked, secret_source=secret_source)
    save_connection(warehouse, actor, settings)
    return Connected(load_shop_settings(warehouse), Connection(shop_name=checked))
