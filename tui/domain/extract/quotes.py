"""Provides direct quotations with their speaker, role and sentence, found on paragraph text with offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.domain.extract.people import NAME, PRONOUNS, ROLE_NOUN_RE, ROLE_NOUNS, Registry, clean_name
from tui.domain.extract.sentences import Sentence, paragraphs, sentence_at

VERBS = (
    r"said|says|told(?:\s+(?:reporters|journalists|the\s+\w+|\w+))?|added|adds|warned|warns|noted|notes|stated|"
    r"states|explained|explains|insisted|insists|wrote|writes|argued|argues|cautioned|declared|announced|"
    r"continued|recalled|remarked|replied|responded|acknowledged|admitted|conceded|claimed|asked|urged|"
    r"observed|emphasised|emphasized|stressed|predicted|suggested|agreed|complained|concluded|posted|tweeted|"
    r"put\s+it|went\s+on|told\s+\w+"
)
_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Judge|Justice)\.?\s+)?"
_WHO = (rf"(?P<who>(?:[a-z][\w-]*\s+){{1,2}}{_TITLE}{NAME}"
        rf"|(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w-]*(?:’s|'s)\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,2}}"
        rf"|{_TITLE}{NAME}|he|she|they|it|we)")
_APPOSITIVE = r"(?:,\s*(?P<appos>[^,“”\"]{1,90}),)?"
_AFTER_WHO_VERB = re.compile(rf"^[\s,]*(?:{_WHO}){_APPOSITIVE}\s+(?:also\s+|later\s+|then\s+)?(?P<verb>{VERBS})\b")
_AFTER_VERB_WHO = re.compile(rf"^[\s,]*(?P<verb>{VERBS})\s+(?:{_WHO})")
_BEFORE = re.compile(rf"(?:{_WHO}){_APPOSITIVE}\s+(?:also\s+|later\s+|then\s+)?(?P<verb>{VERBS})(?:\s+[\w'’]+){{0,4}}\s*[:,]?\s*$")
_NAME_IN = re.compile(rf"{_TITLE}(?P<name>{NAME})")
_ACCORDING = re.compile(rf"[Aa]ccording to (?P<who>(?:the\s+)?{NAME}|the\s+[a-z]+(?:\s+[a-z]+)?)")
_AS_PUT = re.compile(rf"[Aa]s (?P<who>(?:the\s+)?[a-z]+(?:\s+[a-z]+)?|{NAME}) (?:put it|said|noted|wrote)")
_POSSESSIVE = re.compile(rf"(?P<who>{NAME})(?:’s|'s)\s+(?:[\w-]+\s+){{0,4}}$")
_TITLE_CUES = re.compile(
    r"\b(?:called|dubbed|titled|entitled|named|nicknamed|known as|study|report|film|book|album|song|campaign|"
    r"operation|programme|program|slogan|motto|initiative|series|paper|plan|strategy|documentary|show|headline)\s*,?\s*$",
    re.IGNORECASE,
)
_ROLE_NOUN = re.compile(rf"^(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){{0,2}}(?P<noun>{ROLE_NOUNS})$", re.IGNORECASE)
_ORG_NOUN = re.compile(
    r"^(?:the\s+)?(?P<noun>ministry|kremlin|government|department|agency|company|council|commission|committee|"
    r"court|office|union|bank|group|consortium|authority|regulator|white house|pentagon|firm|board|police|army|"
    r"club|league|operator|party|embassy|city|state|federation|association|institute|university|hospital|school|"
    r"utility|airline|carrier|insurer|lender|network|campaign|coalition|alliance|organisers|organizers)$",
    re.IGNORECASE,
)

_OPENING = re.compile(r"[“\"]")
_CLOSING = {"“": re.compile(r"[”\"]"), "\"": re.compile(r"[\"”“]")}


@dataclass(frozen=True)
class FoundQuote:
    """A quotation with everything the engine worked out about it."""

    text: str
    speaker: str
    role: str
    partial: bool
    sentence: str
    start: int


@dataclass
class _Span:
    start: int
    """Offset of the first quoted character in the body."""
    end: int
    """Offset just past the last quoted character."""
    text: str
    closed: bool
    paragraph: int


def _spans(body: str) -> list[_Span]:
    """Every run of quoted text, with multi-paragraph quotes joined."""
    spans: list[_Span] = []
    for number, (offset, paragraph) in enumerate(paragraphs(body)):
        for opening in _OPENING.finditer(paragraph):
            i = opening.start()
            if spans and spans[-1].paragraph == number and offset + i < spans[-1].end + 1:
                continue  # inside the last quote (a closing mark read as an opening one)
            char = paragraph[i]
            if char == "\"" and i > 0 and paragraph[i - 1] not in " \t([—–-:;,/":
                continue  # a straight mark after a letter closes, it does not open
            closing = _CLOSING[char].search(paragraph, i + 1)
            # A new opening curly mark before any closing one ends an unclosed quote there.
            j = closing.start() if closing else len(paragraph)
            closed = closing is not None and paragraph[j] != "“"
            text = paragraph[i + 1 : j].strip()
            if text:
                spans.append(_Span(offset + i + 1, offset + j, text, closed, number))
    merged: list[_Span] = []
    for span in spans:
        previous = merged[-1] if merged else None
        if previous and not previous.closed and span.paragraph == previous.paragraph + 1:
            merged[-1] = _Span(previous.start, span.end, f"{previous.text} {span.text}", span.closed, span.paragraph)
        else:
            merged.append(span)
    return [s for s in merged if len(s.text) >= 2]


def extract_quotes(body: str, sentences: list[Sentence], registry: Registry) -> list[FoundQuote]:
    """Find every direct quotation and attribute it."""
    spans = _spans(body)
    quotes: list[FoundQuote] = []
    last_speaker: tuple[str, str] | None = None
    skip = set()
    for index, span in enumerate(spans):
        if index in skip:
            continue
        sentence = sentence_at(sentences, span.start - 1) or sentence_at(sentences, span.start)
        if sentence is None:
            continue
        text = span.text
        closing = sentence_at(sentences, span.end) or sentence
        after = body[span.end + 1 : max(span.end + 1, closing.end)] if span.closed else ""
        before = body[sentence.start : max(sentence.start, span.start - 1)]
        if closing is not sentence:
            sentence = Sentence(body[sentence.start : closing.end], sentence.start, closing.end,
                                sentence.paragraph, sentence.index)
        # A quote split around its attribution: "A," he said, "B."
        following = spans[index + 1] if index + 1 < len(spans) else None
        if following is not None and following.paragraph == span.paragraph:
            gap = body[span.end + 1 : following.start - 1]
            if len(gap) < 80 and gap.rstrip().endswith(",") and re.search(rf"\b(?:{VERBS})\b", gap):
                text = f"{text.rstrip(',')} {following.text}"
                after = gap
                skip.add(index + 1)
                end_sentence = sentence_at(sentences, following.start)
                if end_sentence is not None and end_sentence is not sentence:
                    sentence = Sentence(body[sentence.start : end_sentence.end], sentence.start, end_sentence.end,
                                        sentence.paragraph, sentence.index)
        who, how = _attribution(before, after)
        partial = _is_partial(before, after, text, how)
        if how == "none" and not before.strip() and sentence.index > 0:
            # A quote paragraph introduced by the line before ("Lee set out the timetable:").
            previous = sentences[sentence.index - 1]
            if previous.text.rstrip().endswith(":"):
                who, how = _subject(previous.text), "before"
        if how == "none":
            said_by_someone = re.search(r"\b(?:he|she|they|it|we|what|who)\s+(?:called|described|dubbed)\s*$",
                                        before, re.IGNORECASE)
            if not said_by_someone and (_TITLE_CUES.search(before) or (_title_case(text) and len(text.split()) <= 8)):
                continue
            who = _subject(before)
        speaker, role = _resolve(who, registry, span.start, sentences, sentence, last_speaker)
        if not speaker and last_speaker is not None and (not partial or how == "none"):
            speaker, role = last_speaker
        if not speaker and partial:
            continue  # a scare quote: no one said it
        text = text.rstrip(",").strip()
        quotes.append(FoundQuote(text, speaker, role, partial, sentence.text, span.start))
        if speaker:
            last_speaker = (speaker, role)
    return quotes


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def _who(match: re.Match[str]) -> str:
    """The speaker of an attribution: a name in an appositive ("the club's president, Federico Santin,") wins."""
    appos = match.groupdict().get("appos")
    if appos:
        name = _NAME_IN.search(appos)
        who = match.group("who")
        if name and (not who[:1].isupper() or ROLE_NOUN_RE.search(who)):
            return name.group("name")
    return match.group("who")


def _attribution(before: str, after: str) -> tuple[str, str]:
    """Who the sentence says spoke, and where it says it ("after", "before", "according", "none")."""
    for pattern in (_AFTER_WHO_VERB, _AFTER_VERB_WHO):
        match = pattern.match(after)
        if match and match.group("who"):
            return _who(match), "after"
    match = _BEFORE.search(before[-200:])
    if match and match.group("who"):
        return _who(match), "before"
    for pattern in (_ACCORDING, _AS_PUT):
        match = pattern.search(before) or pattern.search(after)
        if match:
            return match.group("who"), "according"
    return "", "none"


def _is_partial(before: str, after: str, text: str, how: str) -> bool:
    stripped = before.rstrip()
    if not stripped or stripped.endswith(":"):
        return False
    if how == "before" and stripped.endswith((",", ":")):
        return False
    if how == "after" and not re.search(r"\b(?:that|was|is|were|are|be|as|of|called|described|the|a|an|to|for|"
                                         r"said|by|with|on|it|its|their|his|her)\s*$", stripped, re.IGNORECASE):
        # "Officials said the plan, 'A,' was ..." is rare: a quote led by a comma clause is still whole.
        if stripped.endswith(","):
            return False
    return True


def _subject(before: str) -> str:
    """Who a partial quote is from: a possessive just before it, else the sentence's first person."""
    match = _POSSESSIVE.search(before)
    if match:
        return match.group("who")
    match = _NAME_IN.search(before)
    pronoun = re.search(r"\b(he|she|they)\b", before, re.IGNORECASE)
    if pronoun and (match is None or pronoun.start() < match.start()):
        return pronoun.group(1).lower()
    if match:
        return match.group("name")
    org = re.search(r"\bthe\s+(kremlin|ministry|government|company|agency|council|court|union|white house)\b",
                    before, re.IGNORECASE)
    return org.group(0) if org else ""


