"""Provides the label of what a figure measures ("rise in Corvane shares", "cost of the strike to the company").

No parser: the label comes from how news sentences put figures. A figure after a verb of change
measures the change in the verb's subject ("shares rose 2.8%"), one after "X of" measures X ("a
capacity of 1,057 megawatts"), a percentage before "of X" is a share of X, one before a noun sizes
that noun ("a $410 million settlement"), "X cost Y $9 million" is the cost of X to Y, and "X was
68%" is X. Otherwise the words after the figure, up to where its clause ends, say what it counts.
"""

from __future__ import annotations

import re

MAX_WORDS = 8
"""A label longer than this is cut: it stands in a sidebar."""

_CHANGES = {
    "rose": "rise", "rise": "rise", "rises": "rise", "risen": "rise", "climbed": "rise", "jumped": "jump",
    "surged": "rise", "soared": "rise", "increased": "increase", "grew": "growth", "advanced": "rise",
    "rallied": "rise", "fell": "fall", "falls": "fall", "fallen": "fall", "dropped": "drop", "declined": "decline",
    "slipped": "fall", "slumped": "fall", "plunged": "fall", "tumbled": "fall", "sank": "fall", "dipped": "fall",
    "shrank": "fall", "eased": "fall", "slid": "fall", "warmed": "warming", "cooled": "cooling",
    "up": "rise", "down": "fall",
}
"""Verbs of change, and the noun that names the change ("shares rose 2.8%": a rise in shares)."""
_MADE_CHANGES = {
    "cut": "cut", "cuts": "cut", "reduced": "cut", "reduce": "cut", "lowered": "cut", "slashed": "cut",
    "trimmed": "cut", "raised": "rise", "raise": "rise", "lifted": "rise", "boosted": "rise", "increase": "rise",
    "lost": "loss", "gained": "gain",
}
"""Verbs of a change made to something ("cut costs by 35 percent"); without "by" and before money
they give an amount ("raised £18,000"), not a change."""
_ACTS = {
    "fined": "fine on", "awarded": "award to", "paid": "payment to", "lent": "loan to", "granted": "grant to",
    "offered": "offer to", "owes": "debt to", "owed": "debt to", "charged": "charge to", "gave": "given to",
    "pledged": "pledge to", "promised": "promise to", "ordered": "order to", "sued": "claim against",
}
"""Verbs whose object receives the figure: "fined Orchard Technologies EUR 3bn" is a fine on it."""
_VERB_NOUNS = {
    "earned": "earnings", "earns": "earnings", "spent": "spending", "spends": "spending", "saved": "savings",
    "save": "savings", "paid": "payment", "pay": "payment", "raised": "money raised", "invested": "investment",
    "invest": "investment", "borrowed": "borrowing", "sold": "sales", "bought": "purchases", "offered": "offer",
    "received": "receipts", "collected": "money collected", "budgeted": "budget", "allocated": "allocation",
    "approved": "approved", "oversees": "assets overseen", "manages": "assets managed", "holds": "capacity",
    "employs": "workforce", "carry": "carrying capacity", "carries": "carrying capacity",
    "contribute": "contribution", "contributes": "contribution", "contributed": "contribution",
    "donated": "donation", "donate": "donation", "donates": "donation",
}
"""A verb just before a figure with no better clue, and what it makes the figure."""
_TIME_WORDS = {
    "a", "an", "per", "each", "every", "year", "years", "day", "days", "week", "weeks", "month", "months", "hour",
    "annually", "yearly", "daily", "monthly", "weekly", "last", "next", "this", "earlier", "later", "ago",
    "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "so", "far", "alone", "already", "now", "overall", "apiece",
}
"""Words of a time or rate right after a figure ("a year", "on Monday", "next year"): not what it measures."""
_LEVELS = {"was", "is", "were", "are", "stood at", "stands at", "reached", "hit", "totalled", "totaled",
           "topped", "ran to", "runs to", "came to", "amounted to", "averaged", "peaked at", "remained", "remains"}
