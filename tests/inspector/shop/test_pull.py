"""Pulling returns from the fake shop: RMAs through the import's checks, the shop's ids kept,
re-pulls that change nothing, what the shop holds kept as given, one puller at a time."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from db import models as m
from inspector.receiving.lookup import lookup
from inspector.shop.pulling import PULL_LEASE, pull, pull_state, take_lease
from inspector.shop.shop_settings import map_category, unmapped_types
from tests.helpers.fake_shopify import FakeShopify
from tests.helpers.shop_flow import connect, item, shop_connector


@pytest.fixture
def fake():
    with FakeShopify() as shop:
        yield shop


@pytest.fixture
def connected(warehouse, staff, fake, monkeypatch):
    connect(warehouse, staff["admin"], fake, monkeypatch)
    connector = shop_connector(warehouse)
    yield connector
    connector.close()


def _count(warehouse, model):
    with warehouse.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_pulled_return_becomes_an_rma_with_the_shops_ids(warehouse, fake, connected):
    ret = fake.state.add_return(
        [(item(1, price="59.90", product_type="Sneakers"), 2), (item(2), 1)],
        tracking="1Z999AA10123456784",
        reason=("size-too-small", "Size too small"),
        source_name="pos",
        country="KR",
        province="11",
        zip="04524",
    )
    report = pull(warehouse, connected, "BENCH-1/test")
    assert report.new == [ret.name] and report.problems == [] and report.error is None
    view = lookup(warehouse, "1Z999AA10123456784")
    assert view is not None and view.rma_number == ret.name
    assert view.order_number == ret.order.name and view.channel == "store"
    assert (view.customer_country, view.customer_region) == ("KR", "11")
    assert sorted((x.sku, x.quantity, x.reason) for x in view.lines) == [
        ("SKU-0001", 2, "SIZE_TOO_SMALL"),
        ("SKU-0002", 1, "SIZE_TOO_SMALL"),
    ]
    with warehouse.sessions() as session:
        rma = session.scalars(select(m.Rma)).one()
        assert rma.shop_return_id == ret.id and rma.order.shop_order_id == ret.order.id
        # The return window counts from the delivery the order's fulfillment reported.
        delivered = fake.state.clock.date() - dt.timedelta(days=5)  # add_return's default
        assert rma.order.delivered_on == delivered
        assert rma.return_deadline == delivered + dt.timedelta(days=30)
        assert rma.trackings[0].shop_delivery_id == ret.deliveries[0][0]
        lines = {s.return_line_item_id: s for s in session.scalars(select(m.ShopLine))}
        assert set(lines) == {x.id for x in ret.lines}
        assert {s.rfo_line_item_id for s in lines.values()} == {x.id for x in ret.rfo_lines}
        price = session.scalars(
            select(m.OrderLine.unit_price_cents).join(m.Product).where(m.Product.sku == "SKU-0001")
        ).one()
        assert price == 5990
        assert session.scalars(select(m.RmaLine.reason_name)).all() == ["Size too small"] * 2


def test_pulling_again_changes_nothing(warehouse, fake, connected):
    fake.state.add_return([(item(1), 1)], tracking="1Z999AA10123456784")
    pull(warehouse, connected, "a")
    counts = {
        t: _count(warehouse, t) for t in (m.Rma, m.RmaLine, m.ShopLine, m.RmaTracking, m.Product)
    }
    state = pull_state(warehouse)
    # The cursor keeps a second behind the newest order seen: that order is read again.
    again = pull(warehouse, connected, "a")
    assert (again.returns, again.new, again.updated, again.unchanged) == (1, [], [], 1)
    # From the start (a lost cursor), the same RMA again: unchanged.
    with warehouse.sessions.begin() as session:
        session.get(m.Setting, "shop.pull").value = {}
    again = pull(warehouse, connected, "a")
    assert (again.returns, again.new, again.updated, again.unchanged) == (1, [], [], 1)
    assert {t: _count(warehouse, t) for t in counts} == counts
    assert state["cursor"]["since"] <= pull_state(warehouse)["cursor"]["since"]


def test_barcodes_that_are_no_gtin_are_kept_with_a_warning(warehouse, fake, connected):
    fake.state.add_return(
        [
            (item(1, barcode="012345678906"), 1),  # a UPC-A with a wrong check digit
            (item(2, barcode="AB-77"), 1),  # no GTIN at all
            (item(3, barcode="012345678905"), 1),  # a good one
        ]
    )
    report = pull(warehouse, connected, "a")
    assert len(report.new) == 1 and report.problems == []
    assert len(report.warnings) == 2 and "012345678906" in report.warnings[0]
    with warehouse.sessions() as session:
        upcs = dict(session.execute(select(m.Product.sku, m.Product.upc)).all())
    assert upcs == {"SKU-0001": "012345678906", "SKU-0002": "AB-77", "SKU-0003": "012345678905"}


def test_an_unknown_reason_is_other_and_keeps_the_shops_name(warehouse, fake, connected):
    fake.state.add_return([(item(1), 1)], reason=("arrived-too-late", "Arrived too late"))
    pull(warehouse, connected, "a")
    with warehouse.sessions() as session:
        line = session.scalars(select(m.RmaLine)).one()
    assert (line.reason, line.reason_name) == ("OTHER", "Arrived too late")


def test_the_product_type_picks_the_checklist_category(warehouse, staff, fake, connected):
    map_category(warehouse, staff["supervisor"], "Sneakers", "footwear")
    connected.settings = type(connected.settings)(
        **{**connected.settings.as_json(), "categories": {"sneakers": "footwear"}}
    )
    fake.state.add_return(
        [
            (item(1, product_type="Sneakers"), 1),
            (item(2, product_type="Gadgets"), 1),
            (item(3, product_type="", tags=("sneakers",)), 1),
        ]
    )
    pull(warehouse, connected, "a")
    with warehouse.sessions() as session:
        categories = dict(session.execute(select(m.Product.sku, m.Product.category)).all())
    assert categories == {"SKU-0001": "footwear", "SKU-0002": "other", "SKU-0003": "footwear"}
    assert unmapped_types(warehouse) == [("Gadgets", 1)]
    assert map_category(warehouse, staff["supervisor"], "gadgets", "electronics") == 1
    assert unmapped_types(warehouse) == []


def test_a_return_whose_lines_changed_is_refused_in_words_and_the_rest_is_pulled(
    warehouse, fake, connected
):
    ret = fake.state.add_return([(item(1), 2)], tracking="1Z999AA10123456784")
    pull(warehouse, connected, "a")
    ret.lines[0].quantity = 3  # the shop changed the return after it was pulled
    later = fake.state.clock + dt.timedelta(days=9)
    ret.order.updated_at = later.isoformat().replace("+00:00", "Z")
    other = fake.state.add_return(
        [(item(2), 1)],
        updated_at=(later + dt.timedelta(seconds=1)).isoformat().replace("+00:00", "Z"),
    )
    report = pull(warehouse, connected, "a")
    assert report.new == [other.name]
    assert len(report.problems) == 1
    name, words = report.problems[0]
    assert name == ret.name and "2 x SKU-0001" in words and "the shop says now 3" in words
    assert pull_state(warehouse)["problems"] == [[ret.name, words]]
    with warehouse.sessions() as session:
        assert (
            session.scalars(
                select(m.RmaLine.quantity).join(m.Rma).where(m.Rma.rma_number == ret.name)
            ).one()
            == 2
        )


def test_pulls_page_through_the_orders_with_the_cursor(warehouse, fake, connected):
    returns = [fake.state.add_return([(item(n), 1)]) for n in range(45)]
    report = pull(warehouse, connected, "a")
    assert report.pages == 2 and sorted(report.new) == sorted(r.name for r in returns)
    assert _count(warehouse, m.Rma) == 45


def test_one_station_pulls_at_a_time(warehouse, fake, connected):
    fake.state.add_return([(item(1), 1)])
    assert take_lease(warehouse, PULL_LEASE, "BENCH-2/other", dt.datetime.now())
    report = pull(warehouse, connected, "BENCH-1/me")
    assert report.busy and report.returns == 0 and _count(warehouse, m.Rma) == 0
    # A lease that lapsed (its station died) is taken over.
    later = dt.datetime.now() + dt.timedelta(minutes=6)
    assert pull(warehouse, connected, "BENCH-1/me", clock=lambda: later).new


def test_an_unreachable_shop_is_said_and_the_dock_goes_on(warehouse, fake, connected):
    fake.__exit__(None, None, None)
    report = pull(warehouse, connected, "a")
    assert report.error and "cannot reach the shop" in report.error
    assert pull_state(warehouse)["last_error"] == report.error
    assert _count(warehouse, m.Rma) == 0


def test_a_document_the_store_does_not_accept_is_said_in_words(
    warehouse, fake, connected, monkeypatch
):
    from inspector.shop import admin_api

    fake.state.add_return([(item(1), 1)])
    real = admin_api.document
    broken = real("orders_with_returns").replace("sourceName", "sourceChannelName")
    monkeypatch.setattr(
        admin_api, "document", lambda name: broken if name == "orders_with_returns" else real(name)
    )
    report = pull(warehouse, connected, "a")
    assert report.error and "Shopify refused the request" in report.error
    assert "sourceChannelName" in report.error and "2026-10" in report.error
    assert _count(warehouse, m.Rma) == 0
