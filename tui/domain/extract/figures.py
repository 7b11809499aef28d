"""Provides key figures: money, percentages, quantities with units, counts with their noun, and ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.domain.extract.measures import MULTIPLIED, measures_label
from tui.domain.extract.scan import ArticleWords, WordList, alternatives, anchored_finditer, find_words, grouped
from tui.domain.extract.sentences import Sentence

_NUMBER = r"(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_WORD_NUMBER = (
    "|".join(f"{tens}-{unit}" for tens in _TENS for unit in _UNITS_WORDS) + "|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand|a dozen"
)
_VAGUE = r"hundreds|thousands|tens of thousands|hundreds of thousands|millions|billions|dozens|scores"
_SCALE = r"(?:\s*|-)(?:[tT]rillion|[bB]illion|[mM]illion|[tT]housand|[bB][nN]|[mM]|[tT][nN]|[kK]|lakh\s+crore|lakh|crore)\b"
"""The scale after a number, also India's: "Rs 11.1 lakh crore" (a lakh is 100,000, a crore ten million)."""
_CURRENCY_SYMBOLS = r"US\$|A\$|C\$|HK\$|NZ\$|S\$|R\$|\$|€|£|¥|₹|₽|KSh|Ksh|Rs\.?|GH₵|₵|₦|₱|₩|₺|₴|₫|₪"
_CURRENCY_CODES = (r"USD|EUR|GBP|JPY|CNY|RUB|CHF|INR|AUD|CAD|SEK|NOK|DKK|PLN|CZK|HUF|TRY|BRL|MXN|ZAR|KRW|SGD|HKD|"
                   r"NZD|SAR|AED|ILS|EGP|NGN|KES|ISK|THB|IDR|MYR|PHP|VND|PKR|BDT|UAH|KZT|RON|BGN|CLP|COP|PEN|ARS")
_CURRENCY_WORDS = (
    r"dollars?|euros?|euro|pounds?(?:\s+sterling)?|yen|yuan|renminbi|rubles?|roubles?|rupees?|francs?|"
    r"kronor|krona|kroner|won|lira|pesos?|rand|riyals?|dirhams?|shekels?|zloty|forints?|cents|pence|lei|leu|"
    r"leva|lev|kuna|hryvnias?|tenge|dinars?|baht|ringgit|rupiah|naira|cedis?|shillings?|kwacha|birr|dong|"
    r"manat|lari|taka|koruna|korun|reais|real|soles|bolivianos?|quetzales|colones|złoty|złotys"
)
_CURRENCY_SYMBOL = f"(?:{grouped(_CURRENCY_SYMBOLS)})"
_CURRENCY_CODE = f"(?:{grouped(_CURRENCY_CODES)})"
_CURRENCY_WORD = f"(?:{grouped(_CURRENCY_WORDS)})"
_UNIT_WORDS = (
    r"per\s*cent|percent|percentage points?|%|pc|megawatt-hours?|gigawatt-hours?|terawatt-hours?|kilowatt-hours?|"
    r"megawatts?|gigawatts?|kilowatts?|terawatts?|MWh|GWh|TWh|kWh|MW|GW|kW|TW|metres|meters|metre|meter|"
    r"kilometres?|kilometers?|km|miles?|feet|foot|ft|inches|centimetres?|centimeters?|millimetres?|millimeters?|nanometres|nanometers|nm|mm|cm|"
    r"tonnes?|tons?|kilograms?|kg|grams?|pounds|barrels?(?:\s+(?:a|per)\s+day)?|bpd|cubic metres|litres?|liters?|"
    r"gallons?|hectares?|acres?|square (?:kilometres|kilometers|metres|meters|miles|feet)|degrees(?:\s+Celsius|\s+Fahrenheit)?|"
    r"°C|°F|knots|mph|km/h|light-years?|parsecs?|hours?|days?|weeks?|months?|years?|minutes?|seconds?|decibels?|"
    r"volts?|watts?|parts per million|parts per billion|ppm|ppb|"
    r"times|fold|points?|basis points|bps|seats?|votes?|"
    r"GB|TB|MB|GHz|MHz|Hz|mAh|megapixels?|"
    r"per (?:US )?dollar|to the (?:US )?dollar|against the (?:US )?dollar|per euro|to the euro|against the euro"
)
_UNITS = f"(?:{grouped(_UNIT_WORDS)})"
_APPROX_WORDS = (
    r"about|approximately|nearly|almost|roughly|around|some|more than|over|up to|at least|at most|less than|"
    r"fewer than|under|as many as|as much as|no more than|close to|just over|just under|an estimated|upwards of|"
    r"below|above|well over|an extra|another"
)