"""Verbs that give a level: "turnout was 68%"."""
_EXPECTING = {"expected", "forecast", "predicted", "projected", "estimated", "anticipated"}
"""Verbs after a figure that make it someone's expectation: "the $8.9 billion analysts had expected"."""
_VERBS_OF_AN_AMOUNT = {
    "estimates", "estimated", "estimate", "reported", "reports", "posted", "posts", "recorded", "records", "expects",
    "expected", "forecast", "forecasts", "predicts", "predicted", "projects", "projected", "announced", "announces",
    "suffered", "suffers", "faces", "faced", "booked", "books", "sees", "saw", "made", "makes", "approved", "approves",
    "proposed", "proposes", "unveiled", "unveils", "sought", "seeks", "wants", "demanded", "demands", "offered",
}
"""Verbs that may stand before "X of <figure>" ("estimates losses of €2.5bn"): not part of what it measures."""
_ESTIMATES = {"estimated", "valued", "put", "priced", "pegged", "assessed"}
"""Verbs before "at" that put a value on what comes before them: "damage estimated at £150m"."""
_PREPOSITIONS = {
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "over", "under", "across", "between", "against",
    "among", "into", "after", "before", "since", "during", "per", "via", "through", "about", "around", "toward",
    "towards", "within", "without", "than", "as", "like", "out", "up", "down", "off", "below", "above", "beyond",
}
_PREPOSITIONS_BUT_OF = _PREPOSITIONS - {"of"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "each", "every", "any"}
_AUXILIARIES = {
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "should",
    "may", "might", "can", "must", "already", "also", "now", "still", "just", "only", "then", "not", "to",
}
_CLAUSE_WORDS = {
    "and", "but", "or", "which", "who", "whom", "that", "while", "when", "where", "after", "because", "although",
    "if", "said", "says", "say", "told", "according", "as",
}
_APPROXIMATIONS = {
    tuple(phrase.split()) for phrase in (
        "about|approximately|nearly|almost|roughly|around|some|more than|over|up to|at least|at most|less than|"
        "fewer than|under|as many as|as much as|no more than|close to|just over|just under|an estimated|"
        "upwards of|below|above|well over|an extra|another|only|just|a further|a|an|estimated"
    ).split("|")
}
"""Words that may stand between a figure and its clause ("cargo worth an estimated $3.2 billion")."""
_CLAUSE_BREAK = re.compile(r"[.;:!?()—–,\s](?:(?<=[,])\s|(?<=\s)-\s|(?<=[.;:!?()—–])(?!(?<=\d\.)\d))")
"""Where a clause ends: a stop (not a decimal point: "4.7"), a bracket or a dash, a comma and a
space, a spaced hyphen. Its first character is matched first, then looked behind at, so that re
skips quickly to each candidate."""
_WORD = re.compile(r"[\w$€£¥%&'’.-]+(?:,(?=\d)[\w$€£¥%&'’.-]+)*")
"""A word, or a number with its thousands separators ("2,000")."""


MULTIPLIED = ("doubled", "tripled", "trebled", "quadrupled", "halved")
"""Verbs of how many times over a figure grew, which are figures themselves ("had doubled since")."""


def measures_label(text: str, start: int, end: int, kind: str, noun: str | None = None, previous: str = "") -> str:
    """A short label of what the figure at text[start:end] measures.

    Args:
        text: The sentence the figure stands in.
        start: Where the figure starts (its approximation word included).
        end: Where it ends.
        kind: "money", "percent", "quantity" or "count".
        noun: A count's noun ("container ships" of "12 container ships").
        previous: What the figure before it in the sentence measures, if any.
    """
    if previous and text.endswith("(", 0, start):
        return previous  # "Rs 11.1 lakh crore ($133 billion)": the same figure in another currency or unit
    before = _clause_before(text, start)
    if previous and len(before) <= 2:
        lowered = [w.lower() for w in before]
        if lowered in (["or"], ["or", "about"], ["or", "roughly"], ["or", "some"]):
            return previous  # "8.8 million tons of crude a year, or roughly 176,000 barrels per day": the same again
        if lowered in (["from"], ["up", "from"], ["down", "from"]):
            # "35 percent of revenue by 2028, up from 15 percent last year": where that figure stood before
            return previous if previous.startswith("earlier ") else " ".join(f"earlier {previous}".split()[:MAX_WORDS])
    after = _clause_after(text, end)
    if text[start:end].endswith(MULTIPLIED):
        # "the number of displaced people had doubled since January": how the subject grew
        subject = _subject(_drop_auxiliaries(before), limit=6).removeprefix("number of ")
        if subject:
            grew = "fall" if text.endswith("halved", 0, end) else "growth"
            return " ".join(f"{grew} in {subject}".split()[:MAX_WORDS])
    label = _label(before, after, kind, noun)
    if label.lower() in _TIME_UNITS:
        label = _duration(before) or label  # "worked alongside her for two years": not just "years"
    words = label.split()[:MAX_WORDS]
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()  # "kept at home for", "has gone up by": a label does not end in the middle
    while len(words) > 1 and words[0].lower() in _AUXILIARIES:
        words.pop(0)
    return " ".join(words).strip(" ,.;:")


