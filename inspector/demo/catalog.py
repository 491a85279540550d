"""The demo's catalog and the people around it: stations, staff and their roles, the shipped
bin map's bins, products with their prices and return rates, and customers."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import numpy as np
from stdnum import ean

from db import models as m
from inspector.demo import words as cat
from inspector.grading.bins import read_bin_map
from inspector.people.pins import hash_pin

if TYPE_CHECKING:
    from inspector.demo.build import Builder


def reference_data(b: Builder, customers: int) -> None:
    created = b.now - dt.timedelta(days=b.span)
    b.insert(
        m.Station,
        ("id", "name", "created_at"),
        [(i + 1, name, created) for i, name in enumerate(cat.STATIONS)],
    )
    b.station_ids = {name: i + 1 for i, name in enumerate(cat.STATIONS)}
    b.insert(
        m.Operator,
        (
            "id",
            "login",
            "display_name",
            "pin_hash",
            "badge_code",
            "active",
            "failed_pins",
            "created_at",
        ),
        [
            (i + 1, o[0], o[1], hash_pin(o[3]), o[4], True, 0, created)
            for i, o in enumerate(cat.OPERATORS)
        ],
    )
    b.insert(
        m.OperatorRole,
        ("operator_id", "role"),
        [(i + 1, role) for i, o in enumerate(cat.OPERATORS) for role in o[2]],
    )
    b.graders = [i + 1 for i, o in enumerate(cat.OPERATORS) if "grader" in o[2]]
    b.supervisor = next(i + 1 for i, o in enumerate(cat.OPERATORS) if "supervisor" in o[2])
    b.dockers = [i + 1 for i, o in enumerate(cat.OPERATORS) if "dock" in o[2]]
    _bins(b)
    _products(b)
    _customers(b, customers)


def _bins(b: Builder) -> None:
    """The shipped bin map's bins."""
    rows: list[tuple] = []
    b.bin_ids = {}
    for (disposition, category), codes in read_bin_map().codes.items():
        for code in codes:
            bin_id = len(rows) + 1
            rows.append((bin_id, code, disposition, category, "", True))
            b.bin_ids.setdefault((disposition, category), []).append(bin_id)
    b.insert(m.Bin, ("id", "code", "disposition", "category", "description", "active"), rows)


def _products(b: Builder) -> None:
    rows: list[tuple] = []
    category_idx, rate, price = [], [], []
    for c_idx, (category, count, (low, high), prefix) in enumerate(cat.CATEGORY_PLAN):
        for k in range(count):
            brand = b.py.choice(cat.BRANDS[category])
            item, desc = b.py.choice(cat.ITEMS[category])
            colour = b.py.choice(cat.COLOURS)
            name = f"{brand} {item}, {colour}"
            if category == "apparel":
                name += f", {b.py.choice(cat.APPAREL_SIZES)}"
            elif category == "footwear":
                name += f", US {b.py.choice(cat.SHOE_SIZES)}"
            cents = int(round(np.exp(b.py.uniform(np.log(low), np.log(high))))) * 100 - 1
            cost = int(cents * b.py.uniform(0.35, 0.6))
            body = f"0{b.py.randrange(10000, 99999)}{b.py.randrange(10000, 99999)}"
            upc = body + ean.calc_check_digit(body)
            pid = len(rows) + 1
            rows.append((pid, f"{prefix}-{1000 + k:05d}", name, desc, category, upc, cost, cents))
            category_idx.append(c_idx)
            # A few products come back far more often than their category: they are
            # what the analytics should point at.
            outlier = 1.9 if b.py.random() < 0.06 else 1.0
            rate.append(cat.RETURN_RATE[category] * outlier * b.py.uniform(0.7, 1.3))
            price.append(cents)
    b.insert(
        m.Product,
        (
            "id",
            "sku",
            "name",
            "description",
            "category",
            "upc",
            "unit_cost_cents",
            "price_cents",
        ),
        rows,
    )
    n = len(rows)
    b.summary.products = n
    b.product_category = np.array(category_idx)
    b.product_rate = np.array(rate)
    b.product_price = np.array(price)
    popularity = 1.0 / np.arange(1, n + 1) ** 0.8
    b.np.shuffle(popularity)
    b.product_p = popularity / popularity.sum()


def _customers(b: Builder, count: int) -> None:
    b.n_customers = count
    weights = np.array([r[3] for r in cat.REGIONS], dtype=float)
    region = b.np.choice(len(cat.REGIONS), b.n_customers, p=weights / weights.sum())
    rows = []
    for i in range(b.n_customers):
        country, name, prefix, _w = cat.REGIONS[region[i]]
        postal = prefix + f"{b.py.randrange(10000):04d}"
        rows.append(
            (
                i + 1,
                f"C{100000 + i}",
                f"customer{100000 + i}@example.com",
                country,
                name,
                postal,
            )
        )
    b.insert(m.Customer, ("id", "external_id", "email", "country", "region", "postal_code"), rows)
    b.summary.customers = b.n_customers
    b.customer_korean = np.array([cat.REGIONS[r][0] == "KR" for r in region])
    # Return behaviour differs by person: most rarely return, a few return a lot.
    mult = b.np.lognormal(0.0, 0.6, b.n_customers)
    b.customer_mult = mult / mult.mean()
    activity = b.np.lognormal(0.0, 1.0, b.n_customers)
    b.customer_p = activity / activity.sum()
