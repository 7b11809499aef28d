"""Provides direct quotations with their speaker, role and sentence, found on paragraph text with offsets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from tui.domain.extract.people import (
    DESCRIBED_ORG_NOUNS,
    NAME,
    NAME_CONNECTOR,
    NAME_TOKEN,
    PRONOUNS,
    ROLE_NOUN_RE,
    ROLE_NOUNS,
    ROLE_SET,
    SPACE,
    TITLE_ABBREVIATIONS,
    TITLES_ONLY,
    Person,
    Registry,
    clean_name,
    looks_like_org,
    split_role,
    without_nicknames,
)
from tui.domain.extract.scan import find_first, grouped, positions
from tui.domain.extract.sentences import Sentence, paragraphs, sentence_at

VERBS = (
    r"said|says|told(?:\s+(?:reporters|journalists|the\s+\w+|\w+))?|added|adds|warned|warns|noted|notes|stated|"
    r"states|explained|explains|insisted|insists|wrote|writes|written|argued|argues|cautioned|declared|announced|"
    r"continued|recalled|remarked|replied|responded|acknowledged|admitted|conceded|claimed|asked|urged|"
    r"observed|emphasised|emphasized|stressed|predicted|suggested|agreed|complained|concluded|posted|tweeted|"
    r"put\s+it|went\s+on|told\s+\w+|shot\s+back|hit\s+back|fired\s+back|interjected|countered|retorted|"
    r"quipped|joked|laughed|sighed|mused|smiled|shouted|cried|exclaimed|whispered|pleaded|demanded|wondered|"
    r"alleges|alleged|reads|read|concludes|charges|testified|testifies|recounted|recounts|confirmed|confirms|vowed|vows|"
    r"promised|boasted|reflected|was\s+quoted\s+as\s+saying|were\s+quoted\s+as\s+saying"
)
_VERB_ALTERNATION = grouped(VERBS)
"""VERBS grouped by first letter, for the patterns (see scan.grouped)."""
_ROLE_NOUN_ALTERNATION = grouped(ROLE_NOUNS)
"""ROLE_NOUNS grouped by first letter, for the case-sensitive patterns."""
_TITLE = rf"(?:(?:Dr|Mr|Mrs|Ms|Prof|Judge|Justice|Cpl|{'|'.join(TITLE_ABBREVIATIONS)})\.?\s+){{0,2}}"
"""Titles and ranks before a name, as agencies abbreviate them: "Dr.", "Det. Sgt.", "Gen."."""
_LONG_NAME = (rf"{NAME_TOKEN}(?:{SPACE}(?:{NAME_CONNECTOR}{SPACE}){{0,2}}{NAME_TOKEN}){{0,5}}"
              rf"(?:{SPACE}(?:of|for){SPACE}(?:the{SPACE})?{NAME_TOKEN}(?:{SPACE}{NAME_TOKEN}){{0,3}})?")
"""A name with what stands before it ("Defence Procurement Minister Rachel Osei", "Ministry of Health")."""
_NEVER_FIRST = r"already|just|since|now|still|often|repeatedly|publicly|privately|recently"
"""Adverbs that neither start a speaker's description nor end one: "she had already told"."""
_ADVERB_WORDS = rf"(?:also|later|then|had|has|have|once|earlier|previously|{_NEVER_FIRST})"
"""Between who and the verb: "he later said", "the minister had written"."""
_NOT_WHO = (r"(?!(?:and|but|or|nor|that|which|who|whom|what|then|also|as|so|while|when|after|before|because|if|to|in|"
            r"though|although|whereas|unless|since|until|later|earlier|afterwards|again|finally|now|"
            rf"on|at|of|for|with|by|from|was|is|were|are|has|had|have|{_NEVER_FIRST})\b)")
_SPOKESPERSON_NOUN = r"spokes(?:man|woman|person)|representative"
_UNNAMED_SPOKESPERSON = (rf"(?:(?:[Aa]n?|[Tt]he)\s+(?:{_SPOKESPERSON_NOUN})\s+(?:for|of|at)\s+"
                         r"(?:(?-i:[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’-]*)*)"  # "Royal Bank of Canada", whole
                         r"|(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)"
                         rf"|(?-i:(?:[Aa]n?)\s+(?:[A-Z][\w'’-]*\s+){{1,2}}(?:{_SPOKESPERSON_NOUN}|official))"
                         rf"|(?-i:(?:[Aa]n?|[Tt]he)\s+(?:palace|ministry|government|company|police|army|club|party|"
                         rf"union|council|court|agency|department|embassy|hospital|school|university)\s+"
                         rf"(?:{_SPOKESPERSON_NOUN})))")
