"""Provides the one place where untrusted text (articles, brief files, notes) is made safe to show."""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI (ESC [ ... final byte), OSC (ESC ] ... BEL or ST, which carries
# clipboard writes (OSC 52) and hyperlinks (OSC 8)), DCS/SOS/PM/APC strings (ESC P/X/^/_ ... ST),
# and two-byte escapes (ESC followed by one byte). The 8-bit C1 forms (CSI = U+009B, OSC = U+009D,
# DCS = U+0090, ...) are matched the same way. Strings are matched up to their terminator or, if
# an attacker leaves them open, to the end of the line, so no payload leaks through as text.
_ESCAPE_SEQUENCES = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?                       # CSI
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?  # OSC, DCS, ...
    | \x1b[ -/]*[0-~]?                                       # other ESC sequences
    """,
    re.VERBOSE,
)
# C0 controls except tab and newline, DEL, C1 controls, and the Unicode bidi overrides that can
# make text display in a different order than it reads (Trojan Source).
_C1 = re.compile(r"[\x80-\x9f]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """Remove terminal escape sequences and control characters from untrusted text.

    Args:
        text: Text from an article, a brief file, a note or any other outside source.

    Returns:
        The text with escape sequences removed, CR LF and lone CR turned into LF, tabs kept,
        and every other control character dropped.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x1b" in text or _has_c1(text):
        text = _ESCAPE_SEQUENCES.sub("", text)
    return _CONTROLS.sub("", text)


def clean_line(text: str) -> str:
    """Clean untrusted text and fold it onto one line (for titles, names, list rows)."""
    return " ".join(clean_text(text).split())


def _has_c1(text: str) -> bool:
    return _C1.search(text) is not None


def is_safe_url(url: str) -> bool:
    """Tell whether a link may be shown as openable: only http and https."""
    lowered = url.strip().lower()
    return lowered.startswith(("http://", "https://")) and not _CONTROLS.search(url)
