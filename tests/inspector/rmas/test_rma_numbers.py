"""RMA numbers: 'RMA', eight digits and a check character; a typo is no RMA number."""

from inspector.rmas.rma_numbers import make_rma_number, parse_rma_number


def test_every_single_error_and_neighbour_swap_is_no_rma_number():
    # ISO 7064 MOD 11-2 catches every single-character error and every swap of two
    # neighbours, what a typo or a misread most often makes.
    number = make_rma_number(123456)
    body, check = number[3:11], number[11]
    for i in range(len(body)):
        for digit in "0123456789":
            if digit != body[i]:
                changed = body[:i] + digit + body[i + 1 :]
                assert parse_rma_number(f"RMA{changed}{check}") is None, changed
        if i + 1 < len(body) and body[i] != body[i + 1]:
            swapped = body[:i] + body[i + 1] + body[i] + body[i + 2 :]
            assert parse_rma_number(f"RMA{swapped}{check}") is None, swapped


def test_rma_numbers_round_trip_and_refuse_a_typo():
    number = make_rma_number(1234)
    assert number.startswith("RMA00001234")
    assert parse_rma_number(number) == number
    assert parse_rma_number(f"rma-00001234-{number[-1]}".lower()) == number
    wrong = "0" if number[-1] != "0" else "1"
    assert parse_rma_number(number[:-1] + wrong) is None
    assert parse_rma_number("hello") is None
