"""Provides short, stable ids for briefings, articles, quotes and figures, derived from content keys."""

from __future__ import annotations

import hashlib

# Crockford's base32 alphabet in lower case: no i, l, o, u, so ids read back without confusion.
_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"

KINDS = {"b": "briefing", "a": "article", "q": "quote", "f": "figure", "p": "passage", "n": "note"}


def normalise_key(text: str) -> str:
    """Fold case and white space so cosmetic edits to a key keep the same id."""
    return " ".join(text.casefold().split())


def make_id(kind: str, *parts: str) -> str:
    """Make the id of an item from the parts of its content key.

    Args:
        kind: One letter, a key of KINDS ("b", "a", "q", "f", "n").
        parts: The item's key: for an article its briefing id and its title or url, and so on.

    Returns:
        An id such as "a-3kq8z1tw": the kind, a dash and 40 bits of a hash in base32.
    """
    digest = hashlib.blake2b("\x1f".join(normalise_key(p) for p in parts).encode(), digest_size=5).digest()
    number = int.from_bytes(digest, "big")
    chars = [_ALPHABET[(number >> shift) & 31] for shift in range(35, -1, -5)]
    return f"{kind}-{''.join(chars)}"


def id_prefixes(kinds: set[str]) -> tuple[str, ...]:
    """How the ids of items of these kinds start ({"quote"} gives ("q-",)), for str.startswith."""
    return tuple(f"{letter}-" for letter, kind in KINDS.items() if kind in kinds)


def kind_of(item_id: str) -> str:
    """Tell which kind of item an id names ("briefing", "article", ...), or "" if it is not an id."""
    prefix, dash, rest = item_id.partition("-")
    return KINDS.get(prefix, "") if dash and len(rest) == 8 else ""