""""a spokeswoman for the culture department", "a Commission spokesman": the organisation speaks."""
_ISSUED_TEXTS = r"statement|letter|release|post|filing"
"""What someone issues and the text then quotes: "a statement from the company"."""
_STATEMENT_OF = (rf"(?:[Aa]n?|[Tt]he)\s+(?:joint\s+|written\s+)?(?:{_ISSUED_TEXTS})\s+(?:from|by)\s+"
                 r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?")
""""a statement from the company", "a letter from Nordvik": the issuer speaks (see _DOCUMENT_FROM)."""
_ANALYSTS = r"analysts|economists|strategists|researchers|scientists"
_ORG_BEFORE_GROUP = r"(?:[A-Z][\w&'’.-]*\s+){1,3}"
_ORG_GROUP = re.compile(rf"^(?P<org>{_ORG_BEFORE_GROUP}?)(?P<group>{_ANALYSTS})$"
                        rf"|^(?P<group2>{_ANALYSTS})\s+(?:at|from|with)\s+(?:the\s+)?(?P<org2>[A-Z].*)$")
"""Who speaks for an organisation as a group: "Goldman Sachs analysts", "economists at Nordbank"."""
_NATIONALITY = r"(?:[A-Z][a-z]+(?:ian|an|ese|ish|i))"
"""A word of where someone is from inside a description: "a senior European diplomat"."""
_WHO = (rf"(?<![\w'’-])(?P<who>the\s+(?:[a-z][\w'’-]*\s+)?\d{{1,3}}-year-old|{_UNNAMED_SPOKESPERSON}|{_STATEMENT_OF}|"
        rf"(?-i:(?!(?:KC|QC|SC|MP|MEP|MSP|TD|OBE|MBE|CBE|KBE|DBE|PhD|JP)\b)[A-Z]{{2,8}})(?![\w'’-])|(?-i:the\s+(?:{_NATIONALITY}|[A-Z]{{2,6}})\s+[a-z]+)|"
        rf"(?-i:the\s+[A-Z][\w'’-]*\s+(?:{_ROLE_NOUN_ALTERNATION})(?![\w'’-]))|{_NOT_WHO}(?:[a-z][\w-]*\s+){{1,2}}{_TITLE}{NAME}"
        rf"|(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w-]*(?:{SPACE}[A-Z][\w-]*){{0,2}}(?:’s|'s)\s+|(?-i:[A-Z])\w*-[a-z][\w-]*\s+)?{_NOT_WHO}[a-z][\w'’-]*(?:\s+(?!(?:{_ADVERB_WORDS}|what|that|which|who|whom|but|and|or|nor|yet)\b)(?:[a-z][\w'’-]*|{_NATIONALITY}(?=\s+[a-z]))){{0,2}}"
        rf"|(?:the\s+)?(?-i:(?:[A-Z]\.){{2,}}\s+)?{_TITLE}{_LONG_NAME}|he|she|they|it|we)")
_APPOSITIVE = r"(?:,\s*(?:\d{1,3}|[DRI]-[A-Z][a-z]*\.?(?:\s?[A-Z][a-z]*\.?)?)(?=,))?(?:,\s*(?P<appos>[^,“”\"]{1,90}),)?"
"""What stands between a speaker and the verb, after an age or a party: "Patrick Musonda, 41, a shift
supervisor, said", "Sen. Maria Lopez, D-Calif., a critic of the bill, said"."""
_ADVERBS = rf"(?:{_ADVERB_WORDS}\s+){{0,2}}"
_PREFIXED_WHO = (rf"(?<![\w'’-])(?P<who>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s+){_NOT_WHO}(?:[a-z][\w-]*\s+){{1,2}}"
                 rf"{_TITLE}{NAME}|(?-i:[A-Z]{{2,8}}\s+){_LONG_NAME})")
""""Kremlin spokesman Dmitry Peskov", "WHO chief Tedros Ghebreyesus", "UN Secretary-General Antonio
Guterres": after a quotation, a speaker that opens with capitalised words or an acronym before the
role (before a quotation, a search finds the role and the name without them). Tried when no other
form of speaker matches; a pattern of its own, as _WHO compiles slowly."""
_OF_ORGANISATION = (r"(?P<of_organisation>\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?"
                    r"[A-Z][\w'’&.-]*){0,6}(?:\s+in\s+[A-Z][\w'’-]*)?)?")
"""Where a speaker named before the verb works: "meteorologist Dana Whitfield of the National Weather
Service in Tulsa said"."""
_AFTER_WHO_VERB = re.compile(rf"^[\s,—–]*(?:{_WHO}){_OF_ORGANISATION}{_APPOSITIVE}\s+{_ADVERBS}(?P<verb>{_VERB_ALTERNATION})\b")
_READ_OUT = re.compile(r"\b(?:statement|letter|note|message|post|sign|banner|placard|notice|text|e-?mail|tweet|caption|"
                       r"headline|inscription|plaque|card|ruling|order|verdict|report|document|filing|release|he|she|"
                       r"they|[A-Z][\w'’-]*)$")
"""What a text is "read" by ('the statement read', 'she read'): not 'a formula widely read as'."""
_AFTER_ORG_GROUP_VERB = re.compile(rf"^[\s,—–]*(?P<who>{_ORG_BEFORE_GROUP}(?:{_ANALYSTS}))\s+"
                                   rf"{_ADVERBS}(?P<verb>{_VERB_ALTERNATION})\b")
""""Goldman Sachs analysts wrote": a pattern of its own, tried last (in _WHO it cost a tenth of the time)."""
_AFTER_PREFIXED_WHO_VERB = re.compile(rf"^[\s,—–]*{_PREFIXED_WHO}{_APPOSITIVE}\s+{_ADVERBS}(?P<verb>{_VERB_ALTERNATION})\b")
_WHO_ENDS = (r"(?=\s*(?:[,.;:!?“”\"(—–]|$)|\s+(?:on|in|at|to|as|with|from|about|after|before|during|last|this|"
             r"yesterday|today|tonight|earlier|later|when|while|who|adding|and|but|outside|inside|via|over|under)\b"
             r"|\s+of\s+(?=[A-Z]))")
"""Where a speaker named after the verb ends ("said a spokesman for the culture department on Monday")."""
_AFTER_VERB_WHO = re.compile(rf"^[\s,—–]*(?P<verb>{_VERB_ALTERNATION})\s+(?:{_WHO}){_WHO_ENDS}"
                             rf"(?:,\s*(?P<appos>[^,“”\"]{{1,90}}?)(?=[,.;]|$))?")
_BEFORE = re.compile(rf"(?:{_WHO}){_APPOSITIVE}\s+{_ADVERBS}(?P<verb>{_VERB_ALTERNATION})(?:\s+[\w'’]+){{0,4}}\s*[:,]?\s*$")
_VERB_AT_END = re.compile(rf"\b(?:{_VERB_ALTERNATION})(?:\s+[\w'’]+){{0,4}}\s*[:,]?\s*$")
"""The cheap part of _BEFORE: a quotation only has an attribution before it when this matches."""
_NAME_IN = re.compile(rf"{_TITLE}(?P<name>{NAME})")
_ACCORDING = re.compile(rf"[Aa]ccording to (?P<who>(?:the\s+)?{_TITLE}{NAME}|the\s+[a-z]+(?:\s+[a-z]+)?)"
                        rf"(?:,\s+{_TITLE}(?P<named>{NAME}),)?")
""""According to the city comptroller, Brad Lander, ...": the name in the appositive wins."""
_AS_PUT = re.compile(rf"[Aa]s (?P<who>(?:the\s+)?[a-z]+(?:\s+[a-z]+)?|{NAME}) (?:put it|said|noted|wrote)")
_POSSESSIVE = re.compile(rf"(?P<who>{NAME})(?:’s|'s)\s+(?:[\w-]+\s+){{0,4}}$")
_TITLE_CUE_WORDS = grouped(
    r"called|dubbed|titled|entitled|named|nicknamed|known as|headlined|"
    r"chanted|chanting|chants|sang|singing|banners?\s+(?:reading|saying)|placards?\s+(?:reading|saying)|"
    r"signs?\s+(?:reading|saying)|slogan|motto|headline|hashtag", ignore_case=True)
_TITLE_CUES = re.compile(rf"\b(?:{_TITLE_CUE_WORDS})\s*,?\s*$", re.IGNORECASE)
_WORK_CUES = re.compile(r"\b(?:study|report|film|book|album|song|operation|programme|initiative|series|documentary|"
                        r"show|novel|podcast)\s*,?\s*$", re.IGNORECASE)
"""A work before its title: 'the report "A Lost Decade"' (a capital opens the title; 'called the study
"large and careful"' is someone's words)."""
_LABELLED_AS = re.compile(
    r"\b(?:recorded|recording|records|listed|listing|labelled|labeled|labelling|labeling|logged|logging|classed|"
    r"classified|classifying|filed|filing|coded|coding|booked|booking|entered|entering|registered|categori[sz]ed)\s+"
    r"(?:[\w'’-]+\s+){0,3}as\s+(?:[“\"][^“”\"]{1,60}[”\"],?\s+(?:or|and)\s+)?$")
""""recording the payments as "event costs" or "volunteer reimbursements"": a category, not anyone's words."""
_SAID_BY_SOMEONE = re.compile(
    rf"\b(?:he|she|they|it|we|what|who|{NAME})\s+(?:has\s+|had\s+|have\s+)?(?:called|described|dubbed|termed|branded)\s*$"
)
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
_LEADS_INTO_QUOTE = re.compile(r"\b(?:that|was|is|were|are|be|as|of|called|described|the|a|an|to|for|"
                               r"said|by|with|on|it|its|their|his|her)\s*$", re.IGNORECASE)
_DESCRIBED = re.compile(rf"^(?P<role>(?:[a-z][\w-]*\s+){{1,2}}){_TITLE}(?P<name>{NAME})$")
_SPOKESPERSON = re.compile(r"spokes|press secretary", re.IGNORECASE)
_SPOKESPERSON_PRONOUNS = re.compile(r"\bspokes(woman|man|person)\b", re.IGNORECASE)
_PRONOUNS_OF = {"woman": ("she",), "man": ("he",), "person": ("he", "she", "they")}
"""Who an unnamed spokesperson is later: "she" of a spokeswoman."""
_NO_SPOKESPERSON: tuple[int, tuple[str, ...]] = (0, ())
_RELATIVE = re.compile(r"\s*(?:who|which|whose|whom|where|when|speaking|writing)\b")
_SPOKESPERSON_FOR = re.compile(rf"^(?:a|an|the)\s+(?:{_SPOKESPERSON_NOUN}|official)\s+(?:for|of|at)\s+(?P<org>.+)$",
                               re.IGNORECASE)
_ORG_SPOKESPERSON = re.compile(rf"^(?:[Aa]n?)\s+(?P<org>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:{_SPOKESPERSON_NOUN}|official)$"
                               rf"|^(?:[Aa]n?|[Tt]he)\s+(?P<noun>[a-z]+)\s+(?:{_SPOKESPERSON_NOUN})$")
_DESCRIBED_ORG = re.compile(rf"\b[Tt]he\s+(?P<org>(?:[a-z][\w-]*\s+){{1,3}}(?P<noun>{DESCRIBED_ORG_NOUNS}))\b")
"""An organisation named by what it is, with at least one word before the noun ("the culture department")."""
_LEADING_THE_ANY = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_LEADING_THE = re.compile(r"^(?:[Tt]he|A|An)\s+(?=[A-Z])")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
_ABBREVIATION = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Rev|Gov|Sen|Rep|No|[A-Z])\.")
_ROLE_OR_SOURCE = grouped(f"{ROLE_NOUNS}|person|source|aide|insider", ignore_case=True)
_ROLE_NOUN = re.compile(rf"^(?:the|a|an|one|another)\s+(?:[a-z][\w'’-]*\s+){{0,2}}(?P<noun>{_ROLE_OR_SOURCE})$",
                        re.IGNORECASE)
_GENDERED = {"spokesman": "he", "spokeswoman": "she", "chairman": "he", "chairwoman": "she", "widow": "she",
             "widower": "he", "king": "he", "queen": "she", "prince": "he", "fisherman": "he", "midwife": "she"}
_PERSON_DESCRIBED = re.compile(
    r"^the\s+(?:[a-z][\w'’-]*\s+)?(?P<word>\d{1,3}-year-old|[A-Z][a-z]+(?:man|woman)|"
    r"(?:[A-Z][a-z]+(?:ian|ese|ish|i|an|er|ard|ot))|Pole|Swede|Finn|Dane|Scot|Brit|Briton|Turk|Thai|Czech|Greek|"
    r"Serb|Croat|Slovak|Slovene|Basque|Argentine|Filipino|Filipina|Kiwi|Aussie|Swiss|Frenchman|Welshman|Manx|"
    r"teenager|teen)$")
"""A person described, not named: "the 58-year-old", "the Dutchman", "the Brazilian", "the Spaniard"."""
_DOCUMENT_FROM = re.compile(rf"^(?:a|an|the)\s+(?:joint\s+|written\s+|brief\s+)?(?:{_ISSUED_TEXTS}|note)"
                            r"\s+(?:from|by|issued\s+by)\s+(?P<issuer>.+)$", re.IGNORECASE)
_OFFICE_OF = re.compile(rf"^(?P<owner>{NAME})(?:’s|'s)\s+(?:office|campaign|team|spokes(?:man|woman|person))$")
_NAMELESS_ROLES = (r"judge|magistrate|coroner|court|jury|inspector|ombudsman|regulator|auditor|prosecutor|prosecution|"
                   r"defence|defense|referee|umpire|panel|tribunal|inquiry")
_NAMELESS_ROLE = re.compile(rf"^the\s+(?:{_NAMELESS_ROLES})$", re.IGNORECASE)
"""Who may speak in a report without being named, when the text never names them: "the judge ruled"."""
_NAMELESS_SPEAKS = re.compile(
    rf"(?:[^,.;:“”\"]{{0,80}},\s*)?(?P<who>[Tt]he\s+(?:{_NAMELESS_ROLES}))\s+(?:has\s+|had\s+|also\s+)?"
    rf"(?:{_VERB_ALTERNATION}|ruled|found|concluded|ordered|decided|held|called|described)\b")
"""A sentence whose subject is such a one: "The judge ruled that ...", "In her ruling, the judge said ..."."""
_THE_WITNESS = re.compile(r"^the\s+witness$", re.IGNORECASE)
_REPLIED = re.compile(r"\b(?:he|she)\s+(?:replied|answered|responded|shot\s+back)\b")
_PUT_TO = re.compile(rf"\b(?:asked|put\s+it\s+to|pressed|questioned|challenged)\s+(?P<target>the\s+[a-z]+|{NAME})\b")
"""Who a question was put to: the one who then "replied"."""
_THE_ACCUSED = re.compile(r"^the\s+(?:accused|defendant)$", re.IGNORECASE)
_DESCRIBED_SPEAKS = re.compile(
    r"(?:^|,\s+)(?P<who>the\s+(?:[a-z][\w'’-]*\s+)?(?:\d{1,3}-year-old|teenager|teen|accused|defendant|"
    r"[A-Z][a-z]+(?:man|woman)))"
    r"\s+(?:said|says|told|added|explained|insisted|replied)\b")
"""A sentence whose speaker is described, not named: "Asked about it, the teenager said"."""
_AGE_OF = re.compile(rf"\b(?P<age>\d{{1,3}})-year-old\s+(?:[a-z][\w-]*\s+){{0,2}}(?P<name>{NAME})"
                     rf"|(?P<named>{NAME}),\s+(?P<aged>\d{{1,3}}),")
"""Someone given an age: "the 19-year-old qualifier Yuki Tanabe", "Mateus Carvalho, 33,"."""


def _aged(registry: Registry, before: int, youngest: int, oldest: int) -> Person | None:
    """The person last given an age in this range before an offset."""
    found = None
    for match in registry.matches_between(_AGE_OF, 0, before):
        age = int(match.group("age") or match.group("aged"))
        person = registry.find(match.group("name") or match.group("named")) if youngest <= age <= oldest else None
        found = person if person is not None and person.kind == "person" else found
    return found