# The figure pattern is case-sensitive (three times faster than IGNORECASE): a word that may open a
# sentence takes either case for its first letter.
_APPROX = rf"(?:{grouped(_APPROX_WORDS, either_case=True)})\s+"
_NUMBER_IN_WORDS = grouped(f"{_WORD_NUMBER}|{_VAGUE}", either_case=True)
_RANGE_JOIN = r"(?:\s*(?:-|–|to)\s*|\s+and\s+)"

_MONEY = (
    rf"(?:{_CURRENCY_SYMBOL}\s?(?:{_NUMBER})(?:{_SCALE})?(?:{_RANGE_JOIN}{_CURRENCY_SYMBOL}?\s?(?:{_NUMBER})(?:{_SCALE})?)?"
    rf"|{_CURRENCY_CODE}\s?(?:{_NUMBER})(?:{_SCALE})?"
    rf"|(?:{_NUMBER})(?:{_SCALE})?(?:{_RANGE_JOIN}(?:{_NUMBER})(?:{_SCALE})?)?\s+{_CURRENCY_WORD}\b"
    rf"|(?:{_NUMBER})(?:{_SCALE})?\s?{_CURRENCY_CODE}"
    rf"|\d+(?:\.\d+)?p(?![\w.])"  # pence: "3.5p a share"
    rf"|P(?:{_NUMBER})(?:\s*|-)(?:[tT]rillion|[bB]illion|[mM]illion|[bB][nN])\b)"  # Philippine pesos: "P1.2 billion"
    r"(?:\s+(?:a|an|per)\s+(?:barrel|tonne|ton|ounce|troy ounce|share|dose|head|person|night|day|week|month|year|"
    r"annum|hour|kilo|kilogram|kg|litre|liter|gallon|megawatt-hour|MWh|kilowatt-hour|kWh|square metre|square meter|"
    r"square foot|unit|passenger|ticket|pupil|student|household|capita)(?![\w-]))?"
)
"""An amount, with the rate it is per when one follows: "$80 a barrel", "€142 per megawatt-hour"."""
_QUANTITY = (rf"(?:{_NUMBER})(?:{_SCALE})?(?:{_RANGE_JOIN}(?:{_NUMBER})(?:{_SCALE})?)?(?:\s?|-){_UNITS}(?![\w])"
             r"(?:\s+(?:a|an|per)\s+(?:second|minute|hour|day|week|month|year|annum)(?![\w-])"
             r"(?!\s+(?:earlier|ago|before|after|later|previously|since)\b))?"
             rf"|(?:{_NUMBER})[CF](?![\w])")  # degrees written on the number: "roughly 2.3C", "a high of 104F"
_BETWEEN = rf"[bB]etween\s+(?:{_CURRENCY_SYMBOL}|{_CURRENCY_CODE}\s?)?(?:{_NUMBER})(?:{_SCALE})?\s+and\s+(?:{_MONEY}|{_QUANTITY})"
_COUNT = (
    rf"(?:(?:{_NUMBER})(?:\s?(?:million|billion|thousand))?|(?:{_NUMBER_IN_WORDS})(?:\s+(?:hundred|thousand|million|billion)){{0,2}})"
    r"(?:\s+of(?:\s+(?:its|their|the|his|her|our))?)?(?:\s+(?:new|more|additional|extra|other|separate|[A-Za-z]+-[a-z]+))?"
    r"\s+(?P<noun>(?:[A-Z][A-Za-z0-9-]*\s+(?:\d+\s+)?)?(?!(?:but|and|than|the|was|were|are|for|from|with|per)\b)[a-z][a-zß-ÿ-]{2,}"
    r"(?:\s+(?!(?:and|or|to|of|in|on|at|the|that|which|who|with|for|from|by)\b)[a-z][a-zß-ÿ-]{2,}){0,3})"
)
_FRACTION = (r"(?:(?:[aA]|[oO]ne|[tT]wo|[tT]hree)[ -](?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)"
             r"|[hH]alf)(?![\w-])")  # "a half-cent tax" is a _FRACTION_COMPOUND
