"""Bins: the bin map (disposition and category to bin codes), choosing a decided unit's bin,
and confirming put-away by scanning the bin's label."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db import models as m
from db.engine import explained_errors
from db.vocabulary import CATEGORIES, DISPOSITIONS
from inspector.core.errors import InspectorError, NotFound
from inspector.core.resources import shipped_bin_map
from inspector.core.warehouse import Warehouse
from inspector.core.yaml_lines import DataFileError, Located, line_of
from inspector.core.yaml_lines import load as load_yaml
from inspector.people.audit import record
from inspector.people.roles import Action, Actor, require

LABEL_PREFIX = "BIN:"


@dataclass(frozen=True)
class BinMap:
    """(disposition, category) -> bin codes, in the order bins are filled."""

    codes: dict[tuple[str, str], tuple[str, ...]]


def parse_bin_map(text: str, source: str) -> BinMap:
    doc = load_yaml(text, source)
    if not isinstance(doc, Located):
        raise DataFileError(source, 1, "the bin map maps each disposition to its categories")
    codes: dict[tuple[str, str], tuple[str, ...]] = {}
    seen: dict[str, int | None] = {}
    for disposition, by_category in doc.items():
        at = line_of(doc, disposition)
        if disposition not in DISPOSITIONS:
            raise DataFileError(
                source, at, f"'{disposition}' is not one of {', '.join(DISPOSITIONS)}"
            )
        if not isinstance(by_category, Located):
            raise DataFileError(source, at, f"'{disposition}' must map categories to bin codes")
        for category, bins in by_category.items():
            cat_at = line_of(by_category, category)
            if category not in CATEGORIES:
                raise DataFileError(
                    source, cat_at, f"'{category}' is not one of {', '.join(CATEGORIES)}"
                )
            if not isinstance(bins, list) or not bins:
                raise DataFileError(source, cat_at, f"'{category}' needs a list of bin codes")
            for code in bins:
                if not isinstance(code, str) or not code.strip() or len(code) > 32:
                    raise DataFileError(
                        source, cat_at, f"'{code}' is not a bin code (1-32 characters)"
                    )
                if code in seen:
                    raise DataFileError(
                        source, cat_at, f"bin {code} is listed twice (also line {seen[code]})"
                    )
                seen[code] = cat_at
            codes[(disposition, category)] = tuple(bins)
    for disposition in DISPOSITIONS:
        if (disposition, "other") not in codes:
            raise DataFileError(
                source,
                doc.line,
                f"{disposition} needs bins for 'other' (every category without its own)",
            )
    return BinMap(codes)


def read_bin_map(path: Path | None = None) -> BinMap:
    path = path or shipped_bin_map()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read the file: {exc}") from None
    return parse_bin_map(text, str(path))


@dataclass(frozen=True)
class BinMapChange:
    added: int
    changed: int
    retired: int


def install_bin_map(session: Session, bin_map: BinMap) -> BinMapChange:
    """Make the bins table say what the map says; bins no longer in it are retired, not
    deleted (units still point at them)."""
    existing = {b.code: b for b in session.scalars(select(m.Bin))}
    added = changed = retired = 0
    wanted: set[str] = set()
    for (disposition, category), codes in bin_map.codes.items():
        for code in codes:
            wanted.add(code)
            held = existing.get(code)
            if held is None:
                session.add(
                    m.Bin(code=code, disposition=disposition, category=category, active=True)
                )
                added += 1
            elif (held.disposition, held.category, held.active) != (disposition, category, True):
                held.disposition, held.category, held.active = disposition, category, True
                changed += 1
    for code, held in existing.items():
        if code not in wanted and held.active:
            held.active = False
            retired += 1
    session.flush()
    return BinMapChange(added, changed, retired)


def load_bin_map(warehouse: Warehouse, actor: Actor | None, path: Path) -> BinMapChange:
    """A supervisor's new bin map, from a file; all of it or none of it."""
    require(actor, Action.CONFIGURE)
    bin_map = read_bin_map(path)
    with explained_errors(), warehouse.sessions.begin() as session:
        change = install_bin_map(session, bin_map)
        record(
            session,
            actor,
            "bin_map_loaded",
            "bin_map",
            path.name,
            after={"added": change.added, "changed": change.changed, "retired": change.retired},
        )
    return change


def ensure_bins(session: Session) -> None:
    """A warehouse with no bins yet gets the shipped map (at the first unit decided). Two
    stations deciding their first units at once both find none: the second's insert then
    meets the first's bins, and uses them."""
    if session.scalar(select(func.count()).select_from(m.Bin)) == 0:
        try:
            with session.begin_nested():
                install_bin_map(session, read_bin_map())
        except sqlalchemy.exc.IntegrityError:
            pass  # another station installed the map a moment ago


def choose_bin(session: Session, disposition: str, category: str | None) -> m.Bin:
    """The bin for a decided unit: of the bins for its disposition and category (else
    'other'), the one with the fewest units waiting to be put away, first in map order."""
    ensure_bins(session)
    for wanted in (category, "other"):
        bins = list(
            session.scalars(
                select(m.Bin)
                .where(m.Bin.disposition == disposition, m.Bin.category == wanted, m.Bin.active)
                .order_by(m.Bin.code)
            )
        )
        if bins:
            rows = session.execute(
                select(m.Unit.bin_id, func.count())
                .where(m.Unit.bin_id.in_([b.id for b in bins]), m.Unit.status == "DECIDED")
                .group_by(m.Unit.bin_id)
            ).all()
            waiting = {bin_id: count for bin_id, count in rows}
            return min(bins, key=lambda b: (waiting.get(b.id, 0), b.code))
    raise InspectorError(f"the bin map has no bin for {disposition}: load a bin map that has one")


def bin_code_of(scanned: str) -> str:
    code = scanned.strip()
    return code[len(LABEL_PREFIX) :] if code.upper().startswith(LABEL_PREFIX) else code


class WrongBin(InspectorError):
    """The scanned bin is not the unit's bin."""

    def __init__(self, unit_code: str, scanned: str, expected: str) -> None:
        self.unit_code, self.scanned, self.expected = unit_code, scanned, expected
        super().__init__(f"unit {unit_code} goes in bin {expected}, not {scanned}")


def put_away(
    warehouse: Warehouse,
    actor: Actor | None,
    unit_code: str,
    scanned_bin: str,
    clock: dt.datetime | None = None,
) -> str:
    """Confirm a decided unit is in its bin; a wrong bin raises WrongBin. Returns the bin."""
    require(actor, Action.GRADE)
    code = bin_code_of(scanned_bin)
    now = clock or dt.datetime.now()
    with explained_errors(), warehouse.sessions.begin() as session:
        unit = session.scalars(select(m.Unit).where(m.Unit.unit_code == unit_code)).first()
        if unit is None:
            raise NotFound(f"no unit {unit_code}")
        if unit.status not in ("DECIDED", "PUT_AWAY") or unit.bin_id is None:
            raise InspectorError(f"unit {unit_code} has not been decided yet")
        expected = session.get(m.Bin, unit.bin_id)
        assert expected is not None
        if code.casefold() != expected.code.casefold():
            raise WrongBin(unit_code, code, expected.code)
        if unit.status == "PUT_AWAY":
            return expected.code
        session.execute(
            update(m.Unit).where(m.Unit.id == unit.id).values(status="PUT_AWAY", put_away_at=now)
        )
        record(
            session, actor, "unit_put_away", "unit", unit_code, after={"bin": expected.code}, at=now
        )
    return expected.code