def _described_first(registry: Registry, word: str, before: int, sex: str) -> Person | None:
    """Whom "the 24-year-old" meant where an earlier sentence first called someone that: the person
    named last before it (a writer keeps one description for one person; later, others are named
    in between: "the 24-year-old scored ... a cross by Emre Yavuz ... the 24-year-old said")."""
    if not word[:1].isdigit():
        return None
    first = re.compile(re.escape(word), re.IGNORECASE).search(registry.text, 0, before)
    return registry.last_mention(first.start(), pronoun=sex) if first else None


_DOCUMENT = re.compile(r"^(?:the|its|their|a)\s+(?:joint\s+|written\s+|official\s+|brief\s+)?(?:statement|report|letter|"
                       r"filing|release|notice|announcement|document|memo|post|blog post|judgment|judgement|ruling|"
                       r"advisory|communiqué|communique|circular|"
                       r"indictment|complaint|lawsuit|petition|paper|study|transcript|bulletin|assessment|review|audit)$",
                       re.IGNORECASE)
"""A text that speaks for whoever issued it: "the statement said"."""
_MAKERS = {"automaker", "carmaker", "chipmaker", "drugmaker", "steelmaker", "shipbuilder", "landlord"}
"""What a story calls the company it is about, which no other company's name holds."""
_ORG_NOUN_WORDS = (
    r"ministry|kremlin|government|department|agency|company|council|commission|committee|"
    r"court|office|union|bank|group|consortium|authority|regulator|white house|pentagon|firm|board|police|force|army|"
    r"club|league|operator|party|embassy|city|state|federation|association|institute|university|hospital|school|"
    r"utility|airline|carrier|insurer|lender|network|campaign|coalition|alliance|organisers|organizers|museum|"
    r"gallery|library|theatre|theater|orchestra|zoo|foundation|charity|trust|fund|branch|unit|inspectorate|"
    r"watchdog|service|team|side|body|startup|maker|manufacturer|retailer|broadcaster|publisher|"
    r"society|bureau|tribunal|parliament|senate|assembly|cabinet|presidency|secretariat|survey|observatory|"
    rf"centre|center|clinic|palace|mission|{'|'.join(sorted(_MAKERS))}|"
    r"governments|countries|nations|ministries|companies|banks|clubs|groups|unions"
)
_ORG_NOUN_ALTERNATION = grouped(_ORG_NOUN_WORDS, ignore_case=True)
"""_ORG_NOUN_WORDS grouped by first letter, for the patterns (all compiled with re.IGNORECASE)."""
_DOCUMENT_OF = re.compile(rf"^(?P<issuer>(?:the\s+)?(?:{_ORG_NOUN_ALTERNATION}))(?:’s|'s)\s+(?:\w+\s+)?"
                          r"(?:statement|letter|report|filing|post|release|notice|announcement)$", re.IGNORECASE)
_STATE_NOUNS = {"government", "ministry", "police", "army", "embassy", "court", "council", "kremlin", "white house",
                "pentagon"}
"""Organisations of a kind no other can stand for: "the government" is no hospital named before."""
_ORG_NOUN = re.compile(
    r"^(?:the\s+)?(?P<what>(?:(?-i:[a-z][\w'’-]*|[A-Z][a-z]+(?:ian|an|ese|ish|i)|[A-Z]{2,6})\s+){0,2}?)"
    rf"(?P<noun>{_ORG_NOUN_ALTERNATION})$",
    re.IGNORECASE,
)

_OPENING = "“\""
"""The marks a quotation opens with."""
_CLOSING = {"“": "”\"", "\"": "\"”“"}
"""The marks that close a quotation opened by each (a new curly opening one ends an unclosed quote)."""


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


def _spans(body: str, nicknames: set[int] | frozenset[int] = frozenset()) -> list[_Span]:
    """Every run of quoted text, with multi-paragraph quotes joined, but nicknames inside names
    (where they start: "Patty" of 'Patricia "Patty" Whitlow')."""
    spans: list[_Span] = []
    for number, (offset, paragraph) in enumerate(paragraphs(body)):
        for i in positions(paragraph, _OPENING):
            if spans and spans[-1].paragraph == number and offset + i < spans[-1].end + 1:
                continue  # inside the last quote (a closing mark read as an opening one)
            char = paragraph[i]
            if char == "\"" and i > 0 and paragraph[i - 1] not in " \t([—–-:;,/":
                continue  # a straight mark after a letter closes, it does not open
            closing = find_first(paragraph, _CLOSING[char], i + 1)
            # A new opening curly mark before any closing one ends an unclosed quote there.
            j = closing if closing != -1 else len(paragraph)
            closed = closing != -1 and paragraph[j] != "“"
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
    return [s for s in merged if len(s.text) >= 2 and s.start not in nicknames]


@dataclass
class _Candidate:
    """A quotation being attributed: its text, where it stands, and the attribution around it."""

    text: str
    start: int
    paragraph: int
    sentence: Sentence
    before: str
    after: str
    who: str = ""
    how: str = "none"
    partial: bool = False


_NO_SPEAKER_YET: tuple[int, str, str] = (-2, "", "")
"""Before the first quotation with a speaker: a paragraph no quotation is in, nor the one after it."""


def extract_quotes(body: str, sentences: list[Sentence], registry: Registry) -> list[FoundQuote]:
    """Find every direct quotation and attribute it.

    Two passes: the first finds each quotation and the words that attribute it, and registers the
    people those words name; then every mention of every known person is indexed (a mention chain),
    and the second pass resolves "he", "the spokesman", "the company" or a bare surname against it.
    """
    nicknamed = registry.nicknamed
    spans = _spans(body, {name.start("nick") + 1 for name in nicknamed})
    candidates = _candidates(body, sentences, spans, nicknamed)
    for candidate in candidates:
        who = _LEADING_THE.sub("", clean_name(candidate.who))
        if who[:1].isupper() and _NAME_IN.fullmatch(who):
            role, name = split_role(who)
            alone = candidate.how == "after" and who == candidate.who.strip(" ,")  # "said Yonas", not "the Pole"
            if registry.find(name) is None and (" " in name or alone):
                registry.add(name, role, at=candidate.start)  # "said Yonas, who asked that ..." is a mention
    registry.index_mentions([(span.start, span.end) for span in spans])
    quotes: list[FoundQuote] = []
    previous = _NO_SPEAKER_YET  # paragraph, speaker and role of the last quotation with a speaker
    spokesperson = _NO_SPOKESPERSON  # where the last quotation an unnamed spokesperson gave stands, and their pronouns
    attributed: _Candidate | None = None  # the last quotation with its attribution after it
    for candidate in candidates:
        if candidate.how == "none":
            if _is_title(candidate):
                continue
            candidate.who = _subject(candidate, registry)
        last_speaker = registry.find(previous[1]) if previous[0] == candidate.paragraph else None
        if (candidate.how == "none" and not candidate.partial and attributed is not None and last_speaker is not None
                and attributed.paragraph == candidate.paragraph
                and candidate.start - attributed.start <= len(attributed.text) + len(attributed.after) + 8):
            # '"A," he said. "B."': B goes on with the words of A's speaker, whoever B names.
            speaker, role = previous[1], previous[2]
        elif (candidate.how == "none" and last_speaker is not None and attributed is not None
              and attributed.sentence is candidate.sentence and _ADDING.search(candidate.before)):
            # '"A," the captain said, adding that they had "nobody to blame"': the same speaker
            speaker, role = previous[1], previous[2]
        elif candidate.who.casefold() == "it" and last_speaker is not None and last_speaker.kind == "organisation":
            speaker, role = previous[1], previous[2]  # '"...," the bank said. It added that "..."'
        elif (last_speaker is not None and candidate.who.casefold() in spokesperson[1]
              and not any(person.kind == "person" for _, _, person in registry.mentions_between(spokesperson[0], candidate.start))):
            # 'A company spokeswoman said Larkspur "...". "...," she said.': she speaks for the company still
            speaker, role = previous[1], previous[2]
        else:
            speaker, role = _resolve(candidate.who, registry, candidate.start, sentences, candidate.sentence)
        if not speaker and candidate.how == "none" and not candidate.partial:
            introduced = _introduced_after(candidate, registry, sentences) or _subject_before(candidate, registry, sentences)
            if introduced is not None:
                speaker, role = introduced.name, introduced.role
        if not speaker and candidate.how == "none" and not candidate.partial:
            # A quotation standing on its own continues the last speaker's words, or is the last named person's.
            if previous[0] >= candidate.paragraph - 1:
                speaker, role = previous[1], previous[2]
            else:
                person = registry.last_mention(candidate.start)
                if person is not None:
                    speaker, role = person.name, person.role
                elif previous is not _NO_SPEAKER_YET:
                    speaker, role = previous[1], previous[2]
        if speaker and candidate.who.casefold() in ("he", "she"):
            person = registry.find(speaker)
            if person is not None:
                registry.learn_gender(person, candidate.who.casefold())  # '"...?" he asked.' says who he is
        if not speaker and candidate.partial:
            continue  # a scare quote: no one said it
        quotes.append(FoundQuote(candidate.text.rstrip(",").strip(), speaker, role, candidate.partial,
                                 candidate.sentence.text, candidate.start))
        if speaker:
            previous_speaker = previous[1]
            previous = (candidate.paragraph, speaker, role)
            found = registry.find(speaker)
            unnamed = _SPOKESPERSON_PRONOUNS.search(candidate.who) if found and found.kind == "organisation" else None
            if unnamed:
                spokesperson = (candidate.start, _PRONOUNS_OF[unnamed.group(1).casefold()])
            elif speaker != previous_speaker:
                spokesperson = _NO_SPOKESPERSON
        attributed = candidate if candidate.how == "after" else None
    return quotes


_VIEW_OF = re.compile(r"^(?:That|This|Those|These|Such|So)\s+(?:was|is|were|are)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
                      r"(?:view|verdict|experience|assessment|opinion|message|advice|warning|reaction|answer|"
                      r"conclusion|argument|case|feeling|hope|fear|words|comments|remarks|thoughts)\s+of\s+"
                      r"|^(?:The|That|This|Those|These)\s+(?:\w+\s+)?(?:words?|warning|remarks?|comments?|"
                      r"message|plea|verdict|assessment|criticism|praise|appeal|call|line|account|memory|quote|"
                      r"observation|admission|tribute|description|answer|promise|boast|joke|complaint|view)"
                      r"(?:,[^,.“”\"]{1,120},)?\s+came\s+from\s+"
                      r"|^The\s+speaker,\s+"  # '"..." The speaker, Rangi Kereama-Holt, helped organise it'
                      r"|^With\s+(?:that|this|those\s+words|these\s+words),\s+"  # '"..." With that, X opened the call'
                      r"|^(?:The|That|This)\s+(?:\w+\s+)?(?:judgment|judgement|verdict|view|words?|assessment|line|"
                      r"quote|diagnosis)\s+(?:belongs|belonged|is|was)\s+(?:to|that\s+of)\s+"  # "The judgment belongs to X"
                      r"|^(?:That|This)\s+(?:is|was)\s+how\s+"  # '"..." That is how X describes the moment'
                      r"|^(?:The|That|This)\s+(?:\w+\s+)?(?:question|point|case|argument|warning|plea|appeal|"
                      r"remark|comment|claim|complaint)\s+was\s+(?:put|made|raised|asked|voiced|issued)\s+by\s+",
                      re.IGNORECASE)
