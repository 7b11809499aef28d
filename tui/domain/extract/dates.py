"""Provides date expressions resolved to ISO dates against the article's own date."""

from __future__ import annotations

import datetime as dt
import re

from tui.domain.extract.scan import ArticleWords, WordList, anchored_finditer, find_words, grouped
from tui.domain.models import DateMention

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_MONTH_RE = "|".join(m.capitalize() for m in _MONTHS)
_MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
_MONTH_WITH_DAY_RE = rf"(?:{grouped('|'.join([m.capitalize() for m in _MONTHS] + _MONTH_ABBREVIATIONS))})\.?"
"""A month beside a day number may be abbreviated, as agencies write it ("Aug. 14", "14 Sept 2026");
alone, "Mar" or "Jan" is more often a word or a name than a month."""
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DAY_RE = "|".join(d.capitalize() for d in _DAYS)

_FUTURE_WORDS = {"will", "would", "shall", "due", "expected", "expect", "expects", "forecast", "forecasts",
                 "predicted", "predict", "predicts", "plans", "plan", "planned", "scheduled", "next", "begin",
                 "begins", "start", "starts", "opens", "resume", "resumes", "intends", "aims", "hopes", "going",
                 "later", "upcoming", "coming", "could", "may", "might", "should", "likely", "effect", "closes",
                 "ends", "expires", "kicks", "runs", "takes", "meets", "returns", "visits", "travels", "arrives",
                 "deadline"}
"""Words that put what follows in the future ("talks are scheduled to resume on Thursday", "the
window closes on Monday", "the tax takes effect on July 1")."""
_PAST_WORDS = {
    "said", "was", "were", "had", "did", "ago", "last", "since", "earlier", "told", "began", "took", "came",
    "went", "fell", "rose", "grew", "won", "lost", "met", "made", "saw", "left", "hit", "cut", "ran", "held",
    "gave", "found", "sold", "paid", "spent", "brought", "broke", "struck", "fled", "flew", "drew", "threw",
    "knew", "wrote", "rode", "spoke", "chose", "froze", "stole", "woke", "wore", "tore", "sang", "rang", "drank",
    "swam", "sat", "stood", "fought", "thought", "bought", "caught", "taught", "sought", "felt", "kept", "slept",
    "meant", "sent", "built", "lent", "laid", "led", "fed", "heard", "bound", "stuck", "hung", "shot", "got",
    "forgot", "hid", "lit", "quit", "spread", "shut", "put", "dealt", "became", "overcame", "ate", "shook",
    "withdrew", "arose", "drove", "sank", "shrank", "slid", "spun", "sprang", "swung", "announced",
    "reported", "confirmed", "during", "yesterday",
}
"""Words that put it in the past ("a car was recovered on Monday", "she fled in December")."""
_PAST_MARKERS = {"ago", "since", "earlier", "during", "yesterday"}
"""Past words that are no verb: "to fire since May" is past, though "to" makes "to cut" future."""
_AUXILIARIES = {"will", "would", "shall", "be", "to", "remain", "remains", "stay", "stays", "being"}
"""Before a past form, they make it future: "will be held", "will remain closed", "to cut"."""
_LINKS = {"to", "for", "on", "in", "at", "by", "until", "from", "the", "a", "an", "this", "next", "that", "it", "its",
          "their", "his", "her", "across", "over", "through", "throughout", "into", "around", "within"}
"""What follows "planned" or "scheduled" used as a verb ("planned for March", "scheduled the vote")."""
_CUE_WORDS = 12
"""How far back a clause's words tell its tense."""
_CLAUSE_START = re.compile(r"[.;:!?—]\s|,\s+(?:and|but|while|which|who|after|before|when)\s")
_WORD = re.compile(r"[A-Za-z][A-Za-z]*")
_UNTIL = re.compile(r"\b(?:until|till|by|before|from|through)\s+(?:about\s+|around\s+|at\s+least\s+)?(?:next\s+)?"
                    r"(?:early\s+|late\s+)?$", re.IGNORECASE)

_DATE_WORDS = WordList([m.capitalize() for m in _MONTHS + _DAYS] + _MONTH_ABBREVIATIONS + [
    "last", "next", "this", "This", "Last", "Next", "yesterday", "tomorrow", "Yesterday", "Tomorrow", "later",
    "earlier", "Later", "Earlier", "tonight", "Tonight"])
# "today" is left out: news uses it for "nowadays" as often as for the day ("the models we run today").
_ISO_DATE_DASH = re.compile(r"-(?<=(?<!\w)\d{4}-)\d\d")
"""The first dash of an ISO date ("2025-03-18"), the year looked behind at: re skips quickly from one dash to the next."""
_PERIOD_TAILS = tuple(f" of {which} {unit}" for which in ("the", "this", "next", "last") for unit in ("week", "month", "year"))
_PART_BEFORE = re.compile(r"\b(?:end|start|beginning|middle)$")
_LEAD_WORDS = frozenset(_MONTHS + _DAYS + [m.lower() for m in _MONTH_ABBREVIATIONS] + ["start", "end", "beginning", "middle", "early", "late", "mid", "later",
                                           "earlier", "last", "next", "this"])