_DANGLING = _PREPOSITIONS | _DETERMINERS | _AUXILIARIES | {"and", "or", "but", "unless", "until", "whether", "its",
                                                           "their", "his", "her", "our", "my", "your"}
"""Words no label ends with."""


_TIME_UNITS = {"seconds", "minutes", "hours", "days", "working days", "weeks", "months", "years", "decades",
               "second", "minute", "hour", "day", "week", "month", "year", "decade"}
_DURATION_LEADS = {"for", "in", "within", "over", "after", "lasting", "of", "about", "around", "nearly", "almost"}
_DURATION_VERBS = {"took", "take", "takes", "last", "lasts", "spent", "spend", "spends", "waited", "wait", "waits",
                   "ran", "run", "runs", "served", "serve", "lived", "live", "worked", "work", "stayed", "stay",
                   "kept", "keep", "held", "hold", "needs", "need", "needed", "lasted",
                   "must", "will", "would", "can", "could", "should", "may", "might"}
"""Verbs of a span of time that the past-tense test misses: "The strike will last ten days"."""
_NO_DURATION_START = _DETERMINERS | _AUXILIARIES | {"he", "she", "they", "it", "we", "i", "you"}


def _duration(before: list[str]) -> str:
    """What a span of time is the time of, from its clause: "Aksoy worked alongside her for" -> "time
    Aksoy worked alongside her"; "" when the clause says nothing (the span opens it)."""
    words = list(before)
    while words and words[-1].lower() in _DURATION_LEADS:
        words.pop()
    starts = [i + 1 for i, word in enumerate(words) if word.lower() in _CLAUSE_WORDS - {"as"}]
    words = words[starts[-1]:] if starts else words
    while words and words[0].lower() in _NO_DURATION_START:
        words = words[1:]  # "She was banned from": the time banned
    if not any(_is_verb_like(w.lower()) or w.lower() in _DURATION_VERBS for w in words):
        return ""
    return " ".join(["time", *words[-(MAX_WORDS - 1):]])