_GAVE_VIEW = re.compile(rf"^(?P<who>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+|"
                        rf"(?:[A-Z][a-z]+\s+(?:[a-z]+\s+)?)?{NAME})(?:,[^,.“”\"]{{1,100}},)?\s+"
                        r"(?:gave|offered|delivered|issued|made|voiced|sounded)\s+(?:that|this|the|a|her|his|their)\s+"
                        r"(?:\w+\s+)?(?:verdict|assessment|warning|view|message|plea|appeal|prediction|judgment|"
                        r"judgement|diagnosis|answer|reply|promise|pledge|line|remark|words)\b")
_SO_SAID = re.compile(r"^So\s+(?:said|says)\s+", re.IGNORECASE)


def _introduced_after(candidate: _Candidate, registry: Registry, sentences: list[Sentence]):
    """The speaker of a quotation that opens its paragraph with no attribution, introduced just after it.

    ('"I just grabbed the seat in front." Amarjit Sandhu, 45, a pharmacist, said he had climbed
    out', '"A cut now buys insurance." That was the view of Oluwaseun Adeyemi, head of research'):
    the next sentence, in the same paragraph or opening the next, names someone new who speaks.
    """
    if candidate.before.strip():
        return None
    index = candidate.sentence.index + 1
    while index < len(sentences) and sentences[index].start < candidate.sentence.end:
        index += 1  # past the quotation's own sentences
    if index >= len(sentences) or sentences[index].paragraph > candidate.paragraph + 1:
        return None
    following = sentences[index]
    if following.text.startswith(tuple(_OPENING)):
        return None  # another quotation: the attribution, if any, is further on
    text = following.text
    gave = _GAVE_VIEW.match(text)
    if gave:  # '"... is cancelled." The surgeon gave that verdict within hours'
        speaker, _ = _resolve(gave.group("who"), registry, following.start, sentences, following)
        return registry.find(speaker) if speaker else None
    lead = _VIEW_OF.match(text) or _SO_SAID.match(text)
    opening = candidate.sentence.index
    if not lead and opening > 0 and sentences[opening - 1].paragraph == candidate.paragraph:
        return None  # not the paragraph's first words: it goes on from what came before
    offset = following.start + (lead.end() if lead else 0)
    mentions = [m for m in registry.mentions_between(offset, offset + 40) if m[2].kind in ("person", "organisation")
                and not registry.text.startswith(("’s", "'s"), m[1])]  # "came from Zhou's coach, Liu Jianping"
    if not mentions:
        described = _DESCRIBED_OPENS.match(text) if not lead else None
        spoke = _AS_SHE_SPOKE.search(text)
        if described is not None and spoke is not None:
            # '"I wrote the first page in 2014." The 44-year-old had to pause as she spoke.'
            age = re.match(r"\d+", described.group("word"))
            return ((_aged(registry, following.start, int(age.group(0)), int(age.group(0))) if age else None)
                    or registry.last_mention(following.start, pronoun=spoke.group("pronoun")))
        named = _NAME_IN.match(registry.text, offset) if lead else None
        if named is None:
            return None
        return registry.add(named.group("name"), at=offset)  # "The warning came from Ivo Baranek, ..."
    start, end, person = mentions[0]
    if lead:
        return person
    # Someone named there for the first time, who speaks: a known name there is more often a new
    # topic after the last speaker's words ('"It has been there since Monday." Northern Lines said ...').
    first = registry.mentions_between(0, start + 1)
    # ('"I found out from a text." Mateus Carvalho, 33, an engineer from Porto, had been due to fly'):
    # someone new introduced with their age is who spoke.
    # ... or introduced with what they are, or said to speak ('"..." Judge Ngata-Reid looked up as she spoke')
    speaks = (_SPEAKING.match(registry.text, end) or _AGED.match(registry.text, end)
              or _DESCRIBED_AFTER.match(registry.text, end) or _AS_SHE_SPOKE.search(following.text))
    # By role ('"... said no." The prime minister spoke after midnight'), someone named before too.
    by_role = registry.text.startswith("The ", start) and _SPOKE.match(registry.text, end) is not None
    opens = start == following.start or _titles_only(registry.text[following.start:start])
    if opens and speaks and (by_role or not any(m[2] is person for m in first[:-1])):
        return person
    return None


_AGED = re.compile(r",\s*\d{1,3},")
_DESCRIBED_AFTER = re.compile(r",\s+(?:a|an)\s+[^,.“”\"]{2,80},")
"""Someone new introduced with what they are: '"..." Rumana Haque, a pharmacist from Calderbridge, was on it'."""


def _titles_only(words: str) -> bool:
    """Whether the words before a name are titles or an office: "Judge ", "Prime Minister ", "Sen. "."""
    if not words:
        return False
    if TITLES_ONLY.fullmatch(words):
        return True
    tokens = words.split()
    return len(tokens) <= 3 and all(t[:1].isupper() for t in tokens) and tokens[-1].casefold() in ROLE_SET


_OWNED_ROLE = re.compile(rf"^the\s+(?P<owner>[A-Z][\w'’-]*)\s+(?P<noun>{_ROLE_NOUN_ALTERNATION})$")
_ASKED = re.compile(r"(?:Asked|Pressed|Questioned|Challenged)\b")
_ADDING = re.compile(r"\b(?:adding|added|and\s+said|and\s+warned|before\s+adding)\b[^“”\"]*$")
_AS_SHE_SPOKE = re.compile(r"\bas\s+(?P<pronoun>he|she)\s+(?:spoke|said\s+(?:it|this|so))\b")
_DESCRIBED_OPENS = re.compile(r"The\s+(?:[a-z][\w'’-]*\s+)?(?P<word>\d{1,3}-year-old|[A-Z][\w]*-born\s+[a-z]+|teenager)\b")
_SPOKE = re.compile(r"\s+(?:spoke|was\s+speaking|addressed|told)\b")
"""The act of saying the words just quoted, not "said" of something else."""
_PRONOUN_SUBJECT = re.compile(r"(?:^|,\s+|\band\s+)(?P<pronoun>he|she)\s+(?!said\b)[a-z]+", re.IGNORECASE)


_FRONTED = re.compile(r"(?:[^,.;:“”\"]{3,120},\s*)?")
"""What may stand before a sentence's subject: nothing, or one clause and its comma ("Asked why, ")."""


def _opening_subject(registry: Registry, sentences: list[Sentence], sentence: Sentence) -> Person | None:
    """The person who opens the sentence before, in the same paragraph ("The club's sporting director,
    Massimo Ferrandi, admitted ... "...," the 49-year-old said"), if any."""
    if sentence.index == 0 or sentences[sentence.index - 1].paragraph != sentence.paragraph:
        return None
    return _opener(registry, sentences[sentence.index - 1], people_only=True)


def _opener(registry: Registry, sentence: Sentence, *, people_only: bool = False) -> Person | None:
    """The person who opens a sentence, after at most one fronted clause ("Asked why, Marsh ...")."""
    mentions = registry.mentions_between(sentence.start, sentence.end)
    if people_only:
        mentions = [m for m in mentions if m[2].kind == "person"]
    for start, _, person in mentions[:1]:
        if person.kind == "person" and _FRONTED.fullmatch(registry.text, sentence.start, start):
            return person
    return None


def _subject_before(candidate: _Candidate, registry: Registry, sentences: list[Sentence]):
    """The speaker of a quotation that opens a sentence with no attribution, after one about someone.

    ('Asked what would happen if it fell short, she smiled. "Then we try harder next year."'):
    the sentence just before, in the same paragraph and without a quotation, has someone as its
    subject (a pronoun, or a name), who goes on to speak.
    """
    if candidate.before.strip() or candidate.sentence.index == 0:
        return None
    previous = sentences[candidate.sentence.index - 1]
    if previous.paragraph != candidate.paragraph or find_first(previous.text, _OPENING) != -1:
        return None
    pronoun = _PRONOUN_SUBJECT.search(previous.text)
    if pronoun is not None:
        return registry.last_mention(previous.start + pronoun.start("pronoun"), pronoun=pronoun.group("pronoun").lower())
    return _opener(registry, previous)  # "Raimunda climbs into the canoe.", "Asked about it, Echeverría shook his head."


def _candidates(body: str, sentences: list[Sentence], spans: list[_Span],
                nicknamed: list[re.Match[str]] | None = None) -> list[_Candidate]:
    """Each quotation with its sentence and its attribution; a quote split around "he said" is one."""
    candidates: list[_Candidate] = []
    skip = set()
    for index, span in enumerate(spans):
        if index in skip:
            continue
        sentence = sentence_at(sentences, span.start - 1) or sentence_at(sentences, span.start)
        if sentence is None:
            continue
        text = span.text
        closing = sentence_at(sentences, span.end) or sentence
        after_at = (span.end + 1, max(span.end + 1, closing.end) if span.closed else span.end + 1)
        before_at = (sentence.start, max(sentence.start, span.start - 1))
        after, before = body[after_at[0] : after_at[1]], body[before_at[0] : before_at[1]]
        if closing is not sentence:
            sentence = _joined(body, sentence, closing)
        # A quote split around its attribution: "A," he said, "B."
        following = spans[index + 1] if index + 1 < len(spans) else None
        if following is not None and following.paragraph == span.paragraph:
            gap = body[span.end + 1 : following.start - 1]
            if len(gap) < 160 and gap.rstrip().endswith(",") and not _SENTENCE_END.search(_ABBREVIATION.sub("", gap)) and (
                    _AFTER_WHO_VERB.match(gap) or _AFTER_PREFIXED_WHO_VERB.match(gap) or _AFTER_VERB_WHO.match(gap)):
                text = f"{text.rstrip(',')} {following.text}"
                after, after_at = gap, (span.end + 1, following.start - 1)
                skip.add(index + 1)
                end_sentence = sentence_at(sentences, following.start)
                if end_sentence is not None and end_sentence.end > sentence.end:
                    sentence = _joined(body, sentence, end_sentence)
        if nicknamed:  # 'said Mayor Patricia "Patty" Whitlow': read as 'said Mayor Patricia Whitlow'
            who, how = _attribution(without_nicknames(body, *before_at, nicknamed), without_nicknames(body, *after_at, nicknamed))
        else:
            who, how = _attribution(before, after)
        candidate = _Candidate(text, span.start, span.paragraph, sentence, before, after, who, how)
        candidate.partial = _is_partial(before, after, text, how)
        if how == "none" and not before.strip() and sentence.index > 0:
            # A quote paragraph introduced by the line before ("Daniel Yoon, an economist, wrote:").
            introduction = sentences[sentence.index - 1]
            if introduction.text.rstrip().endswith(":"):
                who, how = _attribution(introduction.text.rstrip().rstrip(":"), "")
                if how == "none":
                    candidate.before = introduction.text
                    candidate.sentence = introduction
                candidate.who, candidate.how = who, how
        candidates.append(candidate)
    return candidates