_NOT_AFTER_MONTH = "".join(f"(?<!{month} )" for month in (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec."))
"""Not the day of a date: "on October 16 in 23 markets" is no "one in 12"."""
_MULTIPLE = (rf"(?:{_NUMBER_IN_WORDS})\s+times|[tT]wice|(?:{'|'.join(MULTIPLIED)})\b"
             rf"|(?:[oO]ne|{_NOT_AFTER_MONTH}\d{{1,2}}|{grouped(_WORD_NUMBER, either_case=True)})\s+in\s+(?:\d+|{grouped(_WORD_NUMBER)})(?![\w,.]\d)")
"""How many times over, or a share: "nearly twice", "roughly tripled" (after "about" or the like), "one in 12"."""
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|having)\s+$")
"""A change measured up to a time: "the number of displaced people had doubled since January"."""
_PROPORTION = re.compile(r"\S\s+in\s+\S")
"""A share said as "one in five", "four in 10": a figure with no "about" before it, unlike "twice"."""
_COMPOUND_NOUNS = (r"basis-point|percentage-point|room|bedroom|bed|page|storey|floor|lane|berth|hole|carriage|member|strong|"
                   r"inch|megapixel|core")
"""What a digit joins to and counts without being a unit: "a 24-room hotel", "a 38-page indictment"."""
_FRACTION_COMPOUND = r"(?:[hH]alf|[qQ]uarter)-(?:cent|penny|point|percentage-point)"
"""A fraction joined to its unit: "a half-cent sales tax", "a quarter-point cut"."""
_SPELLED_COMPOUND = (rf"(?:{_NUMBER_IN_WORDS})-(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|metres?|meters?|"
                     r"miles?|kilometres?|seats?|beds?|storeys?|stories|points?|pages?|members?|parts?|episodes?|strong)"
                     rf"|(?:{_NUMBER})-(?:{_COMPOUND_NOUNS})(?![\w-])|{_FRACTION_COMPOUND}(?![\w-])")
"""A spelled-out number joined to its unit: "a five-year contract", "a 90-day emergency" (digits are quantities)."""
_TALLY = (rf"(?:\d+|{_NUMBER_IN_WORDS})(?:\s+votes?)?\s+to\s+(?:\d+|{_NUMBER_IN_WORDS})(?=[\s,.;]|$)"
          r"|\d{1,3}-\d{1,3}(?=[\s,.;]|$)")
"""A vote: "voted 31 to 18", "by five votes to two" (only after a word of voting, see _TALLY_BEFORE)."""
_BARE = rf"{_NUMBER}(?:{_SCALE})?"
"""A number on its own ("had risen to about 257,000"): kept only when something says it is a figure."""
_MAGNITUDE = r"[mM]agnitude[- ]\d(?:\.\d)?"
"""An earthquake's size: "a magnitude 6.8 earthquake"."""
_ELAPSED = r"\d{1,2}:\d\d:\d\d(?:\.\d+)?(?![\d:])|\d{1,2}:\d\d\.\d+"
"""A time taken, as a race clock shows it: "won in 2:04:48", "a lap of 1:15.882" (a clock time,
"10:30", has neither seconds nor their fractions, and is no figure)."""
_FIGURE = re.compile(
    rf"(?<![\w.:$€£¥–-])(?P<approx>{_APPROX})?(?P<value>{_BETWEEN}|{_MONEY}|{_QUANTITY}|{_SPELLED_COMPOUND}"
    rf"|(?P<multiple>{_MULTIPLE})|(?P<fraction>{_FRACTION})|(?P<tally>{_TALLY})|(?P<magnitude>{_MAGNITUDE})|(?P<elapsed>{_ELAPSED})"
    rf"|{_COUNT}|(?P<bare>{_BARE}))"
)
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_APPROX_CAPITALISED = (r"(?:About|Nearly|Almost|Some|Around|Roughly|Approximately|Over|More|Less|Fewer|Up|At|Only|"
                       r"Just|Another|An|Close|Below|Above|Under|Upwards|Well|No)")
"""A sentence's first word before a figure: "About 1.2 million", not a name as in "Boeing 737"."""
_NOT_A_FIGURE_BEFORE = re.compile(
    rf"(?:\b(?:{_MONTHS})\.?\s*$|\b(?!{_APPROX_CAPITALISED}\b)[A-Z][\w-]*\s*$|#\s*$|\bno\.\s*$|\b(?:page|chapter|article|section|line|route|"
    r"flight|room|unit|units|phase|grade|level|stage|round|season|version|model|type|class|category|"
    r"number|item|clause|gate|platform|terminal|row|seat|at|since|until|by)\s+$)",
)
_STOP_NOUNS = {
    "and", "or", "but", "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "that",
    "which", "who", "was", "were", "is", "are", "be", "been", "will", "would", "could", "should", "has", "have",
    "had", "said", "says", "percent", "per", "this", "these", "those", "its", "their", "his", "her", "than",
    "more", "less", "after", "before", "since", "until", "into", "over", "under", "about", "times", "ago",
    "earlier", "later", "each", "every", "other", "such", "when", "while", "where", "there", "here", "not",
    "also", "only", "just", "still", "all", "some", "most", "many", "both", "either", "neither", "same",
    "them", "you", "whom", "ours", "yours", "theirs", "meant", "means",
}
_ADJECTIVES_IN_LY = {"daily", "weekly", "monthly", "yearly", "quarterly", "elderly", "early", "friendly"}
_TIME_NOUNS = {"ago", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
               "minutes", "minute", "seconds", "decades", "decade", "centuries", "century", "times", "pm", "am"}
_HAS_NUMBER = re.compile(rf"\d+(?:[,.]\d+)*|\b(?:{_WORD_NUMBER}|{_VAGUE}|half|thirds?|quarters?|fifths?|tenths?)\b",
                         re.IGNORECASE)
_DIGIT_RUN = re.compile(r"\d\d*(?:[,.]\d+)*")
_FRACTION_WORDS = ("half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths")
_NUMBER_WORDS = WordList(sorted({word for words in f"{_WORD_NUMBER}|{_VAGUE}".split("|") for word in words.split()}
                                - {"a", "of"} | set(_FRACTION_WORDS)
                                | {"twice", "magnitude", *MULTIPLIED}))
"""The words a spelled-out figure holds one of: "two", "hundred", "dozens"."""
_COLLECTIVE = {"people", "personnel", "staff", "police", "crew", "cattle", "sheep", "fish", "children", "men", "women",
               "livestock", "equipment", "aircraft", "infantry"}


@dataclass(frozen=True)
class FoundFigure:
    """A figure with what it measures."""

    value: str
    measures: str
    key: bool
    sentence: str
    start: int
    kind: str


# Patterns used in the functions below, compiled once (this module runs for every article).
_NAMED_LIST = re.compile(r"\b[A-Z][\w-]*\s+\d+\s*(?:,\s*\d+\s*)*(?:and|&|or)\s+$")
"""The "3" of "Units 2 and 3": a number continuing a named list."""


def _whole(alternation: str) -> str:
    """Each word of an alternation standing whole, its first character still first (for grouped):
    "USD|euros?" as "U(?<!\\w.)SD\\b|e(?<!\\w.)uros?\\b"."""
    return "|".join(rf"{word[0]}(?<!\w.){word[1:]}\b" for word in alternatives(alternation))


_IS_MONEY = re.compile(grouped(f"{_CURRENCY_SYMBOLS}|{_whole(f'{_CURRENCY_CODES}|{_CURRENCY_WORDS}')}"))
"""A currency symbol, code or word in a figure ("$", "EUR", "euros"); pence is _IS_PENCE."""
_IS_PENCE = re.compile(r"\d+(?:\.\d+)?p(?:$|\s)")
_IS_PESO = re.compile(r"P\d")
"""Philippine pesos ("P1.2 billion"): the figure pattern takes a P before a number only with its scale."""
_IS_PERCENT = re.compile(r"%|per\s*cent|percent|\dpc$")
_ENDS_WITH_UNIT = re.compile(rf"(?:\d|\s|-)(?:{grouped(_UNIT_WORDS, ignore_case=True)})$", re.IGNORECASE)
_ENDS_WITH_POINTS = re.compile(r"\bpoints?$")
_TEMPERATURE_CUE = re.compile(r"(?i:temperat|warm|heat|hot\b|cold|cool|degree|celsius|fahrenheit|frost|freez|thaw|"
                              r"climate|weather|fever)")
_POSITION_AFTER = re.compile(r"\s+(?:mark|marker|point)\b")
_RATE_END = re.compile(r"\s(?:a|an|per)\s+(?:second|minute|hour|day|week|month|year|annum)$")
_COMPOUND_END = re.compile(rf"\d[CF]$|\d-(?:{_COMPOUND_NOUNS})$|-(?:cent|penny|parts?|episodes?)$")
"""Quantities _UNITS does not end with: "2.3C", "a 24-room hotel"."""
_DIGIT = re.compile(r"\d")
_ONE_OR_A = re.compile(r"one|a", re.IGNORECASE)
_DIGITS = re.compile(r"[\d,.]+")
_AFTER_DETERMINER = re.compile(r"\b(?:the|these|those|both|its|their|his|her|our|all)\s+$", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_ORDINAL_START = re.compile(r"^\d+(?:st|nd|rd|th)\b")
_TIME_OF_DAY = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|:\d\d)")
_PLURAL_OR_GROUP = re.compile(r"s\b|ren\b|\bmen\b|women\b|people|personnel|staff|police|crew|cattle|sheep|fish|aircraft|equipment|livestock")
_AFTER_CAPITAL = re.compile(r"[A-Z][\w-]*\s*$")
_AFTER_APPROXIMATION = re.compile(r"(?:about|nearly|some|than|up to|at least|around|approximately)\s*$", re.IGNORECASE)
_AFTER_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\s*$")
_GIVEN_TO_BEFORE = re.compile(r"\b(?:sent|send|sends|gave|give|gives|paid|pay|pays|owed|owes|owe|offered|offers|"
                              r"handed|lent|sold|sells|awarded|granted|showed|shown|texted|emailed)\s+[A-Z][a-z]+\s*$")
"""A verb and whom it gives to, before a count: "had sent Carter 214 text messages"."""
_TIME_ADJECTIVE = re.compile(r"^[\w-]+-(?:year|month|week|day|hour|minute)$", re.IGNORECASE)
_NAMED_BY_TERM = re.compile(r"\s*(?:-?olds?\b|(?:fixed|government|benchmark|treasury|treasuries|gilts?|bonds?|"
                            r"notes?|yields?|mortgages?|loans?|swaps?|bills?|rates?|olds?|paper|debt|borrowing|"
                            r"average|rolling|moving|window|period)\b)",
                            re.IGNORECASE)
"""What a "10-year" names rather than measures: "a 10-year yield", "a two-year fixed mortgage", "her 4-year-old",
"a 7-day average"."""
_VOTE_WAS = r"|\b(?:vote|votes|tally)\s+(?:was|were|is|stood at|ended|finished)"
"""The result of a vote said after it: "The vote was 54-45"."""
_SCORE_BEFORE = re.compile(rf"(?:\b(?:voted|vote|votes|majority|margin|split|ruled|approved|passed|rejected){_VOTE_WAS})"
                           r"\s+(?:of\s+)?$", re.IGNORECASE)
"""Before a hyphenated tally that is a vote ("voted 51-49"), not a score ("won 3-1")."""
_TALLY_BEFORE = re.compile(r"(?:\b(?:voted|vote|votes|majority|margin|by|ruled|split|backed|approved|passed|rejected|"
                           rf"won|lost|defeated){_VOTE_WAS})\s+(?:of\s+)?$", re.IGNORECASE)
_BARE_BEFORE = re.compile(r"(?:\b(?:to|passed|reached|hit|topped|exceeded|surpassed|totalled|totaled|numbered|"
                          r"of|was|were|is|are|stood at|at|from|by)\s+$)", re.IGNORECASE)
"""What says a lone number is a figure: "rose to 257,000", "reservations passed 100,000"."""
_OF_BEFORE = re.compile(r"\b[a-z]+\s+of\s+$")
"""A decimal after "an R number of", "a rating of": a measured value ("1.3")."""
_SMALL_BARE_BEFORE = re.compile(r"\b(?:(?:rose|risen|climbed|jumped|fell|fallen|dropped|grew|increased|decreased|"
                                r"reached|hit|totalled|totaled|stood at)(?:\s+to)?|margin of|majority of|toll of|"
                                r"tally of|total of|ratio of|compared\s+with|compared\s+to|versus)\s+$", re.IGNORECASE)
"""What makes even a small lone number a figure: "the death toll rose to 214", "a margin of 135"."""
_THRESHOLD = re.compile(r"(?i:under|over|below|above|an extra|another)")
"""Before a lone small number, these most often make a limit or an age ("children under 15"), not a figure."""
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?(?=\s|$)")
_PART_OF = re.compile(r"(\d+(?:,\d{3})*)\s+of\s+(?:its|their|the|them|these|those|his|her|our)\b")
"""A part of a whole: "212 of its 260 departures", "17 of the 23 contracts"."""
_DURATION_END = re.compile(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$")
_SCALED_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?\s?(?:million|billion|thousand|trillion))(?=\s|$)")
_RELATIVE_AFTER = re.compile(r"\s+(?:ago|earlier|later|before|after|old|on(?=\s*[,.;]|\s+from\b)|since|from now)\b")
_SCALE_WORD = re.compile(r"(?:illion|thousand|bn|\d[mkMK])\b", re.IGNORECASE)
_SINGULAR_HEAD = re.compile(r"\b(?![a-z]*(?:s|ren|people|personnel|staff|police|crew|cattle|sheep|fish|aircraft|"
                            r"equipment|livestock|infantry|men|women)\b)[a-z]+$")
"""A count whose last word is a singular noun (or a verb): "15 account", "42 service"."""
_ORDINAL_SUFFIX = re.compile(r"\s*(?:st|nd|rd|th)\b")
_NOT_WORD = re.compile(r"\W")


def extract_figures(sentences: list[Sentence], lead_paragraphs: int = 2, *,
                    words: ArticleWords | None = None) -> list[FoundFigure]:
    """Find the figures of an article, key ones first, then in order of appearance.

    words: those of the text the sentences are cut from, if known (they save a search per number word).
    """
    found: dict[str, FoundFigure] = {}
    """The first figure of each value (told apart by its letters and digits), in text order."""
    for sentence, anchors in zip(sentences, _anchors(sentences, words)):
        if not anchors:
            continue  # no number: no figure
        text = sentence.text
        previous = ""  # what the figure before in the sentence measures
        # The longest prefix is "approximately " or "as many as "; a figure ends well within 160 characters.
        for match in anchored_finditer(_FIGURE, text, anchors, before=20, after=160, lead_words=_LEAD_WORDS):
            value = match.group("value")
            kind = _kind(value)
            if kind == "quantity" and match.group("noun"):
                kind = "count"  # "2.1 million containers last year" ends with a unit word, but counts containers
            before = text[max(0, match.start() - 30) : match.start()]
            if match.group("tally"):
                if not (_SCORE_BEFORE if "-" in value else _TALLY_BEFORE).search(before):
                    continue  # "won 3-1", "from 9 to 5": not a vote
                kind = "tally"
            elif match.group("magnitude") or match.group("elapsed"):
                kind = "quantity"
            elif match.group("fraction") or match.group("multiple"):
                if not (match.group("approx") or _PROPORTION.search(value)
                        or value.endswith("ed") and _PERFECT_BEFORE.search(before)):
                    continue  # "half of them", "three times a week": a figure needs "about", "nearly", "less than"
                kind = "fraction"
            elif match.group("bare"):
                if not ("," in value or _SCALE_WORD.search(value) and (match.group("approx") or _BARE_BEFORE.search(before))
                        or "." in value and _OF_BEFORE.search(before)
                        or not _YEAR.fullmatch(value) and (_SMALL_BARE_BEFORE.search(before) or _PART_OF.match(
                            text, match.start("value")) and not _NOT_A_FIGURE_BEFORE.search(before))):
                    continue  # a lone number is a figure when written in thousands, or large and said to be one
                kind = "bare"
            noun = match.group("noun") if kind == "count" else None
            if kind == "count":
                number = _SCALED_NUMBER.match(value)
                value, noun = _trim_count(value, noun)
                if number is None and match.group("approx") and not _THRESHOLD.fullmatch(match.group("approx").strip()):
                    number = _PLAIN_NUMBER.match(match.group("value"))  # "fewer than 190 last year"
                    number = number if number and not _YEAR.fullmatch(number.group(0)) else None
                part = _PART_OF.match(match.group("value"))
                if part and not _YEAR.fullmatch(part.group(1)) and not (
                        _NOT_A_FIGURE_BEFORE.search(before) or _NAMED_LIST.search(before)):
                    number = part  # "212 of them", "17 of the 23 road contracts"
                if value is None or number and _SINGULAR_HEAD.search(value):
                    # "rose to 52,300 last year", "more than 9,000 have arrived", "out of nearly 3.1 million cast"
                    if number is None or not ("," in number.group(0) or part or match.group("approx")
                                              or _BARE_BEFORE.search(before)):
                        continue
                    value, noun, kind = number.group(1) if part else number.group(0), None, "bare"
            if _rejected(text, match.start("value"), value, kind):
                continue
            approx = match.group("approx") or ""
            if approx.strip().lower() in ("an estimated", "under", "below", "above", "over") and kind == "count" \
                    or approx.strip().lower() in ("another", "an extra"):
                approx = ""  # "another 4 GW": the figure is 4 GW, the more of it is what it measures
            full = (approx + value).strip()
            same = _NOT_WORD.sub("", full.lower())
            if same in found:
                continue  # the same figure again: the first one is kept, with what it measures there
            start = match.start() if approx else match.start("value")
            measures = previous = measures_label(text, start, start + len(full), kind, noun, previous)
            key = kind in ("money", "percent") or sentence.paragraph < lead_paragraphs
            if kind in ("quantity", "fraction") and not _DIGIT.search(full) and _DURATION_END.search(full):
                key = False  # "for eleven years": a span of time, told in words, is seldom a story's number
            found[same] = FoundFigure(full, measures, key, text, sentence.start + start, kind)
    return sorted(found.values(), key=lambda f: (not f.key, f.start))


_LEAD_WORDS = frozenset(
    {phrase.split()[0] for phrase in _APPROX_WORDS.split("|")} | {"between", "us", "a", "c", "hk", "nz", "s", "r", "ksh", "rs", "gh"}
    | {code.lower() for code in _CURRENCY_CODES.split("|")} | {"one"}
)
"""The words a figure can start with ahead of its number: "about", "more", "between", "EUR", "US$"."""


def _anchors(sentences: list[Sentence], words: ArticleWords | None) -> list[list[tuple[int, int]]]:
    """For each sentence, where its numbers stand (digits or a number word): every figure holds one."""
    joined = "\n".join(sentence.text for sentence in sentences)
    lowered = joined.lower()
    if len(lowered) != len(joined):  # a few letters change length in lower case: search case-insensitively
        return [[match.span() for match in _HAS_NUMBER.finditer(sentence.text)] for sentence in sentences]
    letters = words.lowered if words is not None else None
    numbers = find_words(lowered, _NUMBER_WORDS, letters=letters) + [match.span() for match in _DIGIT_RUN.finditer(joined)]
    numbers.sort()
    per_sentence: list[list[tuple[int, int]]] = []
    i = 0
    offset = 0
    for sentence in sentences:
        end = offset + len(sentence.text)
        anchors = []
        while i < len(numbers) and numbers[i][0] < end:
            anchors.append((numbers[i][0] - offset, numbers[i][1] - offset))
            i += 1
        per_sentence.append(anchors)
        offset = end + 1
    return per_sentence


def _kind(value: str) -> str:
    rate = _RATE_END.search(value)
    value = value[: rate.start()] if rate else value  # "300 tonnes per annum" is a quantity of tonnes
    lowered = value.lower()
    if _IS_MONEY.search(value) or _IS_PENCE.match(value) or _IS_PESO.match(value):
        return "money"
    if _IS_PERCENT.search(lowered):
        return "percent"
    # The longest unit ("degrees Fahrenheit") is well within the value's last 30 characters.
    if (_ENDS_WITH_UNIT.search(value, max(0, len(value) - 30)) or _ENDS_WITH_POINTS.search(lowered)
            or _COMPOUND_END.search(value)):
        return "quantity"
    return "count"


def _trim_count(value: str, noun: str | None) -> tuple[str | None, str | None]:
    """Cut a count's noun phrase at the first word that is not part of it ("12 ships that" -> "12 ships")."""
    if not noun:
        return None, None
    words = noun.split()
    kept: list[str] = []
    for word in words:
        if word.lower() in _STOP_NOUNS or word.endswith("ly") and word not in _ADJECTIVES_IN_LY:
            break
        kept.append(word)
        if word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in ("gas", "lens") or word in _COLLECTIVE:
            break  # the head noun of "four new nuclear power plants" (not "gas" of "two new gas fields")
    if not kept or kept[0] in ("ago", "times", "pm", "am"):
        return None, None
    head = value[: value.index(noun)] if noun in value else value
    # A lone number word before a singular noun is an article, not a figure ("one of the", "ten").
    number_part = head.strip()
    if _ONE_OR_A.fullmatch(number_part):
        return None, None
    return f"{head}{' '.join(kept)}".strip(), " ".join(kept)


def _rejected(text: str, at: int, value: str, kind: str) -> bool:
    """Years, dates, ordinals, times and numbers inside names are not figures."""
    if value[-1:] in "CF" and value[-2:-1].isdigit() and not _TEMPERATURE_CUE.search(text):
        return True  # "2.3C" of a sentence about warming, not "Room 4F" or "Grade 3C"
    before = text[max(0, at - 25) : at]
    after = text[at + len(value) : at + len(value) + 6]
    if kind == "percent" and text.startswith((" confidence", "-confidence"), at + len(value)):
        return True  # "a 95 percent confidence interval": how sure a result is, not a result
    digits = _DIGITS.match(value)
    if kind == "count":
        number = digits.group(0) if digits else ""
        if _AFTER_DETERMINER.search(before) and (not number or len(number) == 1):
            return True  # "the two nations": a reference, not a figure ("the 2,100 pilots" is one)
        if number and _YEAR.fullmatch(number):
            return True  # a year ("in 2024 prices")
        if number and (_NOT_A_FIGURE_BEFORE.search(before) or _NAMED_LIST.search(before)) and not (
                _PLURAL_OR_GROUP.search(value) and _GIVEN_TO_BEFORE.search(before)):
            return True
        if _ORDINAL_START.match(value):
            return True
        if _TIME_OF_DAY.match(after):
            return True
        if not number and not _PLURAL_OR_GROUP.search(value):
            return True  # "four" before a singular noun is rarely a figure
        if _DURATION_END.search(value) and _RELATIVE_AFTER.match(text, at + len(value)):
            return True  # "two years ago", "three days later": a date, not a figure
    if kind != "money" and _AFTER_CAPITAL.search(before) and not _AFTER_APPROXIMATION.search(before):
        # "Boeing 737", "Units 2 and 3", "G 7": a number that belongs to a name.
        if digits and kind in ("count", "quantity") and _AFTER_CAPITALISED_WORD.search(before) and not re.search(
            r"(?:^|[.!?]\s+)[A-Z][a-z]+\s*$", before
        ) and not _DURATION_END.search(value) and not (kind == "count" and _GIVEN_TO_BEFORE.search(before)):
            return True  # "gives Lumenforge 30 days", "had sent Carter 214 text messages": no model number
    if _ORDINAL_SUFFIX.match(after):
        return True
    if kind == "quantity" and _TIME_ADJECTIVE.search(value) and _NAMED_BY_TERM.match(text, at + len(value)):
        return True  # "a 10-year yield", "her 4-year-old son": part of a name or a description
    if kind == "quantity" and "-" in value and _POSITION_AFTER.match(text, at + len(value)):
        return True  # "at the 35-kilometre mark": where along a course, not how far
    if kind == "count" and digits and digits.group(0) != "1" and _SINGULAR_HEAD.search(value):
        return True  # "Children under 15 account for", "the 17:42 service": a number before a singular word
    return False

