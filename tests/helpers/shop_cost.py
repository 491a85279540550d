"""Shopify's calculated query cost, as its documentation describes it, for the fake Admin API:
scalars and enums cost 0, an object 1, a connection 2 plus its page of objects, a mutation 10;
`requested` counts pages as asked for, `actual` counts what came back."""

from __future__ import annotations

from typing import Any

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLList,
    GraphQLNonNull,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    get_named_type,
    is_leaf_type,
    value_from_ast,
)

MUTATION_COST = 10


def _args(schema_field: Any, node: FieldNode, variables: dict[str, Any]) -> dict[str, Any]:
    values = {}
    for argument in node.arguments or ():
        definition = schema_field.args.get(argument.name.value)
        if definition is not None:
            values[argument.name.value] = value_from_ast(argument.value, definition.type, variables)
    return values


def _is_list(type_: Any) -> bool:
    while isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    return isinstance(type_, GraphQLList)


def _fields(
    selection_set: SelectionSetNode | None, fragments: dict, on: str | None = None
) -> list[tuple[FieldNode, str | None]]:
    """The fields selected, each with the type an inline fragment narrowed it to."""
    found: list[tuple[FieldNode, str | None]] = []
    if selection_set is None:
        return found
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            found.append((selection, on))
        elif isinstance(selection, InlineFragmentNode):
            cond = selection.type_condition.name.value if selection.type_condition else on
            found += _fields(selection.selection_set, fragments, cond)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments[selection.name.value]
            found += _fields(fragment.selection_set, fragments, fragment.type_condition.name.value)
    return found


def _field_def(parent: Any, name: str, schema: GraphQLSchema, on: str | None = None) -> Any:
    """The field on the parent type, or on the type an inline fragment names."""
    owner = schema.get_type(on) if on else parent
    fields = getattr(owner, "fields", None) or {}
    return fields.get(name)


def requested_cost(
    schema: GraphQLSchema,
    operation: OperationDefinitionNode,
    fragments: dict,
    variables: dict[str, Any],
) -> int:
    root = schema.mutation_type if operation.operation.value == "mutation" else schema.query_type
    total = 0
    for node, _on in _fields(operation.selection_set, fragments):
        definition = root.fields.get(node.name.value) if root else None
        if definition is None:
            continue
        if operation.operation.value == "mutation":
            total += MUTATION_COST + _selection_cost(
                schema, get_named_type(definition.type), node.selection_set, fragments, variables
            )
        else:
            total += _field_cost(schema, definition, node, fragments, variables)
    return total


def _selection_cost(schema, parent, selection_set, fragments, variables) -> int:
    total = 0
    for node, on in _fields(selection_set, fragments):
        definition = _field_def(parent, node.name.value, schema, on)
        if definition is not None:
            total += _field_cost(schema, definition, node, fragments, variables)
    return total


def _field_cost(schema, definition, node: FieldNode, fragments, variables) -> int:
    named = get_named_type(definition.type)
    if is_leaf_type(named) or node.name.value == "pageInfo":
        return 0
    args = _args(definition, node, variables)
    if named.name.endswith("Connection"):
        per_item = 0
        for child, _on in _fields(node.selection_set, fragments):
            if child.name.value == "nodes":
                per_item += (
                    _selection_cost(
                        schema,
                        get_named_type(named.fields["nodes"].type),
                        child.selection_set,
                        fragments,
                        variables,
                    )
                    + 1
                )
            elif child.name.value == "edges":
                edge = get_named_type(named.fields["edges"].type)
                per_item += _selection_cost(schema, edge, child.selection_set, fragments, variables)
        return 2 + int(args.get("first") or args.get("last") or 0) * per_item
    inner = 1 + _selection_cost(schema, named, node.selection_set, fragments, variables)
    if _is_list(definition.type):
        count = len(args["ids"]) if "ids" in args else int(args.get("first") or 1)
        return count * inner
    return inner


def actual_cost(
    schema: GraphQLSchema,
    operation: OperationDefinitionNode,
    fragments: dict,
    data: dict[str, Any] | None,
) -> int:
    if not data:
        return 0
    mutation = operation.operation.value == "mutation"
    root = schema.mutation_type if mutation else schema.query_type
    total = 0
    for node, _on in _fields(operation.selection_set, fragments):
        key = node.alias.value if node.alias else node.name.value
        definition = root.fields.get(node.name.value) if root else None
        if definition is None:
            continue
        value = data.get(key)
        if mutation:
            total += MUTATION_COST + _value_children(schema, definition, node, fragments, value)
        else:
            total += _value_cost(schema, definition, node, fragments, value)
    return total


def _value_children(schema, definition, node, fragments, value) -> int:
    if not isinstance(value, dict):
        return 0
    named = get_named_type(definition.type)
    total = 0
    for child, on in _fields(node.selection_set, fragments):
        child_def = _field_def(named, child.name.value, schema, on)
        key = child.alias.value if child.alias else child.name.value
        if child_def is not None and key in value:
            total += _value_cost(schema, child_def, child, fragments, value[key])
    return total


def _value_cost(schema, definition, node, fragments, value) -> int:
    named = get_named_type(definition.type)
    if value is None or is_leaf_type(named) or node.name.value == "pageInfo":
        return 0
    if named.name.endswith("Connection"):
        total = 2
        for child, _on in _fields(node.selection_set, fragments):
            key = child.alias.value if child.alias else child.name.value
            items = value.get(key) or []
            child_def = named.fields.get(child.name.value)
            if child.name.value in ("nodes", "edges") and child_def is not None:
                for item in items:
                    total += _value_cost(schema, child_def, child, fragments, item) or 0
        return total
    if isinstance(value, list):
        return sum(_value_cost_one(schema, named, node, fragments, v) for v in value)
    return _value_cost_one(schema, named, node, fragments, value)


def _value_cost_one(schema, named, node, fragments, value) -> int:
    if not isinstance(value, dict):
        return 0
    total = 1
    for child, on in _fields(node.selection_set, fragments):
        if on and value.get("__typename") not in (None, on):
            continue
        child_def = _field_def(named, child.name.value, schema, on)
        key = child.alias.value if child.alias else child.name.value
        if child_def is not None and key in value:
            total += _value_cost(schema, child_def, child, fragments, value[key])
    return total
