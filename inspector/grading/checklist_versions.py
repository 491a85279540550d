"""Checklist versions in the database: a checklist is copied in, with its content hash, the
first time a unit is graded with it, and every unit points at the exact version it used."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import models as m
from inspector.grading.checklist_format import parse_checklist
from inspector.grading.checklists import Checklist


def version_id(session: Session, checklist: Checklist, now: dt.datetime) -> int:
    """The id of this exact checklist text, copied in now if it was never used."""
    found = session.scalar(
        select(m.ChecklistVersion.id).where(
            m.ChecklistVersion.content_hash == checklist.content_hash
        )
    )
    if found is not None:
        return found
    row = m.ChecklistVersion(
        name=checklist.name,
        version=checklist.version,
        content_hash=checklist.content_hash,
        content=checklist.content,
        first_used_at=now,
    )
    try:
        with session.begin_nested():  # another station may copy the same text at this moment
            session.add(row)
    except IntegrityError:
        found = session.scalar(
            select(m.ChecklistVersion.id).where(
                m.ChecklistVersion.content_hash == checklist.content_hash
            )
        )
        assert found is not None
        return found
    return row.id


def stored_checklist(session: Session, version: int) -> Checklist:
    """The checklist exactly as it was when units were graded with this version."""
    row = session.get(m.ChecklistVersion, version)
    if row is None:
        raise LookupError(f"no checklist version {version}")
    return _parsed(row.id, row.content, f"{row.name} {row.version} (stored #{row.id})")


@lru_cache(maxsize=64)
def _parsed(_version: int, content: str, source: str) -> Checklist:
    return parse_checklist(content, source)
