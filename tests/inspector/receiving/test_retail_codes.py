"""EAN/UPC numbers believed only when a second reading agrees: damaged product photos
rendered by zxing-cpp's writer, read by the real ZBar and zxing-cpp."""

import random

from inspector.receiving.decoding import decode_image, read_zbar, read_zxing
from inspector.receiving.retail_codes import RETAIL, ZBAR_LINES, retail_key
from tests.helpers.product_codes import product_photo


def _photo(index):
    rng = random.Random(31)
    for _ in range(index):
        product_photo(rng)
    return product_photo(rng)


def _numbers(symbols):
    return [retail_key(s) for s in symbols if s.format in RETAIL]


def test_a_true_zbar_reading_on_few_scan_lines_stands_when_zxing_reads_it_in_its_patch():
    photo = _photo(40)  # an EAN-8 on a can, blurred: ZBar reads it on 9 scan lines
    gray = photo.gray()
    zbar = [s for s in read_zbar(gray) if s.format in RETAIL]
    assert [retail_key(s) for s in zbar] == [photo.expected]
    assert zbar[0].lines < ZBAR_LINES  # the quality threshold alone dropped it
    assert _numbers(read_zxing(gray)) == []  # zxing-cpp on the whole photo reads nothing
    assert _numbers(decode_image(gray)) == [photo.expected]


def test_a_zxing_misread_that_zbar_contradicts_is_not_believed():
    photo = _photo(151)  # scratched, on a can, glared: 1.2 pixels a module
    gray = photo.gray()
    misread = _numbers(read_zxing(gray))
    assert misread and photo.expected not in misread  # zxing-cpp alone gives a wrong number
    assert all(n == photo.expected for n in _numbers(decode_image(gray)))
