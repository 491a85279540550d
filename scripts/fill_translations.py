"""Fill a Qt .ts file's unfinished entries from a Python dict of source -> translation.

Usage: python scripts/fill_translations.py FILE.ts [DICT.py]   (no DICT: copy the source,
which is what the English file wants). Entries the dict does not know stay unfinished, and
the test suite says which.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, words: dict[str, str] | None) -> list[str]:
    tree = ET.parse(ts_path)
    left = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        text = source if words is None else words.get(source)
        if text is None:
            left.append(source)
            continue
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        else:
            translation.text = text
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return left


if __name__ == "__main__":
    table = runpy.run_path(sys.argv[2])["KO"] if len(sys.argv) > 2 else None
    for source in fill(sys.argv[1], table):
        print(f"untranslated: {source!r}", file=sys.stderr)
