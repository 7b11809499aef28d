"""Provides the people and organisations of an article: names as first introduced, roles, and aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ROLE_NOUNS = (
    "spokesman|spokeswoman|spokesperson|minister|secretary|president|vice-president|director|chief|executive|"
    "chairman|chairwoman|chair|head|analyst|official|officer|ambassador|envoy|governor|mayor|senator|lawmaker|"
    "commissioner|economist|researcher|professor|scientist|adviser|advisor|manager|founder|leader|general|"
    "commander|judge|lawyer|attorney|prosecutor|negotiator|representative|strategist|deputy|councillor|"
    "councilor|chancellor|premier|prime minister|president|king|queen|prince|emir|ceo|cfo|coo|partner|"
    "editor|correspondent|engineer|inspector|regulator|trustee|treasurer|economist|diplomat|organiser|organizer|"
    "superintendent|administrator|coordinator|campaigner|activist|expert|fellow|historian|doctor|physician|nurse|"
    "captain|coach|owner|investor|trader|broker|banker|auditor|curator|dean|rector|provost|sheriff|chief executive"
)
ORG_WORDS = (
    "Ministry|Council|Agency|Department|Group|Bank|Company|Commission|Committee|Office|Organization|Organisation|"
    "Authority|Union|Court|Kremlin|Government|Inc|Corp|Corporation|Ltd|Institute|Association|Federation|"
    "Parliament|Senate|Congress|Assembly|Party|Fund|Board|Service|Services|Police|Army|Navy|Force|Forces|"
    "University|Hospital|Centre|Center|Foundation|Trust|Society|Alliance|Coalition|Network|Agency|Bureau|"
    "Administration|Cabinet|Presidency|Secretariat|Tribunal|Exchange|Reserve|Commissioner|Consortium|Holdings|"
    "Airlines|Energy|Motors|Systems|Partners|Capital|Research|Industries|Technologies|Labs|Laboratories|Authority|"
    "White House|Pentagon|Elysee|Élysée|Downing Street|Rosatom|NATO|OPEC|IAEA|WHO|UN|EU"
)
PRONOUNS = {"he", "she", "they", "it", "we"}

_NAME_TOKEN = r"(?:Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z][a-z]?[A-Z][a-z]+|[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)?|[A-Z]\.)"
NAME = rf"{_NAME_TOKEN}(?:\s+(?:(?:de|van|von|der|da|del|la|le|bin|al|el|di)\s+)?{_NAME_TOKEN}){{0,3}}"
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_ROLE_LEAD_SPLIT = re.compile(r"[,.;:!?()“”\"—]|\b(?:with|to|for|from|by|and|at|in|on|between|about|that|who)\s+")
_ROLE_SET = {w for w in ROLE_NOUNS.split("|") if " " not in w}
_ORG_SET = {w for w in ORG_WORDS.split("|") if " " not in w}
_CAPS_BEFORE = re.compile(r"(?:[A-Z][\w&'’-]*\s+){1,4}$")
_OF_NAME_AFTER = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_FULL_NAME = re.compile(rf"\b(?:{_NAME_TOKEN}\s+){{1,2}}{_NAME_TOKEN}\b")
_NAME_AFTER = re.compile(rf"\s+(?P<name>{NAME})")
_COMMA_NAME_AFTER = re.compile(rf",\s+(?P<name>{NAME}),")
_NAME_COMMA_BEFORE = re.compile(rf"(?P<name>{NAME}),\s+(?P<pre>(?:the\s+|a\s+|an\s+)?[^,.;:“”\"]{{0,60}})$")
_ROLE_END = re.compile(r",|\.(?:\s|$)|;|$|\s(?:said|says|told|added|warned|noted|stated|explained|insisted|wrote|argued)\b")
ROLE_NOUN_RE = re.compile(rf"\b(?:{ROLE_NOUNS})\b", re.IGNORECASE)
_ORG_RE = re.compile(rf"\b(?:{ORG_WORDS})\b")
_TITLES = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|President|Sen|Senator|Rep|Gov|Gen|Judge|Minister|Mayor)\.?\s+")
_NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "But", "And", "For", "If", "As", "It", "He", "She", "They", "We", "This",
    "That", "These", "Those", "When", "While", "After", "Before", "Under", "Since", "Despite", "Although", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
    "May", "June", "July", "August", "September", "October", "November", "December", "Not", "Our", "Their", "His",
    "Her", "Its", "Some", "Many", "Most", "Each", "Every", "One", "Two", "Three", "Four", "Five", "Mr", "Mrs", "Ms",
    "Dr", "According", "Asked", "Speaking", "Officials", "Critics", "Analysts", "Under", "With", "Without", "Once",
}


@dataclass
class Person:
    """Someone the article names."""

    name: str
    role: str = ""
    kind: str = "person"
    aliases: set[str] = field(default_factory=set)
    first: int = 0
    """Offset of the first mention."""


def clean_name(name: str) -> str:
    """A name without a leading title or a trailing possessive."""
    name = _TITLES.sub("", name.strip())
    return re.sub(r"(?:’s|'s)$", "", name).strip()


def looks_like_org(name: str) -> bool:
    """Whether a capitalised name is an organisation rather than a person."""
    return bool(_ORG_RE.search(name)) or name.isupper()


def _strip_leading(role: str) -> str:
    words = role.split()
    while words and (words[0] in _NOT_NAMES or words[0].lower() in ("the", "a", "an", "said", "says")):
        words = words[1:]
    return " ".join(words)


def _trim_role(role: str) -> str:
    role = " ".join(role.split())
    role = re.sub(r"^(?:the|a|an|and|by|said|says|of)\s+", "", role, flags=re.IGNORECASE)
    return role.strip(" ,")


class Registry:
    """The people and organisations of one article, found in order of first mention."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._full_names: dict[str, tuple[str, int]] | None = None
        self.people: list[Person] = []
        self._by_alias: dict[str, Person] = {}
        # Find role nouns first (one fast pass), then look for a name in a small window around each:
        # "Energy Minister Bakhtiyor Nazarov", "the chief executive, Park Ji-won," and
        # "Dilnoza Karimova, director of the environmental group Green Steppe, warned".
        role_words: list[re.Match[str]] = []
        org_words: list[re.Match[str]] = []
        for word in _WORD.finditer(text):  # one pass; set lookups instead of long regex alternations
            token = word.group(0)
            if token.lower() in _ROLE_SET:
                role_words.append(word)
            if token in _ORG_SET:
                org_words.append(word)
        for word in org_words:
            # Extend an organisation word to its full name: capitalised words before, "of X" after.
            head = _CAPS_BEFORE.search(text, max(0, word.start() - 60), word.start())
            start = head.start() if head else word.start()
            tail = _OF_NAME_AFTER.match(text, word.end())
            name = text[start : tail.end() if tail else word.end()].strip()
            if len(name.split()) >= 2 or name in ("Kremlin", "Pentagon", "Rosatom"):
                self.add(name, at=start, kind="organisation")
        for noun in role_words:
            start, end = noun.start(), noun.end()
            head = text[max(0, start - 70) : start]
            lead = _ROLE_LEAD_SPLIT.split(head)[-1]
            role_before = " ".join((lead + noun.group(0)).split())
            after = _NAME_AFTER.match(text, end)
            if after:
                self.add(after.group("name"), _strip_leading(role_before), after.start("name"))
                continue
            comma = _COMMA_NAME_AFTER.match(text, end)
            if comma:
                self.add(comma.group("name"), _strip_leading(role_before), comma.start("name"))
                continue
            back = _NAME_COMMA_BEFORE.search(head)
            if back:
                stop = _ROLE_END.search(text, end, min(len(text), end + 90))
                tail = text[end : stop.start()] if stop else ""
                role = _trim_role(back.group("pre") + noun.group(0) + tail)
                self.add(back.group("name"), role, max(0, start - 70) + back.start("name"))

    @staticmethod
    def _plausible(name: str) -> bool:
        tokens = name.split()
        return bool(tokens) and tokens[0] not in _NOT_NAMES and not looks_like_org(name)

    def add(self, name: str, role: str = "", at: int = 0, kind: str = "") -> Person | None:
        """Record a mention; the first full mention of a name wins, a role found later fills a gap."""
        name = re.sub(r"^(?:The|A|An)\s+", "", clean_name(name))
        if not name or not self._plausible(name) and kind != "organisation" and not looks_like_org(name):
            return None
        kind = kind or ("organisation" if looks_like_org(name) else "person")
        existing = self.find(name)
        if existing is not None:
            if role and not existing.role:
                existing.role = role
            return existing
        person = Person(name=name, role=role, kind=kind, first=at)
        tokens = [t for t in name.replace("-", " - ").split() if t != "-"]
        person.aliases = {name.casefold()}
        if kind == "person" and len(name.split()) >= 2:
            for token in name.split():
                if len(token) > 2 and token not in _NOT_NAMES:
                    person.aliases.add(token.casefold())
        elif kind == "organisation":
            person.aliases |= {t.casefold() for t in tokens if _ORG_RE.fullmatch(t)}
        self.people.append(person)
        for alias in person.aliases:
            self._by_alias.setdefault(alias, person)
        return person

    def find(self, name: str) -> Person | None:
        """The person or organisation a name (full, surname, or an organisation's word) refers to."""
        name = clean_name(name)
        if not name:
            return None
        key = name.casefold()
        if key in self._by_alias:
            return self._by_alias[key]
        for person in self.people:
            if person.kind == "person" and key in person.name.casefold().split():
                return person
        return None

    def expand(self, surname: str, at: int) -> Person | None:
        """A lone surname's full name, as the text first gives it ("Reyes" -> "Tomás Reyes")."""
        if self._full_names is None:
            self._full_names = {}
            for match in _FULL_NAME.finditer(self.text):
                self._full_names.setdefault(match.group(0).split()[-1], (match.group(0), match.start()))
        found = self._full_names.get(surname)
        if found is None:
            return None
        full = clean_name(found[0])
        return self.add(full, at=found[1]) if self._plausible(full) else None

    def main_organisation(self, before: int) -> Person | None:
        """The organisation the article names first: what "the company" most often means."""
        named = [p for p in self.people if p.kind == "organisation" and p.first <= before]
        return min(named, key=lambda p: p.first) if named else None

    def with_role(self, noun: str, before: int) -> Person | None:
        """The most recently mentioned person whose role holds this noun ("the spokesman")."""
        noun = noun.casefold()
        candidates = [p for p in self.people if p.kind == "person" and noun in p.role.casefold() and p.first <= before + 200]
        return max(candidates, key=lambda p: p.first) if candidates else None

    def organisation(self, word: str) -> Person | None:
        """The organisation that a lower-case mention ("the ministry") refers to: the last one named."""
        word = word.casefold()
        named = [p for p in self.people if p.kind == "organisation" and word in p.name.casefold().split()]
        return named[0] if named else None
