"""Label normalization with published example numbers, and fuzzed text that must not crash."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.demo.tracking_numbers import mint_usps
from inspector.receiving.labels import Candidate, candidates
from inspector.rmas.carriers import carrier_of
from inspector.rmas.rma_numbers import make_rma_number

# Published examples: UPS's documentation number, FedEx's Express example, GS1's SSCC and
# Digital Link examples (GS1 General Specifications; GS1 Digital Link standard).
UPS = "1Z999AA10123456784"
FEDEX = "986578788855"
SSCC = "106141411234567897"
DIGITAL_LINK = "https://id.gs1.org/01/09506000134352/21/SER123"


def kinds(text):
    return [(c.kind, c.value) for c in candidates(text)]


def test_carriers():
    assert candidates(UPS)[0] == Candidate("tracking", UPS, "UPS")
    assert candidates(FEDEX)[0] == Candidate("tracking", FEDEX, "FedEx")
    assert candidates(f" {UPS[:6]} {UPS[6:]} ")[0].value == UPS  # spaces as printed
    assert carrier_of("1Z999AA10123456785") is None  # one digit off


def test_usps_routing_prefix_and_fedex_34_digit_barcode():
    usps = mint_usps(random.Random(5))
    for scanned in (usps, f"42090210{usps}", f"420902101234{usps}"):
        assert ("tracking", usps) in kinds(scanned), scanned
    fedex34 = "9622001900005105500" + "000" + FEDEX
    assert ("tracking", FEDEX) in kinds(fedex34)


def test_gs1_element_strings_keep_their_meaning():
    assert ("sscc", SSCC) in kinds(f"]C100{SSCC}")
    assert kinds(DIGITAL_LINK) == [("gtin", "09506000134352"), ("serial", "SER123")]
    assert ("gtin", "036000291452") in kinds("036000291452")
    gs1 = "]d2010950600013435221SER9\x1d10LOT"
    assert ("serial", "SER9") in kinds(gs1) and ("gtin", "09506000134352") in kinds(gs1)


def test_rma_numbers_and_portal_links():
    number = make_rma_number(1)
    assert kinds(number.lower())[0] == ("rma", number)
    assert kinds(f"https://returns.example.com/start?rma={number}")[0] == ("rma", number)
    assert kinds(f"https://returns.example.com/r/{number}/")[0] == ("rma", number)
    assert ("order", "SO-5001") in kinds("https://returns.example.com/?order=SO-5001")


def test_a_wrong_check_character_is_no_rma_number():
    number = make_rma_number(1234)
    wrong = number[:-1] + ("0" if number[-1] != "0" else "1")
    assert all(kind != "rma" for kind, _ in kinds(wrong))


def test_near_misses_that_crash_the_carrier_package_are_no_tracking_number():
    for text in ("1Z999AA1012345678X", "1Z00000000000000X0"[:18], "1ZXXXXXXXXXXXXXXXX"):
        assert all(c.kind != "tracking" for c in candidates(text)), text


@settings(max_examples=400, deadline=None)
@given(st.from_regex(r"1Z[0-9A-Z]{16}", fullmatch=True))
def test_anything_shaped_like_a_ups_number_never_raises(text):
    candidates(text)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=600))
def test_any_text_gives_candidates_or_none_and_never_raises(text):
    found = candidates(text)
    assert all(c.kind in ("rma", "tracking", "order", "sscc", "gtin", "serial") for c in found)
    assert all(c.value for c in found)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decoded_as_a_scanner_would_never_raise(data):
    candidates(data.decode("latin-1"))


def test_a_routing_code_alone_is_told_from_a_label_that_names_a_parcel():
    from inspector.receiving.labels import is_routing_code

    usps = "9205590164917312751089"
    assert is_routing_code("42015213") and is_routing_code("]C1420152130001")
    assert is_routing_code("421276D80331")  # AI 421: a country, then the postal code
    assert not is_routing_code(f"42015213\x1d{usps}")  # the IMpb: routing and tracking
    assert not is_routing_code("1Z999AA10123456784")
    assert is_routing_code("  42015213 ")  # a wedge's spaces around it
    assert is_routing_code("]C1421276D80331")
    # The whole scan must be the routing code, not just its start or a part of it.
    assert not is_routing_code("X42015213") and not is_routing_code("42015213-X")
    # A FedEx tracking number may start with 420 too: it names a parcel.
    assert not is_routing_code("420000000003") and not is_routing_code("]C1420000000003")
