"""Returns Inspector's desktop app: builds everything in one ordered start-up, then runs it."""

from __future__ import annotations

import argparse
import logging
import os
import sys

log = logging.getLogger("inspector.start")

DEMO_RMAS = 3000


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="inspector-gui", description="Returns Inspector")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (default: INSPECTOR_DB or the embedded SQLite file)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the demo warehouse database, filling it on first start",
    )
    parser.add_argument("--lang", choices=("en", "ko"), help="interface language for this run")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    args = parse_args(argv[1:])

    from inspector.core.logs import setup_logging

    log_file = setup_logging()
    log.info("1/6 starting Returns Inspector, log at %s", log_file)

    from inspector.core.errors import DatabaseProblem, InspectorError
    from inspector.station.settings import StationSettings, load_settings

    settings_problem = None
    try:
        settings = load_settings()
    except InspectorError as exc:
        settings_problem, settings = str(exc), StationSettings()
    log.info("2/6 station %s", settings.station_name)

    from ui.app import fatal, make_application, route_qt_messages

    route_qt_messages()
    app = make_application(argv, args.lang or settings.language, log_file)
    log.info("3/6 Qt application ready")
    from PySide6.QtCore import QCoreApplication, QTimer

    if settings_problem:
        fatal(QCoreApplication.translate("Startup", "Station settings"), settings_problem)

    from inspector.core.paths import data_dir, default_database_url
    from inspector.core.warehouse import open_warehouse, rma_count

    url = args.db or (
        f"sqlite:///{data_dir() / 'demo.db'}" if args.demo else default_database_url()
    )
    try:
        warehouse = open_warehouse(url)
        log.info("4/6 database %s open and up to date", warehouse.describe())
        if args.demo and not rma_count(warehouse):
            from inspector.demo.build import build_demo
            from ui.common.splash import DemoSplash

            splash = DemoSplash(DEMO_RMAS)
            splash.show_centred()
            try:
                summary = build_demo(warehouse, DEMO_RMAS, progress=splash.report)
            finally:
                splash.close()
            log.info("4/6 demo warehouse filled: %s RMAs, %s units", summary.rmas, summary.units)
    except (InspectorError, DatabaseProblem) as exc:
        log.error("cannot open the database %s: %s", url, exc)
        from ui.common.problems import describe

        fatal(
            QCoreApplication.translate("Startup", "Returns Inspector cannot start"), describe(exc)
        )
        return 1

    import datetime as dt

    from inspector.people.station_session import StationSession
    from inspector.people.stations import register_station
    from ui.common.background import Background
    from ui.common.wedge import WedgeScanner
    from ui.main_window import MainWindow

    try:
        station_id = register_station(warehouse, settings.station_name)
    except (InspectorError, DatabaseProblem) as exc:
        from ui.common.problems import describe

        fatal(
            QCoreApplication.translate("Startup", "Returns Inspector cannot start"), describe(exc)
        )
        return 1
    session = StationSession(dt.timedelta(minutes=settings.idle_minutes))
    background = Background(app)
    window = MainWindow(warehouse, settings, background, session, station_id)
    scanner = WedgeScanner(gap_ms=settings.wedge_gap_ms, parent=app)
    app.installEventFilter(scanner)
    scanner.scanned.connect(window.handle_scan)
    scanner.activity.connect(window.note_activity)
    def start_camera() -> None:
        # The webcam starts once the window is up: OpenCV takes a while to load. Settings
        # start, restart or stop it again when they are saved.
        window.use_camera(settings)

    from ui.tags.printing import PrinterMonitor

    printer = PrinterMonitor(warehouse, app)
    window.attach_printer(printer)
    if settings.printer:
        log.info("5/6 tag printer %s (%s)", settings.printer, settings.printer_profile)
    from ui.shop.shop_monitor import ShopMonitor

    shop = ShopMonitor(warehouse, settings.station_name, app)
    window.attach_shop(shop)
    shop.start()
    log.info("5/6 shop service started")
    window.resize(1280, 800)
    window.show()
    log.info("5/6 main window shown")
    if os.environ.get("INSPECTOR_EXIT_WHEN_READY") == "1":
        # For the start-up benchmark and the smoke runs: quit once the sign-in page is up.
        def ready() -> None:
            print("inspector: sign-in page shown", flush=True)
            os._exit(0)  # at once: what would run after this is not start-up

        QTimer.singleShot(0, ready)
    QTimer.singleShot(0, start_camera)
    status = app.exec()
    log.info("6/6 shutting down (exit status %s)", status)
    app.removeEventFilter(scanner)
    if window.camera is not None:
        window.camera.stop()
    printer.stop()
    shop.stop()
    background.wait(5000)
    warehouse.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