"""The words a date can start with ahead of its anchor word ("late November", "start of June")."""
_PART_OF_MONTH = r"(?:(?:start|end|beginning|middle)\s+of\s+|early\s+|late\s+|mid-|mid\s+)"
_DATE = re.compile(
    rf"\b(?:(?P<md>(?:(?:{_DAY_RE}),?\s+)?(?P<m1>{_MONTH_WITH_DAY_RE})\s+(?P<d1>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<y1>\d{{4}}))?)"
    rf"|(?P<dm>(?:(?:{_DAY_RE}),?\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_WITH_DAY_RE})(?:\s+(?P<y2>\d{{4}}))?)"
    rf"|(?P<my>(?P<m3>{_MONTH_RE})\s+(?P<y3>\d{{4}}))"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<wd>(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<day>{_DAY_RE}))"
    rf"|(?P<rel>(?:(?P<when>[Ll]ater|[Ee]arlier)\s+)?(?P<which>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<unit>week|month|year)\b)"
    rf"|(?P<part>(?:end|start|beginning|middle)\s+of\s+(?P<pwhich>the|this|next|last)\s+(?P<punit>week|month|year))\b"
    rf"|(?P<mly>(?P<m6>{_MONTH_RE})\s+(?P<which6>last|next|this)\s+year)\b"
    rf"|(?P<near>[Yy]esterday|[Tt]omorrow|[Tt]onight|[Ll]ast\s+night)\b"
    rf"|(?P<lastmonth>(?P<whichmonth>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<m5>{_MONTH_RE}))\b(?!\s+\d)"
    rf"|(?P<mo>(?:{_PART_OF_MONTH})?(?P<m4>{_MONTH_RE}))\b(?!\s+\d)"
    rf")",
)
_BEFORE_A_NAME = re.compile(r"\s+[A-Z]")
_MAY_AS_MONTH = re.compile(r"(?:\b(?:in|since|until|by|from|during|of|early|late|mid|last|next|this)\s+|mid-)$",
                           re.IGNORECASE)
""""May" is a month only after such a word ("in May", "late May"): alone it is most often the verb."""


def extract_dates(text: str, published: str, words: ArticleWords | None = None) -> list[DateMention]:
    """Every date expression, each text once, with its ISO date when it can be resolved (words: the text's, if known)."""
    try:
        base = dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        base = None
    mentions: list[DateMention] = []
    seen: set[str] = set()
    # "early March", "14th February", "the end of May": a date starts at most 20 characters ahead of its anchor word.
    iso: list[tuple[int, int]] = []
    for dash in _ISO_DATE_DASH.finditer(text):
        if not iso or dash.start() - 4 >= iso[-1][1]:  # not inside the last one ("2024-2025-10")
            iso.append((dash.start() - 4, dash.end()))
    anchors = find_words(text, _DATE_WORDS, letters=words.letters if words else None) + iso + _parts_of_periods(text)
    for match in anchored_finditer(_DATE, text, sorted(anchors), before=20, after=24, lead_words=_LEAD_WORDS):
        if match.group("mo") and (match.group("mo") == "May" or _BEFORE_A_NAME.match(text, match.end())) and not \
                _MAY_AS_MONTH.search(text, max(0, match.start() - 12), match.start()):
            continue  # the verb "may"; "June Whitaker": a name, unless "in January Halvorsen will open"
        surface = match.group(0)
        if surface in seen:
            continue
        seen.add(surface)
        tense = _tense(text, match.start(), match.end()) or _sentence_tense(text, match.start())
        mentions.append(DateMention(surface, _resolve(match, base, tense)))
    return mentions


def _parts_of_periods(text: str) -> list[tuple[int, int]]:
    """Where "the end of the year" and the like stand: their first words are too common to anchor on,
    so their tails (" of the year") are looked for, which is a plain substring search."""
    spans = []
    for tail in _PERIOD_TAILS:
        at = text.find(tail)
        while at != -1:
            part = _PART_BEFORE.search(text, max(0, at - 9), at)
            if part:
                spans.append((part.start(), at + len(tail)))
            at = text.find(tail, at + 1)
    return spans


def _tense(text: str, start: int, end: int) -> str:
    """Whether the clause around a date tells of the past or the future: "past", "future" or ""."""
    until = _UNTIL.search(text, max(0, start - 26), start)
    opening = max([m.end() for m in _CLAUSE_START.finditer(text, max(0, start - 160), start)], default=max(0, start - 160))
    before = [w.lower() for w in _WORD.findall(text, opening, start)][-_CUE_WORDS:]
    if until and not until.group(0).lower().startswith("before"):
        # "a warning until Saturday", "leave by Saturday", "a ban from Friday"; not "43 had died by Sunday"
        return "past" if "had" in before else "future"
    for at in range(len(before) - 1, -1, -1):  # the nearest word that says which, going back
        word = before[at]
        if word == "last" and at > 0 and before[at - 1] == "the":
            continue  # "would run for the last time on October 31"
        if word in _FUTURE_WORDS and word.endswith("ed") and at + 1 < len(before) and before[at + 1] not in _LINKS:
            continue  # "waiting lists for planned hospital treatment": an adjective, not a plan
        if word in _FUTURE_WORDS:
            return "future"
        if word in _PAST_WORDS or (word.endswith("ed") and len(word) > 4):
            if word not in _PAST_MARKERS and _AUXILIARIES.intersection(before[max(0, at - 2) : at]):
                return "future"  # "will be held", "will remain closed", "to cut"
            return "past"
    if until:
        return "future"  # "before Saturday's vote", unless the clause tells of the past ("had suggested")
    if before:
        return ""
    # "On Friday, the court will rule": a date that opens its clause takes the tense of what follows
    for word in [w.lower() for w in _WORD.findall(text, end, min(len(text), end + 60))][:6]:
        if word in _FUTURE_WORDS:
            return "future"
        if word in _PAST_WORDS or (word.endswith("ed") and len(word) > 4):
            return "past"
    return ""


