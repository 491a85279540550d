"""Reading a checklist file (the format is described in docs/checklists.md), checked line by
line. Reading is pure: text in, `Checklist` out, or a `DataFileError` that names the file, the
line and what is wrong."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from db.vocabulary import CATEGORIES, DISPOSITIONS, FLAGS, GRADES
from inspector.core.yaml_lines import (
    DataFileError,
    FieldReader,
    Located,
    LocatedList,
    line_of,
)
from inspector.core.yaml_lines import load as load_yaml
from inspector.grading import conditions
from inspector.grading.checklists import (
    FACTS,
    KINDS,
    LANGUAGES,
    REFUNDS,
    Accessories,
    Checklist,
    FlagRule,
    Question,
    Rule,
    Text,
)
from inspector.grading.conditions import Condition, Name


def parse_checklist(text: str, source: str) -> Checklist:
    """Read and check one checklist file's text."""
    doc = load_yaml(text, source)
    r = _Reader(doc, source, "the file")
    r.only(
        "checklist", "version", "title", "categories", "accessories", "questions", "flags", "rules"
    )
    name = r.word("checklist")
    version = str(r.required("version"))
    title = r.text("title")
    categories = tuple(r.words("categories", allowed=CATEGORIES, empty_ok=True))
    accessories = _accessories(doc.get("accessories"), source, line_of(doc, "accessories"))
    questions = _questions(r.list("questions"), source, accessories)
    names = dict(FACTS)
    for q in questions:
        names[q.id] = _name_of(q, accessories)
    flag_rules = tuple(_flag_rule(item, source, names) for item in r.list("flags", empty_ok=True))
    rules = tuple(_rule(item, source, names) for item in r.list("rules"))
    _check_rule_ids(doc, source, [*flag_rules, *rules])
    last = rules[-1]
    if last.when != conditions.ALWAYS:
        raise DataFileError(
            source,
            last.line,
            f"the last rule ('{last.id}') must have no 'when:' so every unit gets a decision",
        )
    for rule in rules[:-1]:
        if rule.when == conditions.ALWAYS:
            raise DataFileError(
                source,
                rule.line,
                f"rule '{rule.id}' has no 'when:' so the rules after it never fire",
            )
    return Checklist(
        name=name,
        version=version,
        title=title,
        categories=categories,
        questions=questions,
        flag_rules=flag_rules,
        rules=rules,
        accessories=accessories,
        content=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        source=source,
    )


class _Reader(FieldReader):
    """Reads the fields of one mapping, with errors at the right line."""

    def text(self, key: str, optional: bool = False) -> Text:
        if optional and key not in self.raw:
            return {}
        return _text(self.required(key), self.source, self.at(key), key)

    def words(self, key: str, allowed: Iterable[str], empty_ok: bool = False) -> list[str]:
        value = self.raw.get(key, LocatedList() if empty_ok else None)
        if not isinstance(value, list) or (not value and not empty_ok):
            raise self.fail(key if key in self.raw else None, f"'{key}' must be a list")
        allowed = tuple(allowed)
        for i, v in enumerate(value):
            if v not in allowed:
                raise DataFileError(
                    self.source,
                    line_of(value, i),
                    f"'{v}' is not one of {', '.join(allowed)} in '{key}'",
                )
        return list(value)

    def list(self, key: str, empty_ok: bool = False) -> LocatedList:
        value = self.raw.get(key)
        if value is None and empty_ok:
            return LocatedList()
        if not isinstance(value, LocatedList) or (not value and not empty_ok):
            raise self.fail(key if key in self.raw else None, f"'{key}' must be a list")
        return value

    def when(self, names: Mapping[str, Name]) -> Condition:
        if "when" not in self.raw:
            return conditions.ALWAYS
        return conditions.parse(self.raw["when"], names, self.source, self.at("when"))


def _text(value: Any, source: str, line: int | None, key: str) -> Text:
    if not isinstance(value, Located):
        raise DataFileError(
            source, line, f"'{key}' needs the words in every language: {{en: …, ko: …}}"
        )
    for lang in LANGUAGES:
        if not isinstance(value.get(lang), str) or not value[lang].strip():
            raise DataFileError(source, line, f"'{key}' has no '{lang}' text")
    extra = set(value) - set(LANGUAGES)
    if extra:
        raise DataFileError(source, line, f"'{key}' has an unknown language '{sorted(extra)[0]}'")
    return {lang: value[lang] for lang in LANGUAGES}


def _options(value: Any, source: str, line: int | None, key: str) -> tuple[tuple[str, Text], ...]:
    if not isinstance(value, Located) or not value:
        raise DataFileError(source, line, f"'{key}' must map each choice to its words")
    out = []
    for k, text in value.items():
        if not isinstance(k, str):
            raise DataFileError(
                source, line_of(value, k), f"choice '{k}' must be a word (quote it)"
            )
        out.append((k, _text(text, source, line_of(value, k), k)))
    return tuple(out)


def _accessories(raw: Any, source: str, line: int | None) -> Accessories | None:
    if raw is None:
        return None
    r = _Reader(raw, source, "'accessories'", line)
    r.only("items", "by_product", "default")
    items = _options(r.required("items"), source, r.at("items"), "items")
    known = {k for k, _ in items}

    def keys(value: Any, at: int | None) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise DataFileError(source, at, "accessories must be listed as [a, b, …]")
        for v in value:
            if v not in known:
                raise DataFileError(source, at, f"accessory '{v}' is not among the items")
        return tuple(value)

    by_product = []
    for i, entry in enumerate(r.list("by_product", empty_ok=True)):
        e = _Reader(entry, source, "an accessories entry", line_of(r.raw.get("by_product"), i))
        e.only("words", "items")
        words = e.required("words")
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise e.fail("words", "'words' must be a list of words from product names")
        by_product.append((tuple(words), keys(e.required("items"), e.at("items"))))
    return Accessories(items, tuple(by_product), keys(r.required("default"), r.at("default")))