def _resolve(who: str, registry: Registry, at: int, sentences: list[Sentence], sentence: Sentence,
             last: tuple[str, str] | None) -> tuple[str, str]:
    """Turn an attribution ("he", "Peskov", "the spokesman", "the Kremlin") into a full name and role."""
    who = clean_name(who.strip(" ,"))
    if not who:
        return "", ""
    described = re.match(rf"^(?P<role>(?:[a-z][\w-]*\s+){{1,2}}){_TITLE}(?P<name>{NAME})$", who)
    if described and described.group("role").split()[0] not in ("the", "a", "an"):
        # "said farmer Jon Hale": a name with a plain description before it.
        person = registry.find(described.group("name")) or registry.add(
            described.group("name"), described.group("role").strip(), at)
        if person is not None:
            return person.name, person.role or described.group("role").strip()
    if who[:1].isupper() and " " in who:
        # "Energy Minister Bakhtiyor Nazarov": the name is the longest known tail.
        words = who.split()
        for cut in range(len(words) - 1):
            tail = " ".join(words[cut:])
            if registry.find(tail) is not None and len(words) - cut >= 2:
                who = tail
                break
    lowered = who.casefold()
    if lowered in PRONOUNS:
        previous = [p for p in registry.people if p.kind == "person" and p.first < at]
        if lowered in ("he", "she") and last is not None:
            return last
        if previous:
            person = max(previous, key=lambda p: p.first)
            return person.name, person.role
        return last or ("", "")
    role_match = _ROLE_NOUN.match(who)
    if role_match:
        person = registry.with_role(role_match.group("noun"), at)
        if person is not None:
            return person.name, person.role
        return "", ""
    org_match = _ORG_NOUN.match(who)
    if org_match and (not who[:1].isupper() or lowered.startswith("the ")):
        noun = org_match.group("noun")
        spokesperson = _spokesperson_near(registry, sentences, sentence, noun)
        if spokesperson is not None:
            return spokesperson
        org = registry.organisation(noun) or registry.main_organisation(at)
        return (org.name, org.role) if org else (noun.title() if noun.islower() else noun, "")
    if who[:1].isupper():
        person = registry.find(who)
        if person is None and " " not in who:
            person = registry.expand(who, at)
        if person is None:
            person = registry.add(who, at=at)
        if person is None:
            return "", ""
        if person.kind == "organisation":
            spokesperson = _spokesperson_near(registry, sentences, sentence, person.name)
            if spokesperson is not None:
                return spokesperson
        return person.name, person.role
    return "", ""


def _spokesperson_near(registry: Registry, sentences: list[Sentence], sentence: Sentence, org: str) -> tuple[str, str] | None:
    """An organisation's words are its spokesperson's when one is named in the next sentences."""
    window = " ".join(s.text for s in sentences[sentence.index : sentence.index + 3])
    for person in registry.people:
        if person.kind != "person" or not re.search(r"spokes|press secretary", person.role, re.IGNORECASE):
            continue
        if person.name in window or any(alias in window.casefold() for alias in person.aliases if len(alias) > 3):
            org_name = org.title() if org.islower() else org
            if org_name.casefold() not in person.role.casefold():
                person.role = f"{org_name} {person.role[0].lower() + person.role[1:]}" if person.role else org_name
            return person.name, person.role
    return None

