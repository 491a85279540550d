"""The live scanner on carrier labels: it looks on until the code that names the parcel is
confirmed; routing codes and RMA-less QR Codes neither hold its turn nor get reported."""

import random

import zxingcpp

from inspector.receiving.live_scan import ANGLES, TRACKING_WAIT, LiveScanner
from inspector.rmas.rma_numbers import make_rma_number
from tests.helpers.camera_scenes import held
from tests.helpers.carrier_labels import carrier_label
from tests.helpers.frames import label_frame

PORTAL = "https://returns.example-shop.com/start?utm_source=label"
RMA_LINK = f"https://returns.example-shop.com/r/{make_rma_number(1234)}"


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        self.now += 1 / 30
        return self.now


def _feed(scanner, frame, n):
    readings = []
    for _ in range(n):
        readings.append(scanner.feed(frame))
    return readings


def _turns(scanner, frame, n):
    turns = []
    for _ in range(n):
        turns.append(scanner.angle)
        scanner.feed(frame)
    return turns


def test_a_routing_code_alone_is_seen_but_never_confirms_a_parcel():
    scanner = LiveScanner(Clock())
    frame = label_frame("(420)15213", gs1=True)
    readings = _feed(scanner, frame, 8)
    assert all("42015213" in [s.text for s in r.seen] for r in readings)
    assert [s for r in readings for s in r.confirmed] == []


def test_a_routing_code_does_not_hold_the_turn():
    scanner = LiveScanner(Clock())
    assert _turns(scanner, label_frame("(420)152130001", gs1=True), 6) == list(ANGLES)


def test_the_scanner_moves_on_from_a_qr_code_without_an_rma():
    scanner = LiveScanner(Clock())
    frame = label_frame(PORTAL, fmt=zxingcpp.BarcodeFormat.QRCode)
    assert _turns(scanner, frame, 6) == list(ANGLES)
    assert scanner.feed(frame).seen  # it is read every frame, and still not reported
    assert [s for r in _feed(scanner, frame, 4) for s in r.confirmed] == []


def test_an_rma_qr_holds_the_turn_and_waits_a_few_frames_for_a_tracking_number():
    scanner = LiveScanner(Clock())
    frame = label_frame(RMA_LINK, fmt=zxingcpp.BarcodeFormat.QRCode)
    readings = _feed(scanner, frame, TRACKING_WAIT + 2)
    when = [i for i, r in enumerate(readings) if r.confirmed]
    assert when == [TRACKING_WAIT]  # the frame it was read in, then TRACKING_WAIT more
    assert [s.text for s in readings[TRACKING_WAIT].confirmed] == [RMA_LINK]
    assert scanner.angle == ANGLES[0]


def _label_with_rma(carrier):
    rng = random.Random(4)
    while True:
        label = carrier_label(rng, carrier)
        if label.rma is not None:
            return label


def test_on_a_label_with_an_rma_and_a_tracking_number_the_tracking_number_comes_first():
    label = _label_with_rma("UPS")
    frame = held(label, (1280, 720), 1.8, 0)
    confirmed = [s.text for r in _feed(LiveScanner(Clock()), frame, 6) for s in r.confirmed]
    link = next(t for t in label.texts if t.startswith("https://"))
    assert confirmed == [label.tracking, link]  # the routing code and MaxiCode never


def test_a_small_askew_label_at_1080p_names_its_parcel_by_the_tracking_number():
    # 1.4 pixels a module, turned 37 degrees: the 960-pixel working copy cannot read it
    label = carrier_label(random.Random(9), "USPS")
    frame = held(label, (1920, 1080), 1.4, 37)
    readings = _feed(LiveScanner(Clock()), frame, 6)
    confirmed = [s.text for r in readings for s in r.confirmed]
    impb = next(t for t in label.texts if t.startswith("420"))
    assert confirmed[:1] == [impb]
    assert label.tracking in impb
