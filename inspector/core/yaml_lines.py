"""Reading YAML into plain values that remember the line each came from, for errors that
name the line."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor


class DataFileError(ValueError):
    """A data file that cannot be used: names the file, the line and what is wrong."""

    def __init__(self, source: str, line: int | None, what: str) -> None:
        self.source, self.line, self.what = source, line, what
        where = f"{source}, line {line}" if line else source
        super().__init__(f"{where}: {what}")


class Located(dict):  # type: ignore[type-arg]
    """A mapping from the file, with the line of the mapping and of each key."""

    line: int
    key_lines: dict[Any, int]


class LocatedList(list):  # type: ignore[type-arg]
    line: int
    item_lines: list[int]


def load(text: str, source: str) -> Any:
    """Parse YAML text; mappings become `Located`, lists `LocatedList`."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise DataFileError(source, line, f"not valid YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise DataFileError(source, None, f"not valid YAML: {exc}") from None
    if node is None:
        raise DataFileError(source, 1, "the file is empty")
    return _plain(node, source, SafeConstructor())


def _plain(node: yaml.Node, source: str, scalars: SafeConstructor) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        mapping = Located()
        mapping.line, mapping.key_lines = line, {}
        for key_node, value_node in node.value:
            key = _plain(key_node, source, scalars)
            key_line = key_node.start_mark.line + 1
            if isinstance(key, (dict, list)):
                raise DataFileError(source, key_line, "a key must be a plain word")
            if key in mapping:
                raise DataFileError(source, key_line, f"'{key}' is given twice")
            mapping[key] = _plain(value_node, source, scalars)
            mapping.key_lines[key] = key_line
        return mapping
    if isinstance(node, yaml.SequenceNode):
        items = LocatedList()
        items.line, items.item_lines = line, []
        for item in node.value:
            items.append(_plain(item, source, scalars))
            items.item_lines.append(item.start_mark.line + 1)
        return items
    try:
        return scalars.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise DataFileError(source, line, f"cannot read this value: {exc}") from None


def line_of(value: Any, key: Any = None) -> int | None:
    """The line of a mapping's key (or of the mapping/list itself)."""
    if isinstance(value, Located):
        return value.key_lines.get(key, value.line) if key is not None else value.line
    if isinstance(value, LocatedList):
        if isinstance(key, int) and 0 <= key < len(value.item_lines):
            return value.item_lines[key]
        return value.line
    return None


class FieldReader:
    """Reads the fields of one mapping of a data file (a checklist, the policy), with each error
    at the line it is about. The formats add their own kinds of field."""

    def __init__(self, raw: Any, source: str, what: str, line: int | None = None) -> None:
        if not isinstance(raw, Located):
            raise DataFileError(source, line_of(raw) or line, f"{what} must be a mapping")
        self.raw, self.source, self.what = raw, source, what

    def at(self, key: str) -> int | None:
        return line_of(self.raw, key)

    def fail(self, key: str | None, what: str) -> DataFileError:
        return DataFileError(self.source, self.at(key) if key else self.raw.line, what)

    def only(self, *keys: str) -> None:
        for key in self.raw:
            if key not in keys:
                raise self.fail(
                    key, f"unknown field '{key}' in {self.what} (fields: {', '.join(keys)})"
                )

    def required(self, key: str) -> Any:
        if key not in self.raw or self.raw[key] is None:
            raise self.fail(None, f"{self.what} needs '{key}:'")
        return self.raw[key]

    def word(self, key: str) -> str:
        value = self.required(key)
        if not isinstance(value, str) or not value.replace("_", "").replace("-", "").isalnum():
            raise self.fail(key, f"'{key}' must be one word (letters, digits, _ or -)")
        return value