def _joined(body: str, first: Sentence, last: Sentence) -> Sentence:
    return Sentence(body[first.start : last.end], first.start, last.end, first.paragraph, first.index)


def _is_title(candidate: _Candidate) -> bool:
    """A name in quotation marks (a report's title, a nickname), not anybody's words.

    "a study titled "X"" and a short Title Case text are names; "what he called "X"" is his words.
    """
    tail = candidate.before[-80:]  # both patterns end at the quotation: search only its last words
    if _SAID_BY_SOMEONE.search(tail):
        return False
    if _title_case(candidate.text) and len(candidate.text.split()) <= 8:
        return True
    return bool(_TITLE_CUES.search(tail) or _LABELLED_AS.search(tail)
                or candidate.text[:1].isupper() and _WORK_CUES.search(tail))


def _title_case(text: str) -> bool:
    words = [w for w in _WORDS.findall(text) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def _who(match: re.Match[str]) -> str:
    """The speaker of an attribution: a name in an appositive ("the club's president, Federico Santin,") wins."""
    appos = match.groupdict().get("appos")
    who = match.group("who")
    if match.groupdict().get("of_organisation") and looks_like_org(who):
        return who + match.group("of_organisation")  # "the Dutch Ministry of Foreign Affairs said": all its name
    if appos and not _RELATIVE.match(appos):  # "Sara Lindholm, who chairs ... at the Union" names no one else
        name = _NAME_IN.search(appos)
        own = split_role(who)[1].split()
        has_own_name = len(own) > 1 and all(word[:1].isupper() for word in own)  # not "financial officer"
        described = _DESCRIBED.match(who)  # "co-author Ramon Villanueva", not "ambassador to Velmora"
        has_own_name = has_own_name or bool(described and " " in described.group("name"))
        affiliation = appos.startswith(("of ", "at ", "from ", "with "))  # ", of the Visayas Marine Research Station"
        if name and not has_own_name and not affiliation and (not who[:1].isupper() or ROLE_NOUN_RE.search(who)):
            return name.group("name")
    return who


def _attribution(before: str, after: str) -> tuple[str, str]:
    """Who the sentence says spoke, and where it says it ("after", "before", "according", "none")."""
    for pattern in (_AFTER_WHO_VERB, _AFTER_PREFIXED_WHO_VERB, _AFTER_VERB_WHO, _AFTER_ORG_GROUP_VERB):
        match = pattern.match(after)
        if match and match.group("who") and not (match.group("verb") in ("read", "reads")
                                                 and not _READ_OUT.search(match.group("who"))):
            return _who(match), "after"
    tail = before[-200:]
    match = _BEFORE.search(tail) if _VERB_AT_END.search(before[-80:]) else None
    if match and match.group("who"):
        # "Palesa Motsepe-Vargas, who heads the Global Preparedness Fund, which ..., said": she did
        subject = _SUBJECT_OF_RELATIVE.search(tail, 0, match.start("who"))
        if subject:
            return subject.group("name"), "before"
        unnamed = _UNNAMED_WHO_BEFORE.search(tail, 0, match.end("who"))
        if unnamed:
            return unnamed.group("what"), "before"  # "A diplomat who asked not to be identified said"
        who = _who(match)
        if who.startswith(("said ", "says ", "told ")):
            who = who.split(None, 1)[1]  # 'He said he had asked for "..."': "he", not "said he"
        if who[:1].islower() and not who.startswith(("the ", "a ", "an ")) and _ORG_NOUN.match(who):
            named = _CAPITALS_BEFORE.search(tail, max(0, match.start("who") - 60), match.start("who"))
            if named:
                return f"{named.group(0)}{who}", "before"  # "The African Union observer mission said"
        return who, "before"
    for pattern in (_ACCORDING, _AS_PUT):
        match = pattern.search(before) or pattern.search(after)
        if match:
            return match.groupdict().get("named") or match.group("who"), "according"
    return "", "none"


_UNNAMED_WHO_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?P<what>(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s+who\s+(?:asked|spoke|requested|"
    r"declined|insisted|(?:was|were|is|are)\s+not\s+(?:authori[sz]ed|allowed|permitted))\b[^“”\"]*$")
"""Someone the text will not name, before the verb: "A diplomat who asked not to be identified said"."""
_CAPITALS_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’&-]*\s+){1,4}$")
"""The capitalised words just before a description: "The African Union" of "... observer mission said"."""
_NAMED_POLICE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|Its|Their|His|Her|Our|This|That|Local|Riot|Traffic)\s)"
                           r"(?P<where>[A-Z][\w'’-]*)\s+police\b")
"""A police force by its place: "Laval police", "Toronto police"."""
_GROUPS = ("prosecutors|investigators|officials|authorities|researchers|scientists|analysts|economists|doctors|"
           "experts|lawyers|campaigners|activists|critics|residents|witnesses|organisers|organizers|protesters|"
           "regulators|lawmakers|legislators|diplomats|engineers|inspectors|auditors|judges|officers")
"""People the text speaks of as a group: '"...," prosecutors said' is theirs, not any one person's."""
_OWNED_ORGANISATION_SPEAKS = re.compile(
    rf"(?:’s|'s)\s+(?:[a-z][\w-]*\s+){{0,2}}(?i:{_ORG_NOUN_ALTERNATION}),\s+(?:the\s+)?(?P<org>[A-Z][^,“”\"]{{1,60}}),"
    rf"\s+(?:{_VERB_ALTERNATION})\b")
"""An organisation named after whose it is: "Bredow's party, the Greens, said"."""
_GROUP_SPEAKS = re.compile(rf"(?<![\w'’-])(?P<who>(?-i:{_GROUPS})(?:\s+(?:for|from|of)\s+the\s+[a-z]+)?)\s+"
                           r"(?:have\s+|had\s+)?(?:said|say|says|told|argued|"
                           r"wrote|alleged|claimed|warned|noted|added|stated)\b")
_GROUP = re.compile(rf"^(?:the\s+)?(?P<who>(?:{_GROUPS})(?:\s+(?:for|from|of)\s+the\s+[a-z]+)?)$")
_INDEFINITE = re.compile(r"^(?:a|an|one|another)\s+", re.IGNORECASE)
_OF_PLACE = re.compile(r"\b(?:of|from|in|at)\s+[A-Z]")
"""A description that says where someone is from: "the village chief of Bagtikan"."""
_INSERTED_ATTRIBUTION = re.compile(
    r"^[^“”\",]{2,60},\s+(?:he|she|they|it|we)\s+(?:said|says|told\s+\w+|added|insisted|explained)\s*,$")
"""The reporter's words, then "she said," and the quotation that finishes the sentence."""


def _is_partial(before: str, after: str, text: str, how: str) -> bool:
    stripped = before.rstrip()
    if not stripped or stripped.endswith(":"):
        return False
    if how == "before" and stripped.endswith((",", ":")):
        return _INSERTED_ATTRIBUTION.match(stripped) is not None  # "She was, she said, "tired in a good way""
    if how == "after" and not _LEADS_INTO_QUOTE.search(stripped):
        # "Officials said the plan, 'A,' was ..." is rare: a quote led by a comma clause is still whole.
        if stripped.endswith(","):
            return False
    return True


_SPEAKING = re.compile(
    rf"(?:’s|'s)?\s*(?:\([^()“”\"]{{1,60}}\)\s*)?(?:,[^,“”\"]{{1,90}},\s*){{0,2}}(?:,\s+who\s+|,\s+)?(?:has\s+|had\s+|have\s+|also\s+|later\s+|then\s+)?(?:{_VERB_ALTERNATION}|"
    r"called|calls|described|describes|dubbed|termed|branded|labelled|labeled|rejected|defended|criticised|"
    r"criticized|praised|welcomed|denied|promised|pledged|vowed|accused|dismissed|hailed|questioned|expected|"
    r"expects|hoped|hopes|believes|believed|thinks|thought|wants|wanted|pointed|spoke|speaking|thanked|thanks|"
    r"apologised|apologized|congratulated)\b"
)
_NAME_SPEAKING = re.compile(rf"(?<![\w'’-])(?P<name>{NAME})(?={_SPEAKING.pattern})")
_STATEMENT_FROM = re.compile(
    rf"^(?:A|The|In\s+a)\s+(?:\w+\s+)?(?:{_ISSUED_TEXTS}|report|note)\s+(?:from|by|issued\s+by)\s+"
    rf"(?P<who>(?:the\s+)?{_LONG_NAME})")
"""Words said by a text that the sentence names the author of: "A statement from the Office of the Prime Minister"."""
_FAMILY = re.compile(r"^(?:the|his|her|their)\s+family$", re.IGNORECASE)
_NAMED_FAMILY = re.compile(rf"\b[Tt]he\s+(?P<name>{NAME})\s+family\b")
_WROTE = re.compile(r"(?:,[^,.“”\"]{1,90},)?\s+(?:wrote|posted|tweeted|published|issued|released|"
                    r"said\s+(?:on|in)\s+(?:a|an|his|her|their)\b)")
_FAMILY_SPEAKS = re.compile(rf"{_NAMED_FAMILY.pattern}\s+(?:said|says|wrote|added|announced)\b")
_FAMILY_OF = re.compile(rf"\b[Tt]he\s+family\s+of\s+(?P<name>{NAME})|(?P<owner>{NAME})(?:’s|'s)\s+family\b")
_ORG_SUBJECT_SPEAKS = re.compile(rf"\b(?P<org>the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){{0,3}}(?:(?-i:[a-z]+)\s+)?(?:{_ORG_NOUN_ALTERNATION}))"
                                 r"\s+(?:said|says|announced|published|"
                                 r"released|issued|found|concluded|warned)\b", re.IGNORECASE)