def _label(before: list[str], after: list[str], kind: str, noun: str | None) -> str:
    lowered = [w.lower() for w in before]
    after = _without_time(after)
    if noun:
        return " ".join([noun, *_qualifier(after, 5)])
    # "cargo worth $3.2 billion", "the win is worth £3.5 million"
    if lowered[-1:] == ["worth"] and len(before) > 1:
        # what stands just before "worth" ("city contracts worth", "the win is worth"), not the clause's
        # subject ("an inquiry into how city contracts worth", "it would seek orders worth")
        worth_of = _phrase_back(_drop_auxiliaries(before[:-1]), limit=2).split()
        if len(worth_of) > 1 and worth_of[0].lower().endswith("ing"):
            worth_of = worth_of[1:]  # "ships carrying cargo worth": the cargo
        if worth_of:
            return f"value of {' '.join(worth_of)}"
    # "X cost (Y) $9 million": the cost of X (to Y)
    if "cost" in lowered or "costs" in lowered:
        at = max(i for i, w in enumerate(lowered) if w in ("cost", "costs"))
        subject = _phrase_back(_drop_auxiliaries(before[:at]))
        target = _phrase_forward(before[at + 1:])
        if subject:
            return f"cost of {subject}" + (f" to {target}" if target else "")
    # "4.5 per cent of their remaining volume": a share of something
    if kind in ("percent", "fraction") and after[:1] == ["of"]:
        share = _phrase_forward(after[1:], keep_of=True)
        if share:
            return f"share of {share}"
    # "a capacity of 1,057 megawatts", "interest rates of between 2.5 and 3 percent"
    if lowered[-1:] == ["of"] and len(before) > 1 and lowered[-2] not in _PREPOSITIONS:
        words = _phrase_back(before[:-1]).split()
        verb_at = max((i for i, w in enumerate(words[:-1]) if w.lower() in _VERBS_OF_AN_AMOUNT), default=-1)
        head = " ".join(words[verb_at + 1:])  # "The union estimates losses of": the losses
        if head:
            return " ".join([head, *_qualifier(after, 4)])
    # "shares rose 2.8%", "coverage fell to 81 per cent", "cut costs by 35 percent"
    change = _change_verb(lowered, kind)
    if change is not None:
        at, name, how = change
        subject = _subject(_drop_auxiliaries(before[:at]))
        if how == "by-object":
            obj = _phrase_forward(before[at + 1 : -1])
            if obj:
                return f"{name} in {obj}"
        elif how in ("to-object", "from-object"):
            obj = _object(before[at + 1 : at + 1 + lowered[at + 1:].index("to")])
            if obj:
                return obj if how == "to-object" else f"earlier {obj}"
        elif how == "from" and subject:
            return f"earlier {subject}"
        elif subject:
            return subject if how == "to" else f"{name} in {subject}"
    # "fined Orchard Technologies EUR 3bn"
    for at in range(max(0, len(lowered) - 4), len(lowered) - 1):
        if lowered[at] in _ACTS:
            target = _phrase_forward(before[at + 1:])
            if target:
                return f"{_ACTS[lowered[at]]} {target}"
    # "turnout was 68%", "temperatures reached 41 degrees"
    # (the one-word verbs never end a two-word one: "stood at", "ran to")
    verb = next((v for v in (" ".join(lowered[-1:]), " ".join(lowered[-2:])) if v in _LEVELS), None)
    if verb:
        subject = _subject(_drop_auxiliaries(before[: len(before) - len(verb.split())]))
        if subject:
            return subject
    # "the $8.9 billion analysts had expected": what someone expected, forecast or estimated
    expecting = next((i for i, w in enumerate(after[1:4], 1) if w in _EXPECTING), None) if len(after) > 1 else None
    if expecting and all(_is_noun_word(w) or w.lower() in _AUXILIARIES for w in after[:expecting]):
        who = [w for w in after[:expecting] if w.lower() not in _AUXILIARIES]
        if who:
            return f"{after[expecting].lower()} by {' '.join(who)}"
    # "a 12% pay rise", "a $410 million settlement", "a 500-megawatt interconnector"
    if after and _is_noun_word(after[0]):
        phrase = _phrase_forward(after)
        if phrase:
            more = _purpose(after[len(phrase.split()):])
            if more:
                return f"{phrase} {more}"  # "deal to construct four new nuclear power plants"
            return f"value of {phrase}" if kind == "money" else phrase
    # "estimated early losses at about €250 million"
    if lowered[-1:] == ["at"] and len(before) > 2:
        valued = _phrase_back(before[:-1]).split()
        if valued and _is_verb_like(valued[-1].lower()) and valued[-1].lower() not in _ESTIMATES:
            subject = _subject(_drop_auxiliaries(before[:-1]))
            if subject:
                return subject  # "The rupee was little changed at 83.95 per dollar": the rupee
        while len(valued) > 1 and valued[-1].lower() in _ESTIMATES:
            valued.pop()  # "damage estimated at": the damage
        while len(valued) > 1 and _is_verb_like(valued[0].lower()):
            valued.pop(0)  # "caused damage": the damage
        if valued:
            return " ".join(valued)
    # "spent more than $1.2 billion developing the drug", "approved $43 billion in new financing"
    if after and after[0].lower() not in _PREPOSITIONS and not _is_noun_word(after[0]):
        return " ".join(_qualifier(after, 6))
    verb = lowered[-1] if lowered else ""
    if after[:1] and after[0].lower() in ("in", "of", "for", "on") and len(after) > 1:
        object_phrase = _phrase_forward(after[1:])
        if object_phrase:
            return f"{object_phrase} {verb}".strip() if verb.endswith(("ed", "t")) else object_phrase
    if verb in _VERB_NOUNS:
        return " ".join([_VERB_NOUNS[verb], *_qualifier(after, 4)])
    if before and _qualifier(after, 5):
        return " ".join([before[-1], *_qualifier(after, 5)])  # "moved £14.6 million out of the fund"
    return " ".join(before[-4:])