def _sentence_tense(text: str, start: int) -> str:
    """"future" when the sentence looks ahead and tells of nothing past ("X visit Y next Sunday, while Z host W on Wednesday")."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    closing = min((i for i in (text.find(". ", start), text.find("\n", start)) if i != -1), default=len(text))
    words = {w.lower() for w in _WORD.findall(text, opening, closing)}
    if words & {"will", "next", "shall"} and not words & _PAST_WORDS and not any(w.endswith("ed") for w in words):
        return "future"
    return ""


_STEP = {"last": -1, "next": 1, "this": 0, "the": 0}
"""How many weeks, months or years away "last week", "next month", "the end of the year" are."""


def _period(base: dt.date, step: int, unit: str) -> str:
    """The week, month or year `step` of them from the article's date: "2025-W12", "2025-03", "2025"."""
    if unit == "year":
        return str(base.year + step)
    if unit == "month":
        month_index = base.year * 12 + base.month - 1 + step
        return f"{month_index // 12}-{month_index % 12 + 1:02d}"
    year, week, _ = (base + dt.timedelta(weeks=step)).isocalendar()
    return f"{year}-W{week:02d}"


def _month(name: str) -> int:
    """The month's number, of its name or its abbreviation ("Sept.")."""
    return [m[:3] for m in _MONTHS].index(name[:3].lower()) + 1


def _resolve(match: re.Match[str], base: dt.date | None, tense: str) -> str:
    groups = match.groupdict()
    if groups["iso"]:
        return groups["iso"]
    future = tense == "future"
    for m, d, y in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
        if groups[m]:
            year = int(groups[y]) if groups[y] else (base.year if base else None)
            if year is None:
                return ""
            try:
                day = dt.date(year, _month(groups[m]), int(groups[d]))
            except ValueError:
                return ""
            if not groups[y] and base:
                if day > base + dt.timedelta(days=31) and not future:
                    day = day.replace(year=year - 1)
                elif day < base - dt.timedelta(days=300) and future:
                    day = day.replace(year=year + 1)
            return day.isoformat()
    if groups["my"]:
        return f"{groups['y3']}-{_month(groups['m3']):02d}"
    if base is None:
        return ""
    if groups["lastmonth"]:
        month, which = _month(groups["m5"]), groups["whichmonth"].lower()
        year = base.year
        if which == "last":
            year -= 1 if month >= base.month else 0  # the most recent one before this month
        elif which == "next":
            year += 1 if month <= base.month else 0  # the first one after this month
        return f"{year}-{month:02d}"
    if groups["mo"]:
        # The nearest such month, unless the tense says the other side of the publication month.
        month = _month(groups["m4"])
        year = min((base.year - 1, base.year, base.year + 1), key=lambda y: abs(y * 12 + month - base.year * 12 - base.month))
        ahead = year * 12 + month - base.year * 12 - base.month
        if ahead > 1 and tense == "past":
            year -= 1
        elif ahead < 0 and future:
            year += 1
        return f"{year}-{month:02d}"
    if groups["day"]:
        target = _DAYS.index(groups["day"].lower())
        wd = groups["wd"].lower()
        if wd.startswith("next") or (future and not wd.startswith("last")):
            delta = (target - base.weekday()) % 7 or (7 if wd.startswith("next") else 0)
            return (base + dt.timedelta(days=delta)).isoformat()
        delta = (base.weekday() - target) % 7
        if wd.startswith("last") and delta == 0:
            delta = 7
        return (base - dt.timedelta(days=delta)).isoformat()
    if groups["rel"]:
        return _period(base, _STEP[groups["which"].lower()], groups["unit"].lower())
    if groups["part"]:  # "the end of the year", "the middle of next week"
        return _period(base, _STEP[groups["pwhich"].lower()], groups["punit"].lower())
    if groups["mly"]:  # "October last year"
        return f"{base.year + _STEP[groups['which6'].lower()]}-{_month(groups['m6']):02d}"
    if groups["near"]:
        offset = {"yesterday": -1, "tomorrow": 1, "tonight": 0, "last night": -1}[" ".join(groups["near"].lower().split())]
        return (base + dt.timedelta(days=offset)).isoformat()
    return ""
