"""The shop connection's settings, shared by every station: which connector, where, and the
names (never the values) of its secrets; the product-type map; the refund switch."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select, update

from db import models as m
from db.engine import explained_errors
from db.vocabulary import CATEGORIES
from inspector.core.errors import InspectorError
from inspector.core.warehouse import Warehouse
from inspector.people.audit import record
from inspector.people.roles import Action, Actor, require

KEY = "shop.connection"
CONNECTORS = ("shopify", "webhook")
PULL_EVERY_S = 120


@dataclass(frozen=True)
class ShopSettings:
    connector: str | None = None  # "shopify", "webhook" or None (not connected)
    store_url: str = ""  # Shopify: the store's base URL
    token_source: str = ""  # Shopify: env:VAR or file:NAME (inspector.shop.secrets)
    location_id: str | None = None  # where a RESTOCKED unit goes
    location_name: str | None = None
    webhook_url: str = ""
    secret_source: str = ""  # webhook: the signing secret's source
    webhook_disabled: str | None = None  # why the endpoint stopped taking events (410)
    refund_from_dock: bool = False
    # Requested returns: the policy's verdict approves and declines them (auto), or they wait
    # for a supervisor's tap (suggest, the default). REVIEW always waits.
    authorize_auto: bool = False
    categories: dict[str, str] = field(default_factory=dict)  # product type (lower) -> category
    pull_every_s: int = PULL_EVERY_S

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def category_for(self, *names: str | None) -> str | None:
        """The app's category for the first of the shop's names (type, category, tags) mapped."""
        for name in names:
            if name and name.strip().lower() in self.categories:
                return self.categories[name.strip().lower()]
        return None


def check_url(url: str, what: str) -> str:
    """An http(s) base URL; plain http only for this machine (loopback), never for a token."""
    text = url.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InspectorError(
            f"{what} '{url}' is not an http(s) address like https://name.myshopify.com"
        )
    if parts.scheme == "http" and not _loopback(parts.hostname):
        raise InspectorError(
            f"{what} '{url}' is plain http: secrets travel over https only; use https://"
        )
    if len(text) > 255:
        raise InspectorError(f"{what} is longer than 255 characters")
    return text


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def load_shop_settings(warehouse: Warehouse) -> ShopSettings:
    with explained_errors(), warehouse.sessions() as session:
        row = session.get(m.Setting, KEY)
        return settings_of(row.value if row else None)


def settings_of(value: dict[str, Any] | None) -> ShopSettings:
    if not value:
        return ShopSettings()
    known = {k: v for k, v in value.items() if k in ShopSettings.__dataclass_fields__}
    return ShopSettings(**known)


def _save(session: Any, settings: ShopSettings) -> None:
    row = session.get(m.Setting, KEY)
    if row is None:
        session.add(m.Setting(key=KEY, value=settings.as_json()))
    else:
        row.value = settings.as_json()


def save_connection(warehouse: Warehouse, actor: Actor | None, settings: ShopSettings) -> None:
    """Keep a checked connection (admin); audited without any secret (only its source)."""
    require(actor, Action.CONNECT_SHOP)
    if settings.connector not in (*CONNECTORS, None):
        raise InspectorError(f"the connector is one of {', '.join(CONNECTORS)}")
    with explained_errors(), warehouse.sessions.begin() as session:
        before = settings_of(getattr(session.get(m.Setting, KEY), "value", None))
        settings = replace(
            settings,
            categories=before.categories,
            refund_from_dock=before.refund_from_dock,
            authorize_auto=before.authorize_auto,
        )
        _save(session, settings)
        record(
            session,
            actor,
            "shop_connected",
            "shop",
            settings.connector or "none",
            before=_public(before),
            after=_public(settings),
        )


def _public(settings: ShopSettings) -> dict[str, Any]:
    """What the audit trail keeps of the settings: where secrets are, not what they are."""
    data = settings.as_json()
    data.pop("categories", None)
    return data


def save_setting_field(session: Any, **changes: Any) -> ShopSettings:
    """Change some fields of the kept settings inside the caller's transaction; returns what
    they were before."""
    before = settings_of(getattr(session.get(m.Setting, KEY), "value", None))
    _save(session, replace(before, **changes))
    return before


def set_refund_from_dock(warehouse: Warehouse, actor: Actor | None, on: bool) -> None:
    """Whether the dock's refund goes to the shop with the processed return (admin)."""
    require(actor, Action.CONNECT_SHOP)
    with explained_errors(), warehouse.sessions.begin() as session:
        before = settings_of(getattr(session.get(m.Setting, KEY), "value", None))
        _save(session, replace(before, refund_from_dock=on))
        record(
            session,
            actor,
            "shop_refund_setting",
            "shop",
            "refund_from_dock",
            before={"refund_from_dock": before.refund_from_dock},
            after={"refund_from_dock": on},
        )


def disable_webhook(warehouse: Warehouse, why: str) -> None:
    """The endpoint said it is gone (410): stop sending to it until an admin connects again."""
    with explained_errors(), warehouse.sessions.begin() as session:
        before = settings_of(getattr(session.get(m.Setting, KEY), "value", None))
        _save(session, replace(before, webhook_disabled=why[:300]))
        record(session, None, "shop_webhook_disabled", "shop", "webhook", after={"why": why[:300]})


_TYPE = re.compile(r"\S.{0,254}")


def map_category(warehouse: Warehouse, actor: Actor | None, shop_type: str, category: str) -> int:
    """Map a shop product type (or taxonomy category, or tag) to one of the app's categories
    (supervisor); products already pulled with that type and no category of their own follow.
    Returns how many products changed."""
    require(actor, Action.CONFIGURE)
    name = shop_type.strip()
    if not _TYPE.fullmatch(name):
        raise InspectorError("the shop's product type is empty or longer than 255 characters")
    if category not in CATEGORIES:
        raise InspectorError(f"'{category}' is not a category: one of {', '.join(CATEGORIES)}")
    with explained_errors(), warehouse.sessions.begin() as session:
        before = settings_of(getattr(session.get(m.Setting, KEY), "value", None))
        categories = {**before.categories, name.lower(): category}
        _save(session, replace(before, categories=categories))
        changed = session.execute(
            update(m.Product)
            .where(
                func.lower(m.Product.shop_product_type) == name.lower(),
                m.Product.category == "other",
            )
            .values(category=category)
            .execution_options(synchronize_session=False)
        )
        count = int(getattr(changed, "rowcount", 0) or 0)
        record(
            session,
            actor,
            "shop_category_mapped",
            "shop",
            name[:64],
            before={"category": before.categories.get(name.lower())},
            after={"category": category, "products": count},
        )
        return count


def unmapped_types(warehouse: Warehouse) -> list[tuple[str, int]]:
    """The shop's product types that grade with the default checklist: (type, products)."""
    settings = load_shop_settings(warehouse)
    with explained_errors(), warehouse.sessions() as session:
        rows = session.execute(
            select(m.Product.shop_product_type, func.count())
            .where(m.Product.shop_product_type.is_not(None), m.Product.category == "other")
            .group_by(m.Product.shop_product_type)
            .order_by(func.count().desc())
        ).all()
    return [(t, n) for t, n in rows if t and t.lower() not in settings.categories]