def _purpose(words: list[str]) -> str:
    """What a noun phrase is for, when its clause says: "to build four plants", "for fishing crews"."""
    words = _without_time(words)  # "a $2 billion agreement on Monday to reopen the mine"
    lowered = [w.lower() for w in words]
    if lowered[:1] == ["to"] and len(words) > 2:
        target = _phrase_forward(words[2:], limit=5)
        return f"to {words[1]} {target}" if target else ""
    if lowered[:1] and lowered[0] in ("for", "on", "with") and len(words) > 1:
        target = _phrase_forward(words[1:], limit=4)
        return f"{lowered[0]} {target}" if target else ""
    return ""


def _without_time(words: list[str]) -> list[str]:
    """The words after a figure without the time or rate that may open them ("a year of wheat")."""
    at = 0
    while at < len(words):
        word = words[at].lower()
        if word == "on" and at + 1 < len(words) and words[at + 1].lower() in _TIME_WORDS:
            at += 2  # "on Monday"
        elif word in _TIME_WORDS or word[:1].isdigit():
            at += 1
        else:
            break
    return words[at:]


def _subject(words: list[str], limit: int = 4) -> str:
    """The head of a clause's subject: its first words up to a preposition ("Spring rainfall in the region").

    In reported speech the subject comes after the reporting verb ("She said waiting lists ...").
    """
    words = list(words)
    starts = [i + 1 for i, word in enumerate(words) if word.lower() in _CLAUSE_WORDS]
    if starts and starts[-1] < len(words):
        words = words[starts[-1]:]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    kept: list[str] = []
    for word in words:
        lowered = word.lower()
        if lowered in _PREPOSITIONS_BUT_OF or lowered in _AUXILIARIES or lowered in _CLAUSE_WORDS \
                or len(kept) == limit:
            break
        kept.append(word)
    while kept and kept[-1].lower() in ("of", "its", "their", "his", "her", "our"):
        kept.pop()
    return " ".join(kept) if kept else _phrase_back(words)


def _without_quote_marks(text: str) -> str:
    """Quotation marks are not where a clause ends: "yields could climb to "5 percent or beyond".
    (Three replace() calls are several times faster than translate() on text that is not ASCII.)"""
    return text.replace("“", " ").replace("”", " ").replace('"', " ")


def _clause_before(text: str, start: int) -> list[str]:
    """The words of the figure's clause before it, without a trailing approximation word."""
    head = _without_quote_marks(text[max(0, start - 160) : start])
    breaks = list(_CLAUSE_BREAK.finditer(head))
    words = _WORD.findall(head[breaks[-1].end():] if breaks else head)
    tail = tuple(w.lower() for w in words[-3:])
    for size in (3, 2, 1):  # the longest approximation first: "as much as", "more than", "about"
        if len(tail) >= size and tail[-size:] in _APPROXIMATIONS:
            words = words[:-size]
            break
    return words


def _clause_after(text: str, end: int) -> list[str]:
    """The words after the figure, up to where its clause ends."""
    tail = _without_quote_marks(text[end : end + 160])
    cut = _CLAUSE_BREAK.search(tail)
    words = _WORD.findall(tail[: cut.start()] if cut else tail)
    kept: list[str] = []
    for word in words:
        if word.lower() in _CLAUSE_WORDS:
            break
        kept.append(word)
    return kept


def _qualifier(words: list[str], limit: int) -> list[str]:
    """The first words after a figure, without a trailing preposition or article."""
    kept = list(words[:limit])
    while kept and (kept[-1].lower() in _PREPOSITIONS or kept[-1].lower() in _DETERMINERS):
        kept.pop()
    return kept


def _phrase_back(words: list[str], limit: int = 4) -> str:
    """The noun phrase that ends a run of words ("the regional economy" -> "regional economy")."""
    kept: list[str] = []
    for word in reversed(words):
        lowered = word.lower()
        if lowered in _DETERMINERS or lowered in _PREPOSITIONS_BUT_OF or lowered in _AUXILIARIES \
                or lowered in _CLAUSE_WORDS or lowered in _CHANGES or lowered in _MADE_CHANGES or len(kept) == limit:
            break
        kept.insert(0, word)
    while kept and kept[0].lower() in ("of", "its", "their", "his", "her", "our"):
        kept = kept[1:]
    return " ".join(kept)