_SEX_TITLED = re.compile(r"^(?P<title>Mr|Mrs|Ms|Miss)\.?\s+[A-Z]")
_ISSUED_BY = re.compile(r"\b(?:brought|issued|filed|published|released|written|sent|prepared|commissioned)\s+by\s+"
                        r"(?:the\s+)?")
"""Who a document is from: "a 38-page indictment brought by the U.S. Attorney's Office"."""
_TEAM = re.compile(r"^(?:the|his|her|their)\s+(?:research\s+)?team$", re.IGNORECASE)
_AUTHORS = re.compile(r"^(?:the|its)\s+(?:(?:study|paper|report)(?:'s|’s)\s+)?(?:authors|researchers|scientists)$",
                      re.IGNORECASE)
"""'"...," the authors wrote': a paper speaks through its first author, when the text names one."""
_NAMED_TEAM = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+team\b")
_TEAM_LED_BY = re.compile(rf"\b(?:[Aa]|[Tt]he)\s+(?:[\w-]+\s+)?team\s+led\s+by\s+{_TITLE}(?P<name>{NAME})")
_SUBJECT_OF_RELATIVE = re.compile(rf"(?P<name>{NAME}),\s+who\s+$")
_FROM_PLACE = re.compile(rf"^(?P<name>{NAME_TOKEN}(?:{SPACE}{NAME_TOKEN}){{1,2}}){SPACE}(?:of|from){SPACE}(?:the{SPACE})?"
                         rf"{NAME_TOKEN}(?:{SPACE}{NAME_TOKEN}){{0,4}}$")
""""Harold Brantley of Texas", "Chief Daniel Ortega of the Sonoma County Fire District": a name, then where from."""
_NOT_SUBJECTS = {"The", "A", "An", "It", "He", "She", "They", "We", "This", "That", "But", "And", "In", "On", "At"}
_PRONOUN_SPEAKING = re.compile(rf"(?P<pronoun>[hst](?<!\w.)(?:(?<=h)e|(?<=s)he|(?<=t)hey))\b(?={_SPEAKING.pattern})",
                               re.IGNORECASE)
"""\\b(?P<pronoun>he|she|they)\\b before a verb of speaking, written to start with a character class
(re then skips quickly to each "h", "s" and "t")."""
_UNNAMED_SPOKESPERSON_SAYS = re.compile(
    rf"(?P<who>\b{_UNNAMED_SPOKESPERSON})(?:,\s+(?:which|who|whose|where)\s[^,;.“”\"]{{1,100}},)?"
    r"\s+(?:said|says|told|added|confirmed|noted|stated|replied|explained)\b",
    re.IGNORECASE)
_ORG_SUBJECT = re.compile(
    r"\bthe\s+(kremlin|ministry|government|company|agency|council|court|union|white house|firm|group|authority|"
    r"regulator|department|commission|bank|operator|board)\b", re.IGNORECASE)


_PRONOUN_OPENS = re.compile(r"(?P<pronoun>He|She|It)\b")
_SAYS_LATER = re.compile(r"\b(?:said|says|told|added|insisted|argued|warned|noted)\b")
_INDEFINITE_SUBJECT = re.compile(rf"(?:A|An)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?(?P<noun>{_ROLE_NOUN_ALTERNATION})\b(?!\s+(?:said|says)\b)")
"""A sentence about someone not yet named: "A former treasurer of a hospice charity told a jury"."""


def _subject(candidate: _Candidate, registry: Registry) -> str:
    """Who a quotation with no attribution verb is from ("Lena Berg warned the plan was "X"").

    The person the sentence has speaking (named just before a verb such as said, warned, called),
    else the first person it names, else an organisation; "he" or "she" is whoever was named last.
    """
    before = candidate.before
    lead = _INDEFINITE_SUBJECT.match(candidate.sentence.text)
    if lead is not None:
        # "A former treasurer of a hospice told a jury he had kept "a ledger in my head"." names him
        # only after: the first person introduced later with that role.
        noun = lead.group("noun").casefold()
        later = [p for p in registry.people if p.kind == "person" and p.first > candidate.start
                 and noun in p.role.casefold().split()]
        if later:
            return min(later, key=lambda p: p.first).name
    issued = _STATEMENT_FROM.match(candidate.sentence.text)
    if issued:
        return issued.group("who")  # "A statement from the Office of the Prime Minister ... said ... "with regret""
    match = _POSSESSIVE.search(before)
    speaker = _PRONOUN_SPEAKING.search(before)
    if match and not (speaker and speaker.start() < match.start()):  # not "He conceded that Vila's foul was "naive""
        return match.group("who")
    base = candidate.sentence.start
    text = registry.text
    mentions = registry.mentions_between(base, base + len(before))
    owned = _OWNED_ORGANISATION_SPEAKS.search(before)
    if owned is not None:
        return owned.group("org")  # "Annika Bredow's party, the Greens, said ... "order for the cameras""
    group = _GROUP_SPEAKS.search(before)
    if group is not None and not any(start < base + group.start() for start, _, _ in mentions):
        return group.group("who")  # "prosecutors said Vaillancourt had sent ... "begging, then threatening""
    if _ASKED.match(before) and ", " in before:
        # "Asked whether Obi deserved the card, Ferreyra did not hesitate: "Yes."": the one after the question
        after_question = base + before.index(", ")
        answering = [m for m in mentions if m[0] > after_question and m[2].kind == "person"]
        if answering:
            return answering[0][2].name
    people = [m for m in mentions if m[2].kind == "person"]
    speaking = [m for m in people if _SPEAKING.match(text, m[1])]
    if not speaking:
        # "The Taxi Council, of which Mthembu was treasurer, said ... it "condemns ..."": the organisation
        # that speaks, not the person the sentence names in passing
        speaking_orgs = [m for m in mentions if m[2].kind == "organisation" and _SPEAKING.match(text, m[1])]
        if speaking_orgs and not _PRONOUN_SPEAKING.search(before) and (not people or speaking_orgs[0][0] < people[0][0]):
            return speaking_orgs[0][2].name
    chosen = speaking[-1] if speaking else (people[0] if people else None)
    pronoun = _last(_PRONOUN_SPEAKING.finditer(before))
    # "She noted that Pohatu had been trusted "with the keys"": a pronoun opening the sentence speaks.
    if pronoun is not None and (chosen is None or base + pronoun.start() > chosen[0] or pronoun.start() == 0):
        said = pronoun.group("pronoun").lower()
        person = registry.last_mention(base + pronoun.start(), pronoun=said) or registry.last_mention(
            base + pronoun.start())
        if person is not None:
            return person.name
    if chosen is not None:
        return chosen[2].name
    opening = _PRONOUN_OPENS.match(before)
    if opening is not None and _SAYS_LATER.search(before, opening.end()):
        # "He declined to give a date but said the consortium was "confident"": the sentence's "he"
        said = opening.group("pronoun").lower()
        if said == "it":  # "It put the damage at P1.2 billion and said the figure was "certain to rise""
            person = registry.last_mention(base, after=max(0, base - 600), kinds=("organisation",))
        else:
            person = registry.last_mention(base, pronoun=said) or registry.last_mention(base)
        if person is not None:
            return person.name
    opening_org = _ORG_SUBJECT_SPEAKS.match(before)
    if opening_org is not None:  # "The embassy said ... Zarovian citizens ... "until further notice""
        return opening_org.group("org")
    organisations = [m for m in mentions if m[2].kind == "organisation"]
    if organisations:
        speaking = [m for m in organisations if _SPEAKING.match(text, m[1])]
        return (speaking[-1] if speaking else organisations[0])[2].name
    unnamed = _UNNAMED_SPOKESPERSON_SAYS.search(before)
    if unnamed:
        return unnamed.group("who")
    named = _last(_NAME_SPEAKING.finditer(before))  # "Oceana called the deal "a missed opportunity""
    if named is not None and named.group("name").split()[0] not in _NOT_SUBJECTS:
        return named.group("name")
    org = _ORG_SUBJECT.search(before)
    if org is not None:
        return org.group(0)
    org = _ORG_SUBJECT_SPEAKS.search(before)  # "The foundation said in a statement that it was "...""
    if org:
        return org.group("org")
    nameless = _NAMELESS_SPEAKS.match(before)  # "The judge ruled that the ban was "unlawful""
    return nameless.group("who") if nameless else ""


def _back_to_main_person(registry: Registry, person: Person, at: int, pronoun: str, sentences: list[Sentence],
                         sentence: Sentence) -> Person:
    """"she" after a paragraph that opens with "She" and names no one: who the article is about.

    In a profile or an obituary ("The minister, Orla Quinn, paid tribute. ¶ She won the prize in
    1994. ¶ "I write about arriving," she said.") the last woman named is not the one meant once a
    paragraph has gone back to "She" without a name.
    """
    mentioned = [start for start, _, someone in registry.mentions_between(0, at) if someone is person]
    if not mentioned:
        return person
    opener = re.compile(rf"(?:{pronoun}|{'her' if pronoun == 'she' else 'his'})\b", re.IGNORECASE)
    first = bisect.bisect_right(sentences, mentioned[-1], key=lambda s: s.start)  # the sentence after the name's
    by_paragraph: dict[int, list[Sentence]] = {}
    for line in sentences[first : sentence.index]:
        if sentences[first - 1].paragraph != line.paragraph != sentence.paragraph:  # whole paragraphs between
            by_paragraph.setdefault(line.paragraph, []).append(line)
    for lines in by_paragraph.values():
        if opener.match(lines[0].text) and not [
                m for m in registry.mentions_between(lines[0].start, lines[-1].end) if m[2].kind == "person"]:
            main = registry.main_person(pronoun)
            return main if main is not None else person
    return person


LOOK_BACK = 20_000
"""How far back (in characters) a quotation's attribution looks for what the text said before: far
more than a news article, and what keeps an article of thousands of quotations from taking minutes."""


def _back(at: int) -> int:
    return max(0, at - LOOK_BACK)


