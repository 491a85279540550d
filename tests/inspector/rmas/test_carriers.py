"""Naming a tracking number's carrier by its format and check digit."""

from inspector.rmas.carriers import carrier_of


def test_known_carrier_examples():
    assert carrier_of("1Z999AA10123456784") == "UPS"
    assert carrier_of("1Z999AA10123456785") is None
    assert carrier_of("986578788855") == "FedEx"
    assert carrier_of("986578788856") is None
