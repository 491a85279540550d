"""Checking single rows of an RMA file, without a database."""

import pytest

from inspector.rmas.import_files import SourceRow
from inspector.rmas.import_rows import gather, parse_row
from tests.helpers.rma_files import row


def parsed(**values):
    return parse_row(SourceRow("line 2", row(**values)))


def test_good_row_becomes_an_rma_with_one_line():
    rma, problems = parsed()
    assert problems == []
    assert rma.rma_number == "R-1001"
    assert rma.lines[0].unit_price_cents == 8999
    assert rma.tracking_numbers == ["1Z999AA10123456784"]


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("rma_number", "", "rma_number is empty"),
        ("quantity", "two", "not a whole number"),
        ("quantity", "0", "1 or more"),
        ("reason", "BROKEN", "reason 'BROKEN' is not one of"),
        ("channel", "fax", "channel 'fax'"),
        ("category", "toys", "category 'toys'"),
        ("rma_created", "26/11/2026", "not a date"),
        ("unit_price", "free", "not an amount"),
        ("unit_price", "-3", "must not be negative"),
        ("upc", "036000291453", "valid check digit"),
        ("tracking_numbers", "1Z99 $$$", "not 8 to 40 letters"),
        ("customer_country", "USA", "two-letter"),
        ("delivered_date", "2026-10-01", "before order_date"),
    ],
)
def test_each_kind_of_bad_field_is_named(field, value, words):
    rma, problems = parsed(**{field: value})
    assert rma is None
    assert any(words in p for p in problems), problems


def test_reasons_are_read_loosely_but_stored_in_the_vocabulary():
    rma, _ = parsed(reason="size too small")
    assert rma.lines[0].reason == "SIZE_TOO_SMALL"
    rma, _ = parsed(reason="")
    assert rma.lines[0].reason == "UNKNOWN"


def test_upc_that_lost_its_leading_zero_in_a_spreadsheet_is_restored():
    rma, problems = parsed(upc="36000291452")
    assert problems == []
    assert rma.lines[0].upc == "036000291452"


def test_known_upc_and_ean_are_read_and_a_wrong_check_digit_is_refused():
    assert parsed(upc="036000291452")[0].lines[0].upc == "036000291452"
    assert parsed(upc="4006381333931")[0].lines[0].upc == "4006381333931"  # a real EAN-13
    for wrong in ("036000291453", "0360-0029-1452"):  # a wrong check digit; not digits alone
        rma, problems = parsed(upc=wrong)
        assert rma is None
        assert problems == [f"upc '{wrong}' is not a UPC/EAN with a valid check digit"]


def test_rows_of_one_rma_are_gathered_and_must_agree():
    rows = [
        SourceRow("line 2", row()),
        SourceRow("line 3", row(sku="SKU-2", tracking_numbers="1Z999AA10123456784")),
        SourceRow("line 4", row(sku="SKU-3", order_number="SO-OTHER")),
        SourceRow("line 5", row(sku="SKU-2")),
    ]
    rmas, problems = gather(rows)
    assert [line.sku for line in rmas[0].lines] == ["SKU-1", "SKU-2"]
    assert [(p.where, "order_number differs" in p.message) for p in problems][0] == ("line 4", True)
    assert problems[1].where == "line 5" and "listed twice" in problems[1].message


def test_one_tracking_number_on_two_rmas_is_refused():
    rows = [
        SourceRow("line 2", row()),
        SourceRow("line 3", row(rma_number="R-2", order_number="SO-2")),
    ]
    _, problems = gather(rows)
    assert problems and "also belongs to RMA R-1001" in problems[0].message