def _last(matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    """The last of the matches, or None."""
    last = None
    for last in matches:
        pass
    return last


def _resolve(who: str, registry: Registry, at: int, sentences: list[Sentence], sentence: Sentence) -> tuple[str, str]:
    """Turn an attribution ("he", "Peskov", "the spokesman", "the Kremlin") into a full name and role."""
    original = who.strip(" ,")
    group = _ORG_GROUP.match(original)
    if group:  # "Goldman Sachs analysts wrote": the bank's analysts
        name = (group.group("org") or group.group("org2")).strip()
        org = registry.find(name)
        return (org.name if org else name), group.group("group") or group.group("group2")
    issued = _DOCUMENT_FROM.match(original) or _DOCUMENT_OF.match(original)
    if issued:  # "a statement from the company said", "the council's statement read": the issuer
        return _resolve(issued.group("issuer"), registry, at, sentences, sentence)
    office = _OFFICE_OF.match(original)
    if office:  # "Dimaculangan-Sy's office said": an office speaks for the person it serves
        person = registry.find(office.group("owner"))
        if person is not None and person.kind == "person":
            return person.name, person.role
    if _THE_ACCUSED.match(original):
        charged = registry.charged(at)  # a court report: "the accused" is who the text says is charged
        if charged is not None:
            return charged.name, charged.role
    if _THE_WITNESS.match(original):
        witness = registry.witness(at)  # "the witness": who the text says was giving evidence
        if witness is not None:
            return witness.name, witness.role
    described = _PERSON_DESCRIBED.match(who.strip(" ,"))
    if described and registry.find(described.group("word")) is None:
        # "the 58-year-old", "the Dutchman", "the Brazilian", "the teenager": the person last named
        # (of that sex), or the one the text gave that age.
        word = described.group("word").casefold()
        sex = "he" if word.endswith("man") and not word.endswith("woman") else "she" if word.endswith("woman") else ""
        age = re.match(r"\d+", word)
        ages = (int(age.group(0)),) * 2 if age else (13, 19) if word in ("teenager", "teen") else None
        person = ((_aged(registry, at, *ages) if ages else None) or _described_first(registry, word, sentence.start, sex)
                  or _opening_subject(registry, sentences, sentence)
                  or registry.last_mention(at, pronoun=sex) or registry.last_mention(at))
        if person is not None:
            return person.name, person.role
    who = _LEADING_THE.sub("", who.strip(" ,"))
    if who[:1].isupper() and " " in who:
        # "Minister for Energy Conor Whelan": split the role off before a title is cut from the front.
        role, name = split_role(who)
        if role and registry.find(name) is not None:
            who = name
    who = _LEADING_THE.sub("", clean_name(who))
    if not who:
        return "", ""
    described = _DESCRIBED.match(who)
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
        if lowered in ("it", "they"):
            # "it" is an organisation's word when one was named in the last paragraphs, else a person's.
            org = registry.last_mention(at, after=max(0, at - 600), kinds=("organisation",))
            if org is not None:
                return org.name, org.role
        if lowered in ("he", "she"):
            spokesperson = _unnamed_spokesperson(registry, at, sentences, sentence)
            if spokesperson is not None:
                return spokesperson
        kinds = ("person",) if lowered in ("he", "she") else ("organisation", "person")
        if lowered in ("he", "she") and _REPLIED.search(sentence.text) and sentence.index > 0:
            # "Karimi put it to the witness that she had signed. "I signed what he gave me," she replied."
            asked = _PUT_TO.search(sentences[sentence.index - 1].text)
            fitting = asked and _fitting(asked.group("target"), lowered, registry, sentences, sentences[sentence.index - 1])
            if fitting:
                return fitting
        if lowered in ("he", "she") and _ASKED.match(sentence.text):
            at = min(at, sentence.start)  # "Asked whether Hoekstra's error cost them, he replied": not Hoekstra
        if lowered in ("he", "she"):
            # "He said the chief had answered his concerns. "...," he said": the same "he" as the
            # sentence before, not the chief it names.
            # Also across a paragraph break when the quote opens its paragraph: "He said Asante would
            # be fined.¶"Kwame knows what he did," he said."
            index = sentence.index
            while index > 0 and (sentences[index - 1].paragraph == sentence.paragraph
                                 or index == sentence.index and sentences[index - 1].paragraph == sentence.paragraph - 1) \
                    and re.match(rf"{lowered}\b", sentences[index - 1].text, re.IGNORECASE):
                index -= 1
                at = sentences[index].start
        if lowered in ("he", "she") and index > 0 and sentences[index - 1].paragraph == sentence.paragraph:
            # "Asked about it, the teenager said she had not decided. She was, she told reporters, "tired"":
            # the one the sentence before has speaking, described rather than named.
            described = _DESCRIBED_SPEAKS.search(sentences[index - 1].text)
            fitting = described and _fitting(described.group("who"), lowered, registry, sentences, sentences[index - 1],
                                             described.start())
            if fitting:
                return fitting
        person = registry.last_mention(at, kinds=kinds, pronoun=lowered) or registry.last_mention(at)
        if person is not None and lowered in ("he", "she"):
            person = _back_to_main_person(registry, person, at, lowered, sentences, sentence)
        return (person.name, person.role) if person is not None else ("", "")
    unnamed = _SPOKESPERSON_FOR.match(who) or _ORG_SPOKESPERSON.match(who) or _ORG_SPOKESPERSON.match(original)
    if unnamed:
        # "a spokeswoman for the culture department": the organisation speaks.
        named = _named_later(registry, original, at)
        if named is not None:
            return named.name, named.role
        spoken_for = _spoken_for(unnamed)
        speaker, role = _resolve(spoken_for, registry, at, sentences, sentence)
        return (speaker, role) if speaker else (_LEADING_THE_ANY.sub("", spoken_for), "")
    owned = _OWNED_ROLE.match(original)
    if owned:
        # "the Penrhos captain", "the Labour leader": the one whose role has the noun (and the owner)
        noun = owned.group("noun").casefold()
        holders = [p for p in registry.people if p.kind == "person" and noun in p.role.casefold().split()]
        owner = [p for p in holders if owned.group("owner").casefold() in p.role.casefold()]
        person = owner[0] if len(owner) == 1 else holders[0] if len(holders) == 1 else None
        if person is not None:
            return person.name, person.role
    role_match = _ROLE_NOUN.match(who) or _ROLE_NOUN.match(original)  # "the Lebanese-born banker" lost its "the"
    named_org = registry.find(who) if role_match and who[:1].isupper() else None
    if named_org is not None and named_org.kind == "organisation":
        return named_org.name, named_org.role  # "the Energy Supply Regulator said": a name, not a role
    if role_match:
        noun = role_match.group("noun").casefold()
        source = registry.unnamed_source(noun, max(at, sentence.end))  # described in its own attribution too
        named = registry.last_mention(at, role=noun) if source is not None else None
        if source is not None and (named is None or named.first < source.first):
            return source.name, source.role  # "A senior officer, who spoke on condition of anonymity, ... the officer said"
        if _SPOKESPERSON.search(noun):
            spokesperson = _unnamed_spokesperson(registry, at, sentences, sentence)
            if spokesperson is not None:
                return spokesperson
        person = registry.last_mention(at, role=noun) or registry.with_role(noun, at)
        if person is None and (_OF_PLACE.search(original) or re.search(
                rf"{re.escape(original)}\s+(?:of|from|in|at)\s+[A-Z]", sentence.text)):
            # '"...," said the village chief of Bagtikan ... Teodoro Macaraeg, 61, said': a description
            # that introduces someone, named later in its paragraph, not the last person named
            paragraph_end = next((s.end for s in reversed(sentences) if s.paragraph == sentence.paragraph), at)
            later = [p for p in registry.people if p.kind == "person" and at < p.first < paragraph_end]
            person = min(later, key=lambda p: p.first) if later else None
        if person is None and _INDEFINITE.match(original) and not _SPOKESPERSON.search(noun):
            return _INDEFINITE.sub("", original), ""  # "said a London-based trader": someone the text does not name
        if person is None:
            # "the former banker said" of someone the text never called a banker: who it names last.
            person = registry.last_mention(at, pronoun=_GENDERED.get(noun, ""))
        if person is None:
            # A lead: '"...," says the scientist who led the study.' named in the paragraph after.
            later = [p for p in registry.people if p.kind == "person" and at < p.first < at + 600]
            person = min(later, key=lambda p: p.first) if later else None
        if person is None and _NAMELESS_ROLE.match(who):
            return _LEADING_THE_ANY.sub("", who), ""  # "The judge ruled that the ban was "unlawful"": no name is given
        return (person.name, person.role) if person is not None else ("", "")
    group = _GROUP.match(original)
    if group is not None:
        return group.group("who"), ""  # '"...," prosecutors said': the group, named as the text names it
    if _AUTHORS.match(original):
        first_author = registry.with_role("author", at) or registry.with_role("lead researcher", at)
        if first_author is not None:
            return first_author.name, first_author.role
    if _TEAM.match(who):
        # "the team wrote" of "A team led by Haruka Ishikawa": the team, by who leads it
        led = _last(registry.matches_between(_TEAM_LED_BY, 0, at))
        if led is not None:
            return f"team led by {clean_name(led.group('name'))}", ""
        named_team = _last(registry.matches_between(_NAMED_TEAM, 0, at))
        if named_team is not None:
            return f"{named_team.group('name')} team", ""  # "The Lantern team said ... the team wrote"
    org_match = _ORG_NOUN.match(who)
    if org_match and org_match.group("what"):
        # "the statistics office": the organisation whose name has those words ("the culture
        # department" of a text that never names it is no other department)
        words = org_match.group("what").split() + [org_match.group("noun")]
        having = [p for p in registry.people if p.kind == "organisation"
                  and all(w.casefold() in p.name.casefold().split() for w in words)]
        if having:
            return having[0].name, having[0].role
        description = re.escape(" ".join(words))
        introduced = _last(re.compile(rf"(?i:{description}),\s+(?P<name>[A-Z][^,“”\"]{{1,60}}),").finditer(
            registry.text, _back(at), at))
        named = registry.find(introduced.group("name")) if introduced else None
        if named is not None:
            return named.name, named.role  # "The state-owned utility, Lakeside Power, said ... the state-owned utility said"
        if not org_match.group("what")[:1].isupper():
            org_match = None
        # "the UN agency", "the Tarsanian ministry" of none so named: the agency, the ministry
    if org_match and (not who[:1].isupper() or lowered.startswith("the ") or org_match.group("what")):
        noun = org_match.group("noun")
        paragraph = next(s.start for s in sentences if s.paragraph == sentence.paragraph)
        word = noun.casefold().rstrip("s") if noun.endswith("s") and not noun.endswith("ss") else noun.casefold()
        near = registry.last_mention(at, after=paragraph, kinds=("organisation",), word=word)
        if near is None and word not in _STATE_NOUNS:
            near = registry.last_mention(at, after=paragraph, kinds=("organisation",))
        spokesperson = _spokesperson_near(registry, sentences, sentence, near.name if near else noun)
        if spokesperson is not None:
            return spokesperson
        org = (near or registry.last_mention(at, kinds=("organisation",), word=word)
               or registry.organisation(noun))
        if org is None and word in _MAKERS:
            org = registry.most_named_organisation(at)  # "the automaker said": the company the story is about
        if org is None:
            unknown = registry.unnamed_organisation(at, since=paragraph)  # "Rival Veradyne ... the company said"
            if unknown:
                return unknown, ""
        if org is None:
            # "the regional planning authority", named without capitals earlier in the text.
            described = _last(registry.matches_between(_DESCRIBED_ORG, 0, at))
            if described is not None and described.group("noun").casefold() == noun.casefold():
                # "Shares of Corvane Systems fell ... after the cloud security company cut": the
                # description of an organisation its sentence named first is that organisation.
                opening = next((s.start for s in reversed(sentences) if s.start <= described.start()), 0)
                epithet_of = registry.last_mention(described.start(), after=opening, kinds=("organisation",))
                if epithet_of is not None:
                    return epithet_of.name, epithet_of.role
                return described.group("org"), ""
        if org is None and word == "police":
            # "Laval police have arrested three ... police said in a news release": the force named before
            force = _last(registry.matches_between(_NAMED_POLICE, 0, at))
            if force is not None:
                return f"{force.group('where')} police", ""
        if org is None and word in _STATE_NOUNS:
            return noun, ""  # "a government spokesperson": no company or hospital named before is the government
        org = org or registry.most_named_organisation(at) or registry.main_organisation(at)
        if org is None:
            unknown = registry.unnamed_organisation(at)  # "Harbour City ... the club said": no org word in its name
            if unknown:
                return unknown, ""
        return (org.name, org.role) if org else (noun.title() if noun.islower() else noun, "")
    if _FAMILY.match(who):
        # "the family said": the family of the person the text named it after, or of whoever is named last
        surname = _last(registry.matches_between(_NAMED_FAMILY, 0, at))
        family_of = _last(registry.matches_between(_FAMILY_OF, 0, at))
        if surname is not None and (family_of is None or surname.start() > family_of.start()):
            return f"{surname.group('name')} family", ""  # "The Alemseged family said ... the family added"
        if family_of is not None:
            return f"family of {clean_name(family_of.group('name') or family_of.group('owner'))}", ""
        person = registry.last_mention(at)
        return (f"family of {person.name}", "") if person is not None else ("", "")
    if _DOCUMENT.match(who):
        # "the letter reads": who the paragraph says issued it ("the Diocese of Kennet ... said"),
        # else the organisation (or person) named last; a quotation opening its paragraph may
        # follow the paragraph that introduced the statement ("In a statement, the trust said ...")
        paragraph = _paragraph_from(sentences, sentence)
        issuers = [m for m in registry.mentions_between(paragraph, at)
                   if m[2].kind == "organisation" and _SPEAKING.match(registry.text, m[1])]
        judge = registry.last_mention(at) if who.casefold().endswith(("judgment", "judgement", "ruling")) else None
        noun = who.split()[-1].casefold()
        by = _last(m for m in registry.matches_between(_ISSUED_BY, 0, at)
                   if _names_document(registry.text[max(0, m.start() - 80) : m.start()].casefold(), noun))
        author = registry.mentions_between(by.end(), by.end() + 1) if by else []
        if not issuers:  # a person who wrote or posted it: "Marchetti wrote on Facebook ... "...," the post said."
            issuers = [m for m in registry.mentions_between(paragraph, at)
                       if m[2].kind == "person" and _WROTE.match(registry.text, m[1])]
        if not issuers:  # "In its annual assessment, the agency said ... "...," the report said."
            family = _last(_FAMILY_SPEAKS.finditer(registry.text, max(paragraph, _back(at)), at))
            if family is not None:  # "The Alemseged family said in a statement ... "...," the statement said."
                return f"{family.group('name')} family", ""
            subject = _last(_ORG_SUBJECT_SPEAKS.finditer(registry.text, max(paragraph, _back(at)), at))
            speaks = _resolve(subject.group("org"), registry, subject.start(), sentences, sentence) if subject else ("", "")
            if speaks[0]:
                return speaks
        org = (author[0][2] if author else None) or (issuers[-1][2] if issuers else None) or judge or registry.last_mention(
            at, after=max(0, at - 600), kinds=("organisation",)) or registry.last_mention(at)
        return (org.name, org.role) if org is not None else ("", "")
    titled = _SEX_TITLED.match(original) if original else None
    if titled:
        person = registry.titled(titled.group("title"), clean_name(original))  # "Mr Hughes" of two Hughes
        if person is not None:
            return person.name, person.role
    if who[:1].isupper():
        home = _FROM_PLACE.match(who)
        if home and registry.find(who) is None and not looks_like_org(who):
            who = home.group("name")  # "Sen. Harold Brantley of Texas": where he is from is not his name
            role, name = split_role(who)
            if role and registry.find(name) is not None:
                who = name  # "Chief Daniel Ortega", named "Daniel Ortega" before
        if registry.find(who) is None:
            # "Dr. Samuel Adebayo-Kerr, a geriatrician at St Aldhelm's Hospital in Bristol, who was not
            # involved in the study, said": the place ends the description of who speaks
            describing = [p for p in registry.people if p.kind == "person" and sentence.start <= p.first < at
                          and who in p.role.split()]
            if len(describing) == 1:
                return describing[0].name, describing[0].role
        person = registry.find(who) or registry.add(who, at=at)  # add gives a lone surname its full name
        if person is None:
            return "", ""
        if person.kind == "organisation":
            spokesperson = _spokesperson_near(registry, sentences, sentence, person.name)
            if spokesperson is not None:
                return spokesperson
        return person.name, person.role
    person = registry.find(who)  # "al-Rashidi said", "dos Reis said"
    if person is not None:
        return person.name, person.role
    return "", ""


def _names_document(before: str, noun: str) -> bool:
    """Whether the words before "brought by" name the document in the same sentence ("indictment brought by")."""
    named = _last(re.finditer(rf"\b{re.escape(noun)}\b", before))  # not "statements" for "statement"
    return named is not None and "." not in before[named.start():]


def _unnamed_spokesperson(registry: Registry, at: int, sentences: list[Sentence],
                          sentence: Sentence) -> tuple[str, str] | None:
    """The organisation an unnamed spokesperson of the paragraph speaks for, if no one is named since.

    ("A spokeswoman for Greyline Buses said ... "...," she said", "... the spokesman said").
    """
    paragraph = _paragraph_from(sentences, sentence)
    unnamed = _last(_UNNAMED_SPOKESPERSON_SAYS.finditer(registry.text, max(paragraph, _back(at)), at))
    if unnamed is None or [m for m in registry.mentions_between(unnamed.end(), at) if m[2].kind == "person"]:
        return None
    org = _SPOKESPERSON_FOR.match(unnamed.group("who")) or _ORG_SPOKESPERSON.match(unnamed.group("who"))
    if org is None:
        return None
    named = _named_later(registry, unnamed.group("who"), at)
    return (named.name, named.role) if named else _resolve(_spoken_for(org), registry, at, sentences, sentence)


def _fitting(who: str, pronoun: str, registry: Registry, sentences: list[Sentence], sentence: Sentence,
             offset: int = 0) -> tuple[str, str] | None:
    """Who a description in another sentence resolves to, if a person the pronoun can be."""
    speaker, role = _resolve(who, registry, sentence.start + offset, sentences, sentence)
    person = registry.find(speaker) if speaker else None
    if person is not None and person.kind == "person" and registry.fits(person, pronoun):
        return speaker, role
    return None


def _paragraph_from(sentences: list[Sentence], sentence: Sentence) -> int:
    """Where a quotation's paragraph starts, or the paragraph before when the quotation opens its own
    ("In a statement, the trust said ... ¶ "...," the statement said")."""
    index = sentence.index
    while (index > 0 and sentences[index - 1].paragraph == sentence.paragraph
           and sentence.start - sentences[index - 1].start < LOOK_BACK // 4):
        index -= 1  # back to the paragraph's first sentence (of a paragraph of news length)
    if index == sentence.index and index > 0:
        index -= 1
        while index > 0 and sentences[index - 1].paragraph == sentences[index].paragraph:
            index -= 1
    return sentences[index].start


def _named_later(registry: Registry, unnamed: str, at: int) -> Person | None:
    """The one person the text names later with the unnamed one's title: "A spokeswoman for the
    health department said ..." and then "The spokeswoman, Sana Iqbal-Raza, conceded"."""
    noun = next((w for w in unnamed.casefold().split() if w.startswith("spokes")), "")
    later = [p for p in registry.people if p.kind == "person" and p.first > at and noun
             and noun in p.role.casefold().split()]
    return later[0] if len(later) == 1 else None


def _spoken_for(spokesperson: re.Match[str]) -> str:
    """The organisation in "a spokeswoman for the culture department", "a Commission spokesman", "the palace spokesman"."""
    return spokesperson.group("org") or f"the {spokesperson.group('noun')}"


def _spokesperson_near(registry: Registry, sentences: list[Sentence], sentence: Sentence, org: str) -> tuple[str, str] | None:
    """An organisation's words are its spokesperson's when one is named in the next sentences.

    ("the Kremlin said ... Spokesman Dmitry Peskov made the remarks"). A sentence that quotes the
    spokesperson's own words is not about the organisation's.
    """
    window = " ".join(s.text for s in sentences[sentence.index : sentence.index + 3]
                      if s is sentence or find_first(s.text, _OPENING) == -1 and s.paragraph == sentence.paragraph)
    others = [o.name.casefold() for o in registry.people if o.kind == "organisation" and o.name.casefold() != org.casefold()]
    for person in registry.people:
        if person.kind != "person" or not _SPOKESPERSON.search(person.role):
            continue
        role = person.role.casefold()
        if any(other in role or other.split()[0] in role.split() for other in others) and org.casefold() not in role:
            continue  # another organisation's spokesperson
        if person.name in window or any(alias in window.casefold() for alias in person.aliases if len(alias) > 3):
            org_name = org.title() if org.islower() else org
            if org_name.casefold() not in person.role.casefold():
                person.role = f"{org_name} {person.role[0].lower() + person.role[1:]}" if person.role else org_name
            return person.name, person.role
    return None

