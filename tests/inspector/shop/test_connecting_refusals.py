"""Every refusal of connecting the shop and of its settings (inspector.shop.connecting,
shop_settings and the secrets behind them) that needs no shop to answer, and the one that
does (a location the shop does not have, against the loopback fake Shopify): the words an
admin reads, and not a row changed: no settings kept, no audit event."""

from __future__ import annotations

import pytest

from inspector.core.errors import InspectorError
from inspector.people.roles import NotAllowed
from inspector.shop.connecting import NotConnected, connect_shopify, connect_webhook, connector_for
from inspector.shop.secrets import SecretMissing
from inspector.shop.shop_settings import (
    ShopSettings,
    map_category,
    save_connection,
    set_refund_from_dock,
)
from tests.helpers.fake_shopify import FakeShopify
from tests.helpers.shop_flow import connect
from tests.helpers.unchanged import refused

HOOK = "https://hooks.example.com/returns"
LONG = "https://hooks.example.com/" + "a" * 240

CASES = {
    "a webhook kept by a supervisor": (
        lambda w, s: connect_webhook(w, s["supervisor"], HOOK, "env:HOOK_SECRET"),
        NotAllowed,
        "may not connect the shop: that needs the admin role",
    ),
    "a webhook that is no http address": (
        lambda w, s: connect_webhook(w, s["admin"], "ftp://hooks.example.com", "env:HOOK_SECRET"),
        InspectorError,
        "the webhook URL 'ftp://hooks.example.com' is not an http(s) address",
    ),
    "a webhook over plain http": (
        lambda w, s: connect_webhook(w, s["admin"], "http://hooks.example.com", "env:HOOK_SECRET"),
        InspectorError,
        "is plain http: secrets travel over https only; use https://",
    ),
    "a webhook address too long": (
        lambda w, s: connect_webhook(w, s["admin"], LONG, "env:HOOK_SECRET"),
        InspectorError,
        "the webhook URL is longer than 255 characters",
    ),
    "a webhook secret not set": (
        lambda w, s: connect_webhook(w, s["admin"], HOOK, "env:NO_SUCH_SECRET"),
        SecretMissing,
        "the environment variable NO_SUCH_SECRET is not set on this station",
    ),
    "a webhook secret that is no signing secret": (
        lambda w, s: connect_webhook(w, s["admin"], HOOK, "env:HOOK_SECRET"),
        InspectorError,
        "is not a Standard Webhooks secret (whsec_ and base64); nothing was kept",
    ),
    "a secret from nowhere": (
        lambda w, s: connect_webhook(w, s["admin"], HOOK, "vault:hook"),
        SecretMissing,
        "the shop settings name no usable secret ('vault'): connect again",
    ),
    "a shop connected by a grader": (
        lambda w, s: connect_shopify(w, s["grader"], "https://x.myshopify.com", "env:TOKEN"),
        NotAllowed,
        "that needs the admin role",
    ),
    "a store over plain http": (
        lambda w, s: connect_shopify(w, s["admin"], "http://x.myshopify.com", "env:TOKEN"),
        InspectorError,
        "the store address 'http://x.myshopify.com' is plain http",
    ),
    "a store token not set": (
        lambda w, s: connect_shopify(w, s["admin"], "https://x.myshopify.com", "env:NO_TOKEN"),
        SecretMissing,
        "the environment variable NO_TOKEN is not set",
    ),
    "a connector that does not exist": (
        lambda w, s: save_connection(w, s["admin"], ShopSettings(connector="magento")),
        InspectorError,
        "the connector is one of shopify, webhook",
    ),
    "the refund setting by a supervisor": (
        lambda w, s: set_refund_from_dock(w, s["supervisor"], True),
        NotAllowed,
        "that needs the admin role",
    ),
    "a category mapped by a grader": (
        lambda w, s: map_category(w, s["grader"], "Headphones", "electronics"),
        NotAllowed,
        "may not change checklists, rules, bins or printers",
    ),
    "a product type of blanks": (
        lambda w, s: map_category(w, s["supervisor"], "   ", "electronics"),
        InspectorError,
        "the shop's product type is empty or longer than 255 characters",
    ),
    "a category that does not exist": (
        lambda w, s: map_category(w, s["supervisor"], "Headphones", "audio"),
        InspectorError,
        "'audio' is not a category: one of electronics, apparel, footwear, home, other",
    ),
    "a connector when no shop is connected": (
        lambda w, s: connector_for(w),
        NotConnected,
        "no shop is connected: an admin connects one",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_refused_and_nothing_changed(warehouse, staff, monkeypatch, case):
    monkeypatch.setenv("HOOK_SECRET", "hello")  # not base64: the library refuses it
    monkeypatch.setenv("TOKEN", "shpat_0123456789")
    monkeypatch.delenv("NO_SUCH_SECRET", raising=False)
    monkeypatch.delenv("NO_TOKEN", raising=False)
    act, error, words = CASES[case]
    refused(warehouse, error, words, lambda: act(warehouse, staff))


def test_a_location_the_shop_does_not_have(warehouse, staff, monkeypatch):
    with FakeShopify() as fake:
        refused(
            warehouse,
            InspectorError,
            "the shop has no location 'Backroom'; its locations are: Main warehouse",
            lambda: connect(warehouse, staff["admin"], fake, monkeypatch, location="Backroom"),
        )


def test_a_webhook_the_endpoint_retired(warehouse, staff, monkeypatch):
    """An endpoint that said 410 Gone is not sent to again until an admin connects anew."""
    import base64

    from inspector.shop.shop_settings import disable_webhook

    monkeypatch.setenv("HOOK_SECRET", "whsec_" + base64.b64encode(b"k" * 24).decode())
    connect_webhook(warehouse, staff["admin"], HOOK, "env:HOOK_SECRET")
    disable_webhook(warehouse, "the endpoint answered 410 Gone")
    refused(
        warehouse, NotConnected, "the endpoint answered 410 Gone", lambda: connector_for(warehouse)
    )


@pytest.mark.parametrize(
    "secret",
    [
        "not-a-whsec-secret",  # the library alone took this one
        "QUJDREVGR0hJSktMTU5PUA==",  # base64, but without whsec_
        "whsec_",  # nothing after it
        "whsec_QUJD",  # three bytes: no key
        "whsec_QUJDREVGR0hJSktMTU5PUA=*",  # a character base64 has not
    ],
)
def test_a_secret_not_in_the_standard_webhooks_shape_is_refused(
    warehouse, staff, monkeypatch, secret
):
    monkeypatch.setenv("HOOK_SECRET", secret)
    refused(
        warehouse,
        InspectorError,
        "is not a Standard Webhooks secret (whsec_ and base64); nothing was kept",
        lambda: connect_webhook(warehouse, staff["admin"], HOOK, "env:HOOK_SECRET"),
    )