def _questions(
    raw: LocatedList, source: str, accessories: Accessories | None
) -> tuple[Question, ...]:
    out: list[Question] = []
    names = dict(FACTS)
    for i, item in enumerate(raw):
        r = _Reader(item, source, "a question", line_of(raw, i))
        r.only(
            "id", "kind", "ask", "help", "options", "options_from", "when", "required", "min", "max"
        )
        qid = r.word("id")
        if qid in names:
            what = "a fact" if qid in FACTS else "an earlier question"
            raise r.fail("id", f"question id '{qid}' is already {what}")
        kind = r.required("kind")
        if kind not in KINDS:
            raise r.fail("kind", f"kind '{kind}' is not one of {', '.join(KINDS)}")
        options: tuple[tuple[str, Text], ...] = ()
        options_from = r.raw.get("options_from")
        if kind in ("one", "several"):
            if options_from is not None:
                if kind != "several" or options_from != "accessories":
                    raise r.fail(
                        "options_from",
                        "only a 'several' question may take options_from: accessories",
                    )
                if accessories is None:
                    raise r.fail(
                        "options_from", "options_from: accessories needs an 'accessories:' section"
                    )
            else:
                options = _options(r.required("options"), source, r.at("options"), "options")
        elif "options" in r.raw or options_from is not None:
            raise r.fail("options", f"a '{kind}' question has no options")
        required = r.raw.get("required", True)
        if not isinstance(required, bool):
            raise r.fail("required", "'required' is true or false")
        limits = [r.raw.get(k) for k in ("min", "max")]
        if kind != "number" and any(v is not None for v in limits):
            raise r.fail(
                "min" if limits[0] is not None else "max", "only a number question has min/max"
            )
        for key, v in zip(("min", "max"), limits, strict=True):
            if v is not None and (not isinstance(v, (int, float)) or isinstance(v, bool)):
                raise r.fail(key, f"'{key}' must be a number")
        q = Question(
            id=qid,
            kind=kind,
            ask=r.text("ask"),
            help=r.text("help") if "help" in r.raw else None,
            options=options,
            options_from=options_from,
            when=r.when(names) if "when" in r.raw else None,
            required=required,
            minimum=limits[0],
            maximum=limits[1],
            line=r.raw.line,
        )
        names[qid] = _name_of(q, accessories)
        out.append(q)
    return tuple(out)


def _name_of(q: Question, accessories: Accessories | None) -> Name:
    if q.kind == "yes_no":
        return Name("bool")
    if q.kind in ("number", "photo"):
        return Name("number")  # a photo question's answer is how many were taken
    if q.options_from:
        keys = frozenset(k for k, _ in accessories.items) if accessories else frozenset()
        return Name("choices", keys)
    return Name("choice" if q.kind == "one" else "choices", frozenset(k for k, _ in q.options))


def _flag_rule(item: Any, source: str, names: Mapping[str, Name]) -> FlagRule:
    r = _Reader(item, source, "a flag rule")
    r.only("id", "name", "when", "flag", "because")
    flag = r.required("flag")
    if flag not in FLAGS:
        raise r.fail("flag", f"flag '{flag}' is not one of {', '.join(FLAGS)}")
    if "when" not in r.raw:
        raise r.fail(None, "a flag rule needs 'when:'")
    return FlagRule(
        r.word("id"),
        r.when(names),
        flag,
        r.text("because"),
        r.raw.line,
        name=r.text("name", optional=True),
    )


def _rule(item: Any, source: str, names: Mapping[str, Name]) -> Rule:
    r = _Reader(item, source, "a rule")
    r.only("id", "name", "when", "grade", "disposition", "refund", "fee", "flags", "because")
    grade = r.required("grade")
    if grade not in GRADES:
        raise r.fail("grade", f"grade '{grade}' is not one of {', '.join(GRADES)}")
    disposition = r.required("disposition")
    if disposition not in DISPOSITIONS:
        raise r.fail(
            "disposition", f"disposition '{disposition}' is not one of {', '.join(DISPOSITIONS)}"
        )
    refund = r.required("refund")
    if refund not in REFUNDS:
        raise r.fail("refund", f"refund '{refund}' is not one of {', '.join(REFUNDS)}")
    fee = r.raw.get("fee", 0)
    if refund == "partial":
        if not isinstance(fee, int) or isinstance(fee, bool) or not 0 < fee < 100:
            raise r.fail(
                "fee" if "fee" in r.raw else None,
                "a partial refund needs 'fee:', a percentage from 1 to 99",
            )
    elif "fee" in r.raw:
        raise r.fail("fee", "only a partial refund has a restocking fee")
    flags = tuple(r.words("flags", allowed=FLAGS, empty_ok=True))
    return Rule(
        id=r.word("id"),
        when=r.when(names),
        grade=grade,
        disposition=disposition,
        refund=refund,
        fee_percent=fee if refund == "partial" else 0,
        flags=flags,
        because=r.text("because"),
        line=r.raw.line,
        name=r.text("name", optional=True),
    )


def _check_rule_ids(doc: Located, source: str, rules: list[FlagRule | Rule]) -> None:
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise DataFileError(source, rule.line, f"rule id '{rule.id}' is used twice")
        seen.add(rule.id)
