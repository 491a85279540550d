"""`inspector checklists`, `rules`, `bins` and `put-away`, run as real subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

from inspector.grading import units
from inspector.grading.checklists_in_use import load_checklists
from tests.helpers.cli import run_cli
from tests.helpers.parcels import bench_grader, grade_unit, line, received_rma
from tests.helpers.people import PINS


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_checklists_check_passes_the_shipped_files_and_names_a_bad_line(tmp_path):
    ran = run_cli("checklists", "check")
    assert ran.code == 0, ran.err
    assert len(ran.out.strip().splitlines()) == 5
    shipped = Path(load_checklists().by_name["footwear"].source).read_text(encoding="utf-8")
    bad = tmp_path / "footwear.yaml"
    bad.write_text(
        shipped.replace("disposition: DISPOSE", "disposition: BURN", 1), encoding="utf-8"
    )
    where = next(i for i, t in enumerate(bad.read_text().splitlines(), 1) if "BURN" in t)
    ran = run_cli("checklists", "check", str(bad))
    assert ran.code == 1
    assert one_line(ran.err) == (
        f"inspector: {bad}, line {where}: disposition 'BURN' is not one of "
        "RESTOCK, REPACKAGE, REFURBISH, DISPOSE"
    )


def test_a_bad_site_checklist_fails_the_check(tmp_path, inspector_home):
    site = inspector_home / "checklists"
    site.mkdir()
    (site / "home.yaml").write_text(
        "checklist: home\nversion: 1\n  bad: indent\n", encoding="utf-8"
    )
    ran = run_cli("checklists", "check")
    assert ran.code == 1
    assert f"{site / 'home.yaml'}, line 3: not valid YAML" in ran.err


def test_rules_test_prints_the_decision_and_its_reasons(tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text(
        json.dumps({"answers": {"sealed": True}, "facts": {"reason": "DEFECTIVE"}}),
        encoding="utf-8",
    )
    ran = run_cli("rules", "test", "electronics", str(answers))
    assert ran.code == 0, ran.err
    lines = ran.out.splitlines()
    assert lines[1] == "grade A, RESTOCK, refund full"
    assert lines[2] == (
        "rule sealed-new (Factory sealed): Factory seal unbroken: back to stock as new."
    )
    assert lines[3].startswith("flag REASON_MISMATCH (defective-but-works):")
    ran = run_cli("rules", "test", "electronics", str(answers), "--json")
    assert json.loads(ran.out)["flags"] == ["REASON_MISMATCH"]
    # Answers that leave a question open, a word that is no choice, a file that is not JSON.
    answers.write_text(json.dumps({"sealed": False}), encoding="utf-8")
    ran = run_cli("rules", "test", "electronics", str(answers))
    assert ran.code == 1
    assert one_line(ran.err) == (
        "inspector: these questions are asked but not answered: battery, photo"
    )
    answers.write_text(json.dumps({"sealed": True, "battery": "melted"}), encoding="utf-8")
    assert "no choice 'melted'" in one_line(
        run_cli("rules", "test", "electronics", str(answers)).err
    )
    answers.write_text("{not json", encoding="utf-8")
    assert "is not JSON" in one_line(run_cli("rules", "test", "home", str(answers)).err)
    assert run_cli("rules", "test", "toys", str(answers)).code == 1


def test_replay_put_away_and_bins_from_the_command_line(
    database_url, warehouse, staff, tmp_path, inspector_home
):
    grader = bench_grader(warehouse, staff)
    rma = received_rma(warehouse, staff, tmp_path, [line("apparel")])
    piece = units.open_rma(warehouse, grader, rma).next_pending()
    answers = {"tags_attached": True, "packaging": False}
    committed = grade_unit(warehouse, grader, piece, answers, "apparel")
    since = units.parcel_sheet(warehouse, rma).created_on.isoformat()

    ran = run_cli("--db", database_url, "rules", "replay", "--since", since)
    assert ran.code == 0 and ran.out == ""
    assert "0 of 1 units decided since" in ran.err
    source = Path(load_checklists().by_name["apparel"].source).read_text(encoding="utf-8")
    (inspector_home / "checklists").mkdir()
    (inspector_home / "checklists" / "apparel.yaml").write_text(
        source.replace(
            "grade: A\n    disposition: REPACKAGE", "grade: B\n    disposition: REPACKAGE"
        ),
        encoding="utf-8",
    )
    ran = run_cli("--db", database_url, "rules", "replay", "--since", since, "--json")
    changed = json.loads(ran.out)
    assert changed["unit_id"] == committed.unit_code
    assert (changed["before"]["grade"], changed["after"]["grade"]) == ("A", "B")
    assert "1 of 1 units" in ran.err

    env = {"INSPECTOR_PIN": PINS["grader"]}
    ran = run_cli(
        "--db",
        database_url,
        "--operator",
        "grader",
        "put-away",
        committed.unit_code,
        "DS-AP-01",
        env=env,
    )
    assert ran.code == 1
    assert one_line(ran.err) == (
        f"inspector: unit {committed.unit_code} goes in bin {committed.bin_code}, not DS-AP-01"
    )
    ran = run_cli(
        "--db", database_url, "--operator", "grader", "put-away", "U0000000019", "X", env=env
    )
    assert "is not a unit id" in one_line(ran.err)
    ran = run_cli(
        "--db",
        database_url,
        "--operator",
        "grader",
        "put-away",
        committed.unit_code,
        committed.bin_code,
        env=env,
    )
    assert (
        ran.code == 0 and ran.out.strip() == f"{committed.unit_code} is in bin {committed.bin_code}"
    )
    ran = run_cli("--db", database_url, "bins", "show")
    assert f"{committed.bin_code}\tREPACKAGE\tapparel" in ran.out.splitlines()
    ran = run_cli(
        "--db", database_url, "--operator", "grader", "bins", "load", "nope.yaml", env=env
    )
    assert ran.code == 1 and "may not" in one_line(ran.err)
