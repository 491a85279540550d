"""Every GraphQL document the app sends is valid against Shopify's real 2026-10 schema."""

import gzip
import json

import pytest
from graphql import parse, validate

from inspector.shop.admin_api import DOCUMENTS, document, document_names
from tests.helpers.fake_shopify import SCHEMA_FILE, admin_schema


def test_the_schema_copy_keeps_its_notice_and_licence():
    folder = SCHEMA_FILE.parent
    assert (
        "ISC" in (folder / "LICENSE").read_text() and "Shopify" in (folder / "LICENSE").read_text()
    )
    assert "admin_2026-10.json.gz" in (folder / "NOTICE").read_text()
    with gzip.open(SCHEMA_FILE, "rt") as source:
        assert "__schema" in json.load(source)["data"]


def test_the_app_sends_the_documents_it_ships():
    assert set(document_names()) >= {
        "orders_with_returns",
        "return_details",
        "locations",
        "dispose",
        "dispositions_state",
        "return_state",
        "return_process",
        "return_close",
    }


@pytest.mark.parametrize("name", document_names())
def test_each_document_is_valid_against_the_real_schema(name):
    assert validate(admin_schema(), parse(document(name))) == []


def test_a_document_shopify_would_refuse_fails_the_same_check():
    wrong = "query { orders(first: 5) { nodes { id returnStatusText } } }"
    errors = validate(admin_schema(), parse(wrong))
    assert errors and "returnStatusText" in errors[0].message


def test_documents_live_in_resources():
    assert DOCUMENTS.name == "shopify" and DOCUMENTS.parent.name == "resources"