def _phrase_forward(words: list[str], limit: int = 4, keep_of: bool = False) -> str:
    """The noun phrase that opens a run of words ("the country's electricity, officials said")."""
    words = list(words)
    while len(words) > 1 and words[0].lower() in _DETERMINERS and words[1].lower() not in _PREPOSITIONS:
        words = words[1:]
    kept: list[str] = []
    for word in words:
        lowered = word.lower()
        if (lowered in _PREPOSITIONS and not (keep_of and lowered == "of")) or lowered in _AUXILIARIES \
                or lowered in _CLAUSE_WORDS or len(kept) == limit or (kept and _is_verb_like(lowered)) \
                or (kept and lowered in ("a", "an", "each", "every")):  # "crude a year"
            break
        kept.append(word)
    return " ".join(kept)


def _object(words: list[str]) -> str:
    """What a change is made to, with what it is of or for: "its growth forecast for Zambia" -> "growth forecast for Zambia"."""
    while words and words[0].lower() in _DETERMINERS | {"its", "their", "his", "her", "our"}:
        words = words[1:]
    if not words or any(w.lower() in _AUXILIARIES or w.lower() in _CLAUSE_WORDS for w in words):
        return ""
    return " ".join(words)


def _is_figure_word(lowered: str) -> bool:
    """A word of a figure: "22%", "$8.4", "billion", "percent"."""
    return lowered[:1].isdigit() or lowered[:1] in "$€£¥" or lowered in (
        "percent", "per", "cent", "percentage", "basis", "points", "point", "bps", "million", "billion", "trillion",
        "bn", "m")


def _drop_auxiliaries(words: list[str]) -> list[str]:
    words = list(words)
    while words and words[-1].lower() in _AUXILIARIES:
        words.pop()
    return words


def _change_verb(lowered: list[str], kind: str) -> tuple[int, str, str] | None:
    """The verb of change the clause ends with: "fell", "rose to", "rose to X from", "cut costs by".

    Returns:
        (its position, the noun that names the change, how the figure stands to it: "by" for the
        change itself, "to" for the level reached, "from" for the level before, "by-object" for a
        change made to the words between the verb and "by").
    """
    for at in range(len(lowered) - 1, max(-1, len(lowered) - 13), -1):
        word = lowered[at]
        made = word in _MADE_CHANGES
        if word not in _CHANGES and not made:
            continue
        name = _CHANGES.get(word) or _MADE_CHANGES[word]
        rest = lowered[at + 1:]
        if rest in ([], ["by"]):
            if made and not rest and kind == "money":
                return None  # "raised £18,000" is an amount
            return at, name, "by"
        if rest == ["to"] or rest[-1] == "to" and all(_is_figure_word(w) or w in _TIME_WORDS for w in rest[:-1]):
            return at, name, "to"  # "fell to", "dropped 22% to", "have risen 15% this year to"
        if made and rest[-1] in ("to", "from") and "to" in rest and 1 <= rest.index("to") <= 8:
            return at, name, f"{rest[-1]}-object"  # "cut its growth forecast for Zambia to ... from"
        if rest[-1] == "from" and "to" in rest:
            return at, name, "from"
        if made and rest[-1] == "by" and len(rest) <= 5:
            return at, name, "by-object"
        return None
    return None


def _is_noun_word(word: str) -> bool:
    lowered = word.lower()
    return (lowered.isalpha() and lowered not in _PREPOSITIONS and lowered not in _DETERMINERS
            and lowered not in _AUXILIARIES and lowered not in _CLAUSE_WORDS and not _is_verb_like(lowered)
            and lowered not in ("a", "year", "day", "week", "month", "last", "next", "this"))


_PAST_FORMS = {"rose", "fell", "grew", "sank", "shrank", "slid", "risen", "fallen", "lost", "rises", "falls"}


def _is_verb_like(lowered: str) -> bool:
    """Words that end a noun phrase: past tenses and participles ("stranded", "rose"); "a pay rise" is a noun."""
    return (lowered.endswith("ed") and len(lowered) > 4) or lowered in _PAST_FORMS or lowered in (
        "will", "would", "could", "can", "is", "are", "was", "were", "has", "have", "had")
