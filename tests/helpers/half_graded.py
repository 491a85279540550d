"""A grading station in its own process, for the crash test: it opens the Inspect page on a
real database, answers a few questions through the page as a grader would tap them, says each
on stdout, then waits to be killed.

    python -m tests.helpers.half_graded DATABASE_URL STATION_ID RMA_NUMBER ANSWERS_JSON
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from inspector.core.warehouse import open_warehouse
    from inspector.people.operators import sign_in_with_badge
    from ui.common.background import Background
    from ui.grading.inspect_page import InspectPage

    url, station, rma, answers = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    app = QApplication([])
    warehouse = open_warehouse(url)
    grader = sign_in_with_badge(warehouse, "BADGE-GRADER", station)
    background = Background()
    page = InspectPage(warehouse, background, lambda: grader)
    page.show()

    def settle() -> None:
        while page.busy:
            app.processEvents()
            time.sleep(0.005)

    def tap(button) -> None:
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        settle()

    page.open_code(rma)
    settle()
    tap(page.sheet_view.grade_next)
    tap(page.unit_view.item_view.matches)
    print("item confirmed", flush=True)
    for value in json.loads(answers):
        question = page.step.split(":", 1)[1]
        tap(page.unit_view.question_view.buttons[value])
        print(f"answered {question}", flush=True)
    print(f"waiting at {page.step}", flush=True)
    while True:  # a station in mid-checklist, until the power goes
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main()
