"""Provides the schema versions of user.json and the migrations from every earlier one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tui.domain.storage import CorruptStoreError, StoreError

CURRENT = 1
"""The layout this Briefing writes."""


class NewerSchemaError(StoreError):
    """The store was written by a newer Briefing: it is left untouched."""


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (no meta table) kept per-item state in a table named "state"; it is "items" now."""
    migrated = {key: value for key, value in data.items() if key != "state"}
    items = dict(data.get("state", {}))
    items.update(data.get("items", {}))
    migrated["items"] = items
    return migrated


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1}
"""From version N to N + 1."""


def schema_of(data: dict[str, Any]) -> int:
    """The schema version a user.json holds (0 when it has no meta table)."""
    meta = data.get("meta") or {}
    rows = list(meta.values()) if isinstance(meta, dict) else []
    version = rows[0].get("schema", 0) if rows and isinstance(rows[0], dict) else 0
    if not isinstance(version, int):
        raise CorruptStoreError(f"schema version {version!r} is not a number")
    return version


def migrate(data: dict[str, Any], *, name: str = "user.json") -> tuple[dict[str, Any], int]:
    """Bring user data to the current schema.

    Returns:
        The migrated data and the version it had.

    Raises:
        NewerSchemaError: When the data was written by a newer Briefing (it is never overwritten).
        CorruptStoreError: When the schema version is not a number.
    """
    version = schema_of(data)
    if version > CURRENT:
        raise NewerSchemaError(
            f"{name} was written by a newer Briefing (schema {version}; this one knows up to {CURRENT}): "
            "update Briefing to open this library")
    original = version
    while version < CURRENT:
        data = MIGRATIONS[version](data)
        version += 1
    data["meta"] = {"1": {"schema": CURRENT}}
    return data, original
