"""Provides the people and organisations of an article: names as first introduced, roles, and aliases."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from tui.domain.extract.given_names import FEMALE, MALE
from tui.domain.extract.scan import ArticleWords, find_first, find_words, grouped, literal_finditer

ROLE_NOUNS = (
    "spokesman|spokeswoman|spokesperson|minister|secretary|president|vice-president|director|chief|executive|"
    "chairman|chairwoman|chair|head|analyst|official|officer|ambassador|envoy|governor|mayor|senator|lawmaker|"
    "commissioner|economist|researcher|professor|scientist|adviser|advisor|manager|founder|leader|general|"
    "commander|judge|lawyer|attorney|prosecutor|negotiator|representative|strategist|deputy|councillor|"
    "councilor|chancellor|premier|prime minister|president|king|queen|prince|emir|ceo|cfo|coo|partner|"
    "editor|correspondent|engineer|inspector|regulator|trustee|treasurer|economist|diplomat|organiser|organizer|"
    "superintendent|administrator|coordinator|campaigner|activist|expert|fellow|historian|doctor|physician|nurse|"
    "captain|coach|owner|investor|trader|broker|banker|auditor|curator|dean|rector|provost|sheriff|chief executive|"
    "critic|member|biologist|ecologist|physicist|chemist|geologist|epidemiologist|journalist|columnist|author|"
    "novelist|architect|farmer|teacher|resident|voter|retiree|pilot|consultant|surgeon|pastor|priest|bishop|rabbi|"
    "imam|lobbyist|pollster|candidate|challenger|incumbent|entrepreneur|allergist|paediatrician|pediatrician|justice|"
    "neighbour|neighbor|witness|passenger|driver|student|worker|picker|shopper|commuter|parent|volunteer|survivor|"
    "victim|supporter|player|striker|forward|midfielder|defender|goalkeeper|pundit|banker|boss|widow|widower|"
    "veteran|spokesperson|principal|headteacher|headmaster|midwife|paramedic|firefighter|detective|constable|"
    "sergeant|officer|chef|baker|fisherman|fishermen|miner|nun|monk|lawmaker|legislator|delegate|mediator|"
    "colonel|brigadier|admiral|lieutenant|corporal|commodore|seismologist|meteorologist|forecaster|volcanologist|"
    "climatologist|rescuer|pharmacist|economist|statistician|epidemiologist|virologist|oncologist|cardiologist|"
    "barrister|solicitor|counsel|magistrate|coroner|juror|defendant|presenter|host|anchor|translator|publisher|"
    "dealer|gallerist|painter|artist|sculptor|writer|poet|musician|singer|composer|conductor|director-general|"
    "mp|mep|msp|congressman|congresswoman|assemblyman|assemblywoman|alderman|councilman|councilwoman|"
    "archdeacon|archbishop|vicar|curate|chaplain|deacon|moderator|churchwarden|"
    "hydrologist|oceanographer|demographer|cartographer|archaeologist|anthropologist|sociologist|linguist|"
    "philosopher|theologian|librarian|archivist|stallholder|shopkeeper|beekeeper|innkeeper|fishmonger|greengrocer|"
    "welder|plumber|electrician|carpenter|mechanic|lifeguard|shepherd|herder|rancher|vintner|winemaker|brewer|"
    "trucker|courier|vendor|hawker|busker|caretaker|janitor|receptionist|playwright|screenwriter|songwriter|"
    "violinist|pianist|guitarist|drummer|vocalist|photographer|filmmaker|choreographer|actress|actor|comedian|"
    "waiter|waitress|barista|bartender|sommelier|astronaut|sailor|skipper|fisherwoman|boatman|ferryman|deckhand|"
    "stevedore|longshoreman|dockworker|labourer|laborer|technician|nanny|carer|caregiver|gardener|landlord|"
    "landlady|tenant|homeowner|householder|publican|hotelier|restaurateur|grocer|jeweller|jeweler|tutor|lecturer|"
    "chemist|dentist|surveyor|accountant|bursar|clerk|cashier|agent|promoter|producer|designer|inventor|fan|spectator|referee|umpire|cyclist|runner|swimmer|climber|athlete|speaker|reporter"
)
ORG_PREFIXES = frozenset({"Dinamo", "Dynamo", "Eintracht", "Borussia", "Sporting", "Olympique", "Lokomotiv", "Spartak",
                          "Partizan", "Hapoel", "Maccabi", "Deportivo", "Atlético", "Atletico", "VfR", "VfB", "VfL",
                          "TSV", "FC", "AFC", "PT"})
"""Organisation words that open a name: a sports club's ("Eintracht Haldenbach", "FC Porto", "Dinamo
Vukovec"), an Indonesian company's ("PT Sinar Tekstil Jaya")."""
ORG_WORDS = (
    "Ministry|Council|Agency|Department|Group|Bank|Company|Commission|Committee|Office|Organization|Organisation|"
    "Authority|Union|Court|Kremlin|Government|Inc|Corp|Corporation|Ltd|Institute|Association|Federation|"
    "Parliament|Senate|Congress|Assembly|Party|Fund|Board|Service|Services|Police|Army|Navy|Force|Forces|"
    "University|Hospital|Centre|Center|Foundation|Trust|Society|Alliance|Coalition|Network|Networks|Utilities|Airport|Airports|Agency|Bureau|"
    "Administration|Cabinet|Presidency|Secretariat|Tribunal|Exchange|Reserve|Commissioner|Consortium|Holdings|"
    "Museum|Gallery|Library|Theatre|Orchestra|Rovers|Wanderers|United|Rangers|Harriers|Hotspur|Branch|Inspectorate|Watchdog|Ombudsman|"
    "Division|League|Cup|Championship|Conference|Trophy|Olympics|Exchange|Index|Chamber|Power|Creamery|Dairy|"
    "Bakery|Mills|Works|Water|Gas|Freight|Transport|Buses|Coaches|Railway|Cruises|Hotels|Records|Pictures|Films|"
    "Software|Digital|Healthcare|Clinic|Watch|Action|Campaign|Collective|Cooperative|Co-operative|Survey|Observatory|"
    "Palace|Diocese|Archdiocese|Church|Parish|Synod|Mosque|Temple|Abbey|Cathedral|"
    "House|Athletic|Albion|FC|AFC|Appliances|Brands|Products|Textiles|Metals|Minerals|Plastics|Devices|"
    "Materials|Components|Properties|Resorts|Stores|Retail|Airlines|Energy|Motors|Systems|Solutions|Resources|Engineering|Electronics|Enterprises|Management|Associates|Consulting|Partners|Capital|Research|Industries|Technologies|Labs|Laboratories|Authority|"
    "Lines|Pharma|Pharmaceuticals|Biologics|Semiconductor|Semiconductors|Airways|Railways|Rail|Media|Foods|"
    "Electric|Steel|Mining|Petroleum|Logistics|Shipping|Telecom|Communications|Studios|Insurance|Securities|"
    "Investments|Ventures|Therapeutics|Biotech|Robotics|Aerospace|Automotive|Chemicals|Brewery|Bancorp|"
    "Co|Cos|Plc|plc|LLC|GmbH|AG|SpA|NV|BV|Pte|Bhd|Tbk|College|Academy|School|Polytechnic|Confederation|"
    "Residential|Realty|Housing|Secretariat|Line|Motor|"
    f"{'|'.join(sorted(ORG_PREFIXES - {'FC', 'AFC'}))}|"  # FC and AFC stand above
    "White House|Pentagon|Elysee|Élysée|Downing Street|Rosatom|NATO|OPEC|IAEA|WHO|UN|EU"
)
PRONOUNS = {"he", "she", "they", "it", "we"}

UPPER = "A-Z" + "".join(chr(c) for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)] if chr(c).isupper())
"""Capital letters a name can start with, "Álvaro", "Łukasz" and "Øystein" too (for a [...] class)."""
LOWER = "a-z" + "".join(chr(c) for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)] if chr(c).islower())
NAME_TOKEN = (rf"(?:(?:Mc[A-Z][a-z]+|[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z]['’][A-Z][a-z]+|[A-Z][a-z]?[A-Z][a-z]+)"
              rf"(?:-[{UPPER}][{LOWER}'’]+)?"
              rf"|[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)?|[{UPPER}]\.|(?:al|el|bin|ibn|ben|abu|ap)-[{UPPER}][{LOWER}'’]+)")
_NAME_TOKEN_AFTER_CAPITAL = (
    rf"(?:(?:(?<=M)c[A-Z][a-z]+|(?<=[A-Z])(?:[a-z]+(?:[A-Z][a-z]+)+|['’][A-Z][a-z]+|[a-z]?[A-Z][a-z]+))"
    rf"(?:-[{UPPER}][{LOWER}'’]+)?|[{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)?|\.)")
"""The rest of a NAME_TOKEN that starts with a capital, after that capital.

A pattern that scans a whole article for names matches the capital first (then looks behind it), so
that re skips quickly from one capital to the next instead of trying the pattern at every position."""
NAME_CONNECTOR = r"(?:de|van|von|der|den|da|das|do|dos|du|del|della|la|le|bin|bint|ibn|al|el|di|ap|ab|ten|ter|y|Ó|Ua|&)"
"""The small words inside a name ("Ursula von der Leyen", "Mercedes de la Torre", "Rhodri ap Gwilym"), and
the ampersand of a firm's ("Tallow & Finch", which looks_like_org tells)."""
SPACE = r"[ \t\u00a0]+"
"""The space inside a name: never a line break (a paragraph ends a name)."""
NAME = rf"{NAME_TOKEN}(?:{SPACE}(?:{NAME_CONNECTOR}{SPACE}){{0,2}}{NAME_TOKEN}){{0,3}}"
NICKNAME = re.compile(rf"(?<![\w'’-])(?P<first>{NAME_TOKEN}){SPACE}(?P<nick>[“\"‘'][{UPPER}][{LOWER}'’-]+[”\"’'])"
                      rf"{SPACE}(?=(?P<last>{NAME_TOKEN}(?:{SPACE}{NAME_TOKEN})?)(?![\w'’-]))")
"""A nickname in quotation marks inside a name: 'Patricia "Patty" Whitlow', 'Ciarán “Sully” O’Sullivan'."""


_NICKNAME_MARK = re.compile(rf"[“\"‘'](?<=[ \t\u00a0].)(?=[{UPPER}][{LOWER}'’-]+[”\"’']{SPACE}[{UPPER}])")
"""The opening mark of a nickname: looked for first, as re skips quickly to each quotation mark."""


def _nickname_at(text: str, mark: int) -> re.Match[str] | None:
    """The name with a nickname whose opening mark stands at `mark`, if it is one."""
    start = mark - 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    nicknamed = NICKNAME.match(text, start)
    return nicknamed if nicknamed is not None and nicknamed.start("nick") == mark else None


def nicknames(text: str) -> list[re.Match[str]]:
    """Every name with a nickname in the text."""
    found = (_nickname_at(text, mark.start()) for mark in _NICKNAME_MARK.finditer(text))
    return [nicknamed for nicknamed in found if nicknamed is not None]


def without_nicknames(text: str, start: int, end: int, nicknamed: list[re.Match[str]]) -> str:
    """text[start:end] with each of these nicknames inside it left out: 'Patricia "Patty" Whitlow' ->
    'Patricia Whitlow' (nicknamed: nicknames(text), found once)."""
    cut = start
    pieces = []
    for name in nicknamed:
        if start <= name.start("nick") and name.end() <= end:
            pieces.append(text[cut : name.start("nick")])
            cut = name.end()
    return "".join(pieces) + text[cut:end] if pieces else text[start:end]


_PARTICLES = set(NAME_CONNECTOR[3:-1].split("|"))
_CAPITALISED_TOKEN = re.compile(rf"[{UPPER}][\w'’-]*")
"""The words a surname can be: capitalised (counted once per article to tell a surname that comes back)."""
_CAPITALISED_WORD = re.compile(rf"[{UPPER}](?<![\w-].)\w*")
"""A word starting with a capital (the letter comes first so that re skips quickly to candidates)."""
_FIRST_WORD = re.compile(r"\w*")
_WORD_GOES_ON = re.compile(r"[\w-]")
_ROLE_LEAD_END = re.compile(r"(?s:.*)(?:[,.;:!?()“”\"—]|\b(?:with|to|for|from|by|and|as|at|in|on|of|between|about|that|who|"
                            r"after|before|when|while|than|because|since|until|against|but|or|which|where|"
                            r"met|meets|told|tells|said|says|called|calls|joined|joins|named|names|appointed|hired|"
                            r"visited|visits|replaced|replaces|succeeded|defeated|beat|beats|thanked|praised|"
                            r"criticised|criticized|accused|sued|urged|asked|interviewed|invited|fired|sacked|backed|"
                            r"blamed|welcomed|congratulated|phoned|greeted|challenged|questioned|attacked|is|was)\s+)")
"""What ends the text before a role noun's own words: the last punctuation mark or linking word.

Matched from the end backwards (.* gives back one character at a time), so re stops at the last one
instead of splitting at every one. It is where the last piece of a split at these begins: no mark or
linking word can start inside another (inside a word there is no boundary, and space starts none)."""
ROLE_SET = {w for w in ROLE_NOUNS.split("|") if " " not in w}
"""The one-word role nouns."""
_ORG_SET = {w for w in ORG_WORDS.split("|") if " " not in w}
_ORG_PHRASES = [w for w in ORG_WORDS.split("|") if " " in w]
_WORDS_OF_NAME = re.compile(r"\w+")
_CAPS_BEFORE = re.compile(r"(?:(?:[A-Z]\.){2,}[ \t]+)?(?:(?:[A-Z][\w&'’-]*[ \t]+){1,4}and[ \t]+)?(?:[A-Z][\w&'’-]*[ \t]+){1,4}$")
"""The capitalised words before an organisation word: "Ashcombe and Wyre Valley Hospitals NHS Trust",
"National Disaster Risk Reduction and Management Council"."""
_CLUB_NAME_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,2}")
_OPENING_WORD = re.compile(r"(?:At|In|On|For|From|With|By|To|Of|As|After|Before|Under|Since|And|But)[ \t]")
"""A sentence's first word, capitalised as a name's would be: no part of the organisation after it."""
_OF_NAME_AFTER = re.compile(r"(?:[ \t]+(?:of|for|and|&)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}){1,3}")
"""What continues an organisation's name: "Ministry of Environment and Climate Action"."""
_ADJECTIVE_ENDING = re.compile(r"(?:al|ic|ive|ous|ary|ern|ish|ese|ible|able)$")
"""How English adjectives end ("Political", "Economic", "Western"): such a word alone is seldom a first name."""
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z][\w-]*)")
_ROLE_PHRASE_AFTER = re.compile(r"[ \t]+(?:for|of|at|in|with)[ \t]+(?:[\w'’-]+[ \t]+){0,4}[\w'’-]+(?=,)")
"""What a role noun's own words go on with up to a comma before the name: " for the employers' association"."""
_FULL_NAME = re.compile(rf"[{UPPER}](?<!\w.){_NAME_TOKEN_AFTER_CAPITAL}{SPACE}(?:{NAME_TOKEN}{SPACE})?{NAME_TOKEN}\b")
_NAME_AFTER = re.compile(rf"\s+(?P<name>{NAME})")
POST_NOMINALS = r"(?:\s+(?:KC|QC|SC|MP|MEP|MSP|MS|TD|OBE|MBE|CBE|KBE|DBE|Jr\.?|Sr\.?|PhD|MD|JP|F[A-Z][A-Za-z]{1,5}\b))*"
"""Letters after a name that are not part of it: "Eleanor Whitcombe KC", "Jane Doe MP"."""
_COMMA_NAME_AFTER = re.compile(rf",\s+(?:[Tt]he\s+)?(?:(?:Rev|Revd|Ven|Very\s+Rev|Rt\s+Rev|Dr|Prof|Sir|Dame|Lord|Lady|Cllr|"
                               rf"Sheikh)\.?\s+){{0,3}}(?P<name>{NAME}){POST_NOMINALS}(?:[,.;]|$)")
_DESCRIPTION_TO_END = r",\s+(?:\d{1,3},\s+)?(?P<pre>(?:the\s+|a\s+|an\s+)?[^,.;:“”\"]{0,60})$"
_NAME_COMMA_BEFORE = re.compile(rf"(?P<name>{NAME}){POST_NOMINALS}{_DESCRIPTION_TO_END}")
"""A name, then what it is up to a role noun: "Dilnoza Karimova, director" (of the text before the noun)."""
_COMMA_DESCRIPTION = re.compile(_DESCRIPTION_TO_END)
"""The end of _NAME_COMMA_BEFORE, looked for first: it starts with a comma, so re skips quickly
to each, while a name is tried at every position. A name (and the letters after it) holds no comma:
a match starts after the comma before the first place this matches."""
_ROLE_END = re.compile(r",|(?<!\bSt)(?<!\bMt)(?<!\bFt)(?<!\bNo)\.(?:\s|$)|;|$|\s(?:said|says|told|added|warned|noted|stated|explained|insisted|wrote|argued)\b")
ROLE_NOUN_RE = re.compile(rf"\b(?:{grouped(ROLE_NOUNS, ignore_case=True)})\b", re.IGNORECASE)
_CAMEL = re.compile(r"\b(?!Mc|Mac|De|Le|La|Di|Van|Von|Du)[A-Z][a-z]+[A-Z]")
_ORG_RE = re.compile(rf"\b(?:{grouped(ORG_WORDS)})\b")
_TITLE_WORDS = (r"Mr|Mrs|Ms|Mx|Dr|Prof|President|Sen|Senator|Rep|Gov|Gen|Judge|Justice|Minister|Mayor|Sir|Dame|Lord|"
                r"Lady|Baroness|Baron|Cllr|Councillor|Sheikh|Sheikha|Rev|Revd|Reverend|Canon|Father|Fr|Sister|Rabbi|"
                r"Imam|Bishop|Archbishop|Cardinal|Pastor|Ven|Venerable|Mother|Dad|Mum|Mom|Grandma|Grandpa|Uncle|"
                r"Auntie|Aunt|Shri|Smt|Shrimati")
_RANK_WORDS = (r"Brigadier|Col|Colonel|Lt|Lieut|Lieutenant|Gen|General|Maj|Major|Capt|Captain|Sgt|Sergeant|Adm|"
               r"Admiral|Cmdr|Commodore|Cpl|Corporal|Det|Detective|Insp|Inspector|Supt|Superintendent|Constable")
_HYPHENATED_RANKS = r"Lieutenant-Colonel|Lt-Col|Lt-Gen|Major-General|Brigadier-General"
_TITLE_START = re.compile(rf"(?:[Tt]he|Her|His|{_TITLE_WORDS}|{_HYPHENATED_RANKS}|{_RANK_WORDS}|"
                          r"Air|Field|Vice|Rear|Staff|Chief)\b")
"""The first words _TITLES and _RANKS can start with: a quick test before them."""
_RANKS = re.compile(rf"^(?:(?:{_RANK_WORDS}|Air(?:\s+Vice)?\s+Marshal|Field\s+Marshal|(?:Vice|Rear)\s+Admiral|"
                    r"Staff\s+Sergeant|Chief(?=\s+(?:Inspector|Superintendent|Constable|Petty)))\.?\s+)+")
"""Military ranks before a name, one or more: "Lt. Gen.", "Brigadier", "Air Vice Marshal"."""
TITLES_ONLY = re.compile(rf"(?:(?:{_TITLE_WORDS}|{_HYPHENATED_RANKS}|{_RANK_WORDS}|Professor)\.?\s+)+")
"""Nothing but titles and ranks, as they stand before a name: "Judge ", "Lt. Gen. ", "Dr "."""
_TITLES = re.compile(rf"^(?:[Tt]he\s+)?(?:(?:{_TITLE_WORDS}|Her\s+Honour|His\s+Honour|Mr\s+Justice|Mrs\s+Justice|"
                     rf"{_HYPHENATED_RANKS})\.?\s+)+")
_PEER = re.compile(r"(?:Lord|Baroness|Baron|Viscount|Viscountess)\s")
_PEERAGE = re.compile(r"[A-Z][\w'’-]+(?:\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?")
"""A peer is named by the title ("Lord Fenwick of Aldersley", "Baroness Hale"): without it the name is none."""
_OFFICE_WORD = r"[ \t]+[A-Z][\w'’-]*"
_OFFICE_HOLDER = [re.compile(rf"[ \t]+(?:of|for)[ \t]+the{_OFFICE_WORD * words}[ \t]+(?P<name>{NAME})") for words in (1, 2)]
"""An office, one capitalised word or two, then who holds it: "Leader of the Opposition Anil Kumar Bhonsle"."""
_NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "But", "And", "For", "If", "As", "It", "He", "She", "They", "We", "This",
    "That", "These", "Those", "When", "While", "After", "Before", "Under", "Since", "Despite", "Although", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
    "May", "June", "July", "August", "September", "October", "November", "December", "Not", "Our", "Their", "His",
    "Her", "Its", "Some", "Many", "Most", "Each", "Every", "One", "Two", "Three", "Four", "Five", "Mr", "Mrs", "Ms",
    "Dr", "According", "Asked", "Speaking", "Officials", "Critics", "Analysts", "With", "Without", "Once",
    "Then", "Now", "Later", "Today", "Yesterday", "Still", "Yet", "So", "Even", "Only", "Here", "There",
}
SURNAMES_FIRST = set(
    "Park Kim Lee Choi Jung Jeong Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon "
    "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Wang Li Zhang Liu Chen Yang Huang Zhao "
    "Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Tang Cao Deng Feng Cheng Cai Peng Pan Yuan Jiang "
    "Dong Xiao Ye Wei Du Shen Lu Tian Zeng Ding Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura "
    "Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Saito Mori Ikeda "
    "Hashimoto Ishikawa Ogawa Fujita Okada Goto Hasegawa Murakami Kondo Ishii Sakamoto Endo Aoki Fujii Nishimura "
    "Fukuda Ota Miura Fujiwara Okamoto Matsuda Nakagawa Harada Ono Tamura Takeuchi Kaneko Wada Nakayama Ishida "
    "Ueda Morita Hara Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Ohno Maruyama "
    "Imai Takada Fujimoto Takeda Murata Ueno Sugiyama Masuda Sugawara Hirano Otsuka Chiba Kubo Matsui Iwasaki "
    "Sakurai Kinoshita Noguchi Matsuo Kikuchi Nomura Arai Watanabe Fujisawa Morimoto".split())
"""Common East Asian surnames, which news often writes first ("Park Ji-yeon", "Tran Minh Duc")."""
_PLACE_PREFIXES = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                   "Mount", "Lake", "Saint", "St", "Fort", "Cape", "New", "Old", "Great", "Upper", "Lower", "Port",
                   "River", "Castle", "Loch", "Lough", "Isle", "Gulf", "Bay", "Rio", "Sierra", "Costa", "Puerto"}
"""First words of place names ("North Sea", "Lake Tuzkan"); a place word elsewhere in a name ("Park
Ji-yeon") does not make it a place."""
_REGIONS = {"Europe", "Asia", "Africa", "America", "Americas", "Australia", "Oceania", "Pacific", "Atlantic", "Arctic",
            "Antarctic", "Antarctica", "Mediterranean", "Caribbean", "Baltic", "Balkans", "Scandinavia", "Sahara",
            "Himalayas", "Amazon", "Eurasia", "Levant", "Gulf"}
"""Regions no person is named after: "ICE Futures Europe" is not a person."""
_PLACE_WORDS = {
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Sea", "Ocean",
    "County", "River", "Mount", "Lake", "Street", "Road", "Avenue", "Island", "Islands", "Bay", "Gulf", "Strait",
    "Valley", "Republic", "Kingdom", "States", "City", "Province", "Region", "District", "Park", "Square", "Bridge",
    "Station", "Airport", "Port", "Canal", "Coast", "Peninsula", "Desert", "Basin", "Ridge", "Hills", "Cape",
    "Saint", "St", "Fort", "New", "Old", "Great", "Upper", "Lower", "Stadium", "Stadio", "Arena", "Hall",
}
_GROUPS = {"Republicans", "Democrats", "Conservatives", "Tories", "Liberals", "Socialists", "Greens", "Nationalists",
           "Unionists", "Communists", "Democrat", "Republican", "Conservative", "Liberal", "Socialist", "Nationalist",
           "Muslims", "Christians", "Catholics", "Protestants", "Jews", "Hindus", "Sikhs", "Buddhists"}
"""Party and faith words that end a group's name, not a person's: "House Republicans", "Senate Democrats"."""
_CAPITAL_RUN = re.compile(rf"[{UPPER}](?<![\w'’-].){_NAME_TOKEN_AFTER_CAPITAL}(?:{SPACE}(?:{NAME_CONNECTOR}{SPACE}){{0,2}}{NAME_TOKEN})*")
_WORDS_BEFORE = re.compile(r"([A-Za-z](?<![\w'’-].)[\w'’-]*\s+(?:[A-Za-z][\w'’-]*\s+){0,3})$")
"""The last one to four whole words before a name (each word tried from its first letter only)."""
_STOP_BEFORE_NAME = {
    "the", "a", "an", "and", "or", "but", "of", "to", "by", "for", "with", "from", "at", "in", "on", "as", "that",
    "when", "while", "after", "before", "if", "because", "since", "so", "then", "than", "where", "which", "who",
    "whom", "whose", "said", "says", "told", "tells", "met", "meets", "asked", "according", "like", "about",
    "against", "between", "under", "over", "into", "onto", "upon", "during", "without", "within", "via", "per",
    "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may",
    "might", "can", "not", "also", "later", "former", "other", "another", "whether", "however", "rather",
}
_NOT_PERSON_NOUNS = {"after", "over", "under", "other", "whether", "never", "however", "later", "rather", "either",
                     "neither", "former", "order", "winter", "summer", "water", "number", "border", "sector", "factor",
                     "center", "centre", "quarter", "letter", "paper", "power", "matter", "minor", "major", "error",
                     "silver", "river", "corner", "lower", "upper", "cover", "dinner", "weather", "member",
                     "tower", "shelter", "charter", "chamber", "theater", "theatre", "meter", "metre", "filter",
                     "trigger", "banner", "barrier", "leather", "rubber", "super", "proper", "sober", "tender"}
_CHARGED = re.compile(r"(?:,[^,.;]{1,100},)?\s+(?:(?:is|was|has\s+been|had\s+been|were|are|stands|stood)\s+"
                      r"(?:charged|accused|indicted|on\s+trial)|pleaded|denies|denied|admits|admitted)\b")
"""After the name of the one a court report is about: "Declan Walsh, the former treasurer, is charged with"."""
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")
_LOWER_OR_COMMA_AFTER = re.compile(r"\s+[a-z]|,")
_APPOSITION_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?P<what>(?:[\w'’-]+\s+){0,3}?(?P<noun>[A-Za-z][\w-]*))"
                               r"(?=\s+(?:at|of|for|with|in|from|on|who|and)\b|,)")
"""A description after a name: ", a limnologist at Oulu University,", ", the Somali-born British Olympian,"
(its noun tested with is_person_noun)."""
_GAVE_EVIDENCE = re.compile(r"(?:,[^,.;]{1,100},)?\s+(?:was\s+|is\s+)?(?:giving\s+evidence|gave\s+evidence|"
                            r"testified|testifying|took\s+the\s+stand)\b")
_POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")
"""A possessive at the end of a name or word: "Reyes's", "Hughes'"."""
_ROLE_LEAD_WORD = re.compile(r"^(?:the|a|an|and|by|said|says|of)\s+", re.IGNORECASE)
_DEPARTMENT_BEFORE = re.compile(r"(?<!\b[Aa] )(?<!\b[Aa]n )\b(\w+)\s+(?:for|of)\s+$")
"""The office before a name ("Minister for Energy Conor Whelan"); not "a lawyer for Harakeke House", a client."""
_LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
_ACRONYM = re.compile(r"\((?P<acronym>[A-Z]{2,6})\)")
_CLAUSE_AFTER_NAME = re.compile(r"(?:where|when|which|whose|while|after|before|as|because|since|if|although)\b")
"""After a place, not a person: "resettled in Scotland, where she learned English from a landlady"."""
_VERB_IN_ROLE = re.compile(r"\b(?:said|says|told|tells|had|has|have|was|were|is|are|would|will|could|voted|called)\b")
_PRONOUN = re.compile(r"[hs](?<!\w.)(?:(?<=h)(?:e|is|er|ers)|(?<=s)he)\b", re.IGNORECASE)
"""Pronouns that tell a person's sex ("him" is left out: it is most often someone else in the sentence):
\\b(?:he|his|she|her|hers)\\b, written to start with a character class so that re skips quickly to
each "h" and "s" (a leading \\b or an alternation makes it try every position)."""
_OBJECT_BEFORE = re.compile(r"\b(?:by|from|with|against|than)\s+(?:[\w'’-]+\s+){0,3}?(?:[\w'’-]+,\s+)?$", re.IGNORECASE)
_UNNAMED_SOURCE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?P<what>[^,.;:“”\"()]{3,80}?),?\s+(?:who\s+(?:spoke|asked|requested|declined|did\s+not\s+want|"
    r"(?:was|were|is|are)\s+not\s+(?:authori[sz]ed|allowed|permitted))|speaking\s+(?:to\s+[A-Z][\w.]*\s+)?(?:on\s+condition|anonymously)"
    r"|(?:said|says|added|told\s+[A-Z][\w.]*),\s+(?:asking|speaking|requesting)\s+(?:not\s+to\s+be|on\s+condition|anonymously|"
    r"that\s+(?:his|her|their)\s+name\s+not\s+be))")
"""Someone the text will not name: "A person familiar with its finances, who asked not to be named,",
'"...," a fellow owner said, asking not to be named'."""
_UNNAMED_SAYS = re.compile(
    r"\b[Aa]n?\s+(?P<what>(?:[\w'’-]+\s+){0,4}(?:official|source|aide|insider|officer|person|diplomat|executive|"
    r"banker|adviser|advisor|lawmaker|legislator|employee|staffer|negotiator|analyst|trader|commander))\s+"
    r"(?:said|says|told|added)\b"
    r"|\b[Aa]n?\s+(?P<familiar>(?:[a-z][\w'’-]*\s+){0,2}(?:person|source|official|executive|banker|adviser|insider)\s+"
    r"(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of)\s+(?:the|[A-Z][\w-]*(?:’s|'s))\s+[a-z]+)")
"""'A senior commerce ministry official said ...' in a text that then says '"...," the official said on
condition of anonymity' (looked for only where the text speaks of anonymity)."""
_ANONYMITY = ("anonymity", "anonymously", "not to be named", "not be named", "not to be identified", "not be identified",
              "familiar with", "close to the", "briefed on the", "with knowledge of the",
              "not authorised", "not authorized",
              "not allowed to", "not permitted to", "declined to be", "name not be")
"""What a text says of a source it will not name (looked for once before the costlier _UNNAMED_SOURCE)."""
_SOURCE_NOUNS = {"person", "source", "aide", "insider", "official", "officer"}
_NAME_WITH_THE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+)+(?:of\s+)?the\s+$")
_ADJECTIVE_USE = re.compile(r"\x00\s+(?!(?:said|says|told|added|who|and|was|is|has|had)\b)[a-z]")
"""A word (replaced by NUL) followed by a lower-case word that is not a verb of a subject."""
_SEX_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+$")
_SUBJECT_PRONOUN = re.compile(r"[hs](?<!\w.)(?:(?<=h)e|(?<=s)he)\b", re.IGNORECASE)
"""\\b(?:he|she)\\b, written as _PRONOUN is."""
_RELATION_BEFORE = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\w'’-]+\s+){0,2}?(?P<what>[\w'’-]+),\s+$")
"""Someone introduced by what they are to another: "Her coach, ", "his sister, "."""
_FEMALE_WORDS = {"mother", "wife", "daughter", "sister", "grandmother", "aunt", "niece", "widow", "mum", "mom",
                 "girlfriend", "fiancée", "granddaughter", "stepmother", "spokeswoman", "chairwoman", "queen",
                 "actress", "businesswoman", "congresswoman", "sportswoman", "policewoman", "midwife", "nun"}
_MALE_WORDS = {"father", "husband", "son", "brother", "grandfather", "uncle", "nephew", "widower", "dad",
               "boyfriend", "fiancé", "grandson", "stepfather", "spokesman", "chairman", "king", "actor",
               "businessman", "congressman", "sportsman", "policeman", "monk", "fisherman"}
_GENDERED_ROLE = re.compile(r"\b(?:" + "|".join(sorted(_FEMALE_WORDS | _MALE_WORDS)) + r")\b", re.IGNORECASE)
_GENDER_OF = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f", "hers": "f"}
_ALSO_FIRST_NAMES = {"He", "May", "June", "April", "August"}
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ish|ian|ean|ese|an|i|ic)")
"""Words such as "British", "Nigerian", "Chinese": they describe, they do not name an organisation."""
_COMMON_CAPITALISED = {"i", "i'm", "i’m", "mr", "mrs", "ms", "dr", "prof", "no", "yes", "ok", "tv"}
_OWNER = re.compile(r"^(?P<owner>[A-Z][\w-]*)(?:’s|'s)\s+(?=[A-Z])")
_SAYS_IT = re.compile(r"(?:s(?<=\ss)(?:aid|ays)|a(?<=\sa)(?:nnounced|dded)|c(?<=\sc)onfirmed)\s+"
                      r"(?:(?:in|on)\s+(?:a|an|its)\s+\w+\s+(?:that\s+)?)?(?:it|its)\b")
""""Dashly said it was studying the ruling", "Nordvik said in a statement that its ...": an organisation.
Tried only where a verb stands (literal_finditer); the space before the verb is looked behind at."""
_SAYS_IT_VERBS = ("said", "says", "announced", "added", "confirmed")
_NAME_AT_END = re.compile(rf"(?<![\w'’-])(?P<name>{NAME})$")
_PARTY_TAG = r",\s+[DRI]-[A-Z][a-z]*\.?(?:\s?[A-Z][a-z]*\.?)?(?=,)"
"""A US legislator's party and state after the name: ", D-Ohio", ", R-Ind.", ", D-N.Y." (up to the comma)."""
_SPEAKS_AFTER = re.compile(
    rf"(?:{_PARTY_TAG})?(?:,[^,.;“”\"]{{1,120}},){{0,2}}\s+(?:said|says|told|tells|added|warned|argued|wrote|explained|"
    r"noted|insisted)\b")
_APPOSITIVE_SPEAKS = re.compile(r",\s+(?:said|says|told|tells|added|warned|argued|wrote|explained|noted|insisted)\b")
"""A name that says something ("Anna Kask, who has booked a trip, said", "the head of enforcement, Sofía
Castillo Ruiz, said") is a person's (or an organisation's)."""
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|[A-Z][\w-]*(?:’s|'s))\s+(?P<what>(?:[\w'’-]+\s+){0,2}[a-z][\w'’-]*),\s+$")
_RELATIVES = (r"husband|wife|partner|son|daughter|mother|father|brother|sister|grandmother|grandfather|"
              r"grandson|granddaughter|niece|nephew|uncle|aunt|cousin|friend|neighbour|neighbor|colleague|boss|"
              r"fiancée|fiancé|girlfriend|boyfriend|stepfather|stepmother|child")
_RELATIVE_SET = set(_RELATIVES.split("|"))
_RELATIVE_BEFORE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*(?:'s|’s))\s+(?P<what>(?:[a-z][\w-]*\s+)?(?:{_RELATIVES})),\s+$")
"""Who a person named by first name alone is to someone: "Her husband, ", "Mbeki's daughter, "."""
DESCRIBED_ORG_NOUNS = (r"authority|department|ministry|agency|council|commission|committee|regulator|company|firm|"
                       r"operator|court|board|office|service|government")
"""What an organisation is called when it is described, not named: "the national weather agency"."""
_ACRONYM_IN_COMMAS = re.compile(rf", (?P<acronym>[{UPPER}]{{2,8}}),")
_DESCRIBED_JUST_BEFORE = re.compile(r"\b[Aa]n?\s+(?P<what>(?:[\w'’-]+\s+){0,2}[a-z][\w'’-]*)$")
"""Who someone is, just before "who gave her name only as": "A 34-year-old mother"."""
_FIRST_NAME_ONLY = re.compile(
    r"(?:,?\s+who\s+(?:gave|asked\s+to\s+be\s+identified|would\s+give|wanted\s+to\s+be\s+identified)\s+(?:only\s+)?"
    r"(?:by\s+)?(?:her|his|their)\s+(?:first\s+name|name(?=\s+only\s+as\b))(?:\s+only)?(?:,\s+|\s+as\s+)"
    r"|,\s+(?:who\s+was\s+)?identified\s+only\s+as\s+)"
    r"(?P<name>[A-Z][a-z][\w'’-]*)(?![\w'’-]|\s+[A-Z])")
"""Someone the text names by a first name only: "A neighbour, who gave only her first name, Aisha,"."""
_DESCRIBED_BEFORE_ACRONYM = re.compile(rf"\b[Tt]he\s+(?P<what>(?:[\w'’-]+\s+){{0,3}}(?:{DESCRIBED_ORG_NOUNS})), $")
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Maj|Rev|Gov|Sen|Rep|No|[A-Z])\.$")
_MODEL_NUMBER = re.compile(r"[- ]?\d")
_SENTENCE_ENDS = (". ", "? ", "! ", "\n", ".” ", "?” ", "!” ", '." ', '?" ', '!" ')
_TITLE_NOUNS = {"Gen": "general", "General": "general", "Sen": "senator", "Senator": "senator", "Gov": "governor",
                "Governor": "governor", "Prof": "professor", "Professor": "professor", "Judge": "judge",
                "Capt": "captain", "Captain": "captain", "Sgt": "sergeant", "Sergeant": "sergeant", "Col": "colonel",
                "Colonel": "colonel", "Adm": "admiral", "Admiral": "admiral", "Det": "detective",
                "Detective": "detective", "Insp": "inspector", "Inspector": "inspector", "Rev": "reverend"}
_TITLE_BEFORE = re.compile(rf"\b({'|'.join(_TITLE_NOUNS)})\.?\s+$")
"""A title just before a name, and the noun the text may later call its holder by ("the general")."""
_AGE_AFTER = re.compile(rf",\s*\d{{1,3}},|{_PARTY_TAG}")
_VERB_AFTER = re.compile(r"\s+(?:has|had|is|was|runs|lives|works|owns|spent|says|said|knows|remembers|recalls|"
                         r"[a-z]{3,}(?:ed|s))\b")
"""What a known given name and a surname doing something are: "Siti Rahmawati runs a food stall"."""
ORG_NOUNS = (r"group|organisation|organization|charity|company|firm|campaign|network|coalition|alliance|"
             r"think tank|think-tank|ngo|nonprofit|non-profit|union|association|club|party|movement|"
             r"agency|regulator|operator|startup|start-up|maker|manufacturer|retailer|lender|insurer|bank|"
             r"airline|carrier|chain|publisher|broadcaster|developer|consultancy|foundation|trust|institute|"
             r"society|federation|league|team|side|body|watchdog|authority|council|board|commission|committee")
"""What an organisation is called when it is described, not named: "the group", "an environmental charity"."""
_ORG_DESCRIPTION = re.compile(rf",\s+(?:a|an|the|[{UPPER}][\w-]*(?:’s|'s))\s+(?:[\w'’-]+\s+){{0,4}}?(?:{grouped(ORG_NOUNS)})\b")
"""What introduces an organisation by what it is: "Aire Limpio, an environmental group", "Kestel,
Turkey's second-biggest maker of household appliances" (found first: it starts with a comma, so the
search skips ahead quickly; the name is then looked for before it)."""
_ORG_NOUN_SET = {noun for noun in ORG_NOUNS.split("|") if " " not in noun}
_NATIONAL_BODY = re.compile(r"[Tt](?<!\w.)he\s+(?P<name>[A-Z][a-z]+(?:ian|an|ese|ish|i)\s+(?:embassy|consulate|mission))\b")
"""A country's body named by its adjective: "the Sarkandi embassy" (the name the text gives it)."""
_NATIONAL_BODY_NOUNS = {"embassy", "consulate", "mission"}
_THE_BEFORE_NOUN = re.compile(rf"\b(?:[Tt]he|[{UPPER}][{LOWER}]+(?:ian|an|ese|ish|ine|ch|i))\s+(?:[a-z][\w'’-]*\s+){{0,3}}?[a-z][\w-]*$")
"""An organisation named after what it is: "the digital rights group Clearline", "the research firm Volta",
"Philippine weather agency PAGASA"."""
_ACRONYM_AFTER = re.compile(r"\s+(?P<name>[A-Z]{2,8})(?![\w'’-])")
_SENTENCE_START = r"(?:(?<=^.)|(?<=[.!?”\"]\s.))"
"""After a pattern's first letter: that letter opens a line or a sentence.

Patterns that scan a whole article start by matching a character (here, before the look-behind),
so that re skips quickly to the candidates instead of trying the whole pattern at every position."""
_FIRST_NAME_AGED = re.compile(rf"(?P<name>[{UPPER}]{_SENTENCE_START}[{LOWER}]+),\s+\d{{1,2}},", re.MULTILINE)
"""Someone named by first name with their age: "Jaylen, 16, catches the 7:15 bus"."""
_AGE_IN_COMMAS = re.compile(r",\s+\d{1,2},")
"""What _FIRST_NAME_AGED needs, found much faster (it starts with a comma): most articles have none."""
_DESCRIPTION_AFTER_COMMA = re.compile(
    r",\s+(?:a|an)\s+(?P<role>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4})(?=,|\s+(?:who|whose|said|says|at|from|in|on|with)\b)")
"""What someone named by first name alone is: ", a picker on the night shift," of "Mercy, a picker on
the night shift, said" (found first: it starts with a comma, so the search skips ahead quickly)."""
_FIRST_NAME_AT_END = re.compile(rf"[{UPPER}]{_SENTENCE_START}[{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\Z", re.MULTILINE)
"""The first name that opens a sentence and stands just before such a description ("Mercy")."""


def is_person_noun(word: str) -> bool:
    """Whether a word can name what a person is ("critic", "biologist", "councillor", "minister")."""
    lowered = word.casefold()
    if lowered in ROLE_SET:
        return True
    if lowered in _NOT_PERSON_NOUNS or len(lowered) < 5 or not lowered.isalpha():
        return False
    return lowered.endswith(("ist", "ian", "er", "or", "ant", "member", "critic", "official", "spokesman"))


_OF_DEPARTMENT = re.compile(r"^(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*?(?=[A-Z][\w'’-]*\s+[A-Z][\w'’-]*$)")


def split_role(words: str) -> tuple[str, str]:
    """Split "Energy Minister Bakhtiyor Nazarov" or "Minister for Energy Conor Whelan" into role and name."""
    tokens = words.split()
    cut = 0
    for i, token in enumerate(tokens[:-1]):
        if (token.casefold() in ROLE_SET or token in _NOT_NAMES or token.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Prof")
                or "-" in token and all(part.casefold() in ROLE_SET for part in token.split("-"))):
            cut = i + 1  # "Secretary-General", "Attorney-General" too
        elif (i == cut and len([t for t in tokens[i + 1:] if t not in _PARTICLES]) >= 2 and token[:1].isupper()
              and is_person_noun(token) and token not in MALE and token not in FEMALE):
            cut = i + 1  # "Pharmacist Fatima Benali": a word saying what someone is, as a title ("Floor de Ruiter" is a name)
    if not cut:
        return "", words
    role, name = " ".join(tokens[:cut]), " ".join(tokens[cut:])
    department = _OF_DEPARTMENT.match(name)
    if department:
        role, name = f"{role} {department.group(0).strip()}", name[department.end():]
    role = " ".join(t for t in role.split() if t not in _NOT_NAMES or t in ("President",))
    return role, name


TITLE_ABBREVIATIONS = {
    "Gov": "Governor", "Sen": "Senator", "Rep": "Representative", "Gen": "General", "Lt": "Lieutenant",
    "Col": "Colonel", "Maj": "Major", "Adm": "Admiral", "Sgt": "Sergeant", "Capt": "Captain", "Cmdr": "Commander",
    "Det": "Detective", "Insp": "Inspector", "Supt": "Superintendent", "Cllr": "Councillor", "Atty": "Attorney",
}
"""Titles as agencies abbreviate them before a name ("Gov. Gavin Newsom"), and the role they say."""
_TITLES_JUST_BEFORE = re.compile(rf"(?:(?:{'|'.join(TITLE_ABBREVIATIONS)})\.\s+){{1,2}}$")
_ABBREVIATED_TITLES_BEFORE = re.compile(
    rf"(?P<lead>(?:(?:[A-Z][a-z]+|former|acting|retired|then|state)\s+){{0,2}})"
    rf"(?P<titles>(?:(?:{'|'.join(TITLE_ABBREVIATIONS)})\.?\s+){{1,2}})$")
""""Republican Sen. ", "former Lt. Gov. ": the titles, and the words that may qualify them."""


def role_before(text: str, start: int) -> str:
    """The description just before a name ("Opposition health critic" of "… critic Marcus Lindqvist")."""
    last = text[max(0, start - 6):start].split()[-1:]  # most names have no title before them: a cheap test first
    titled = (_ABBREVIATED_TITLES_BEFORE.search(text, max(0, start - 50), start)
              if last and last[0].rstrip(".") in TITLE_ABBREVIATIONS else None)
    if titled:
        titles = [TITLE_ABBREVIATIONS[word.rstrip(".")] for word in titled.group("titles").split()]
        lead = [word for word in titled.group("lead").split() if word not in _NOT_NAMES]
        return " ".join(lead + titles)
    match = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if not match:
        return ""
    words = match.group(1).split()
    kept: list[str] = []
    for word in reversed(words):
        if word.casefold() in _STOP_BEFORE_NAME or word[-1] in ",.;:":
            break
        kept.insert(0, word)
    if not kept or not is_person_noun(kept[-1]):
        return ""
    return " ".join(kept)


@dataclass
class Person:
    """Someone the article names."""

    name: str
    role: str = ""
    kind: str = "person"
    aliases: set[str] = field(default_factory=set)
    short_names: set[str] = field(default_factory=set)
    """An organisation's shorter names: "Westwind" for "Westwind Energy", "IAEA"."""
    first: int = 0
    """Offset of the first mention."""
    unnamed: bool = False
    """A source the text describes but does not name: "a senior air force officer, who spoke on
    condition of anonymity" (the description is the name)."""


def _without_owner(name: str) -> str:
    """A name without the country or organisation owning it: "China's Ministry of Commerce" is the
    Ministry of Commerce, "Japan's Aya Nishimori" is Aya Nishimori; "Attorney's Office" stays whole."""
    owner = _OWNER.match(name)
    return name[owner.end():] if owner and not is_person_noun(owner.group("owner")) else name


@functools.lru_cache(maxsize=1024)
def clean_name(name: str) -> str:
    """A name without a leading title or rank ("Lt. Gen. Anton Vedrana") or a trailing possessive."""
    name = name.strip()
    if _TITLE_START.match(name):  # most names start with no title: the two patterns below are long
        untitled = _TITLES.sub("", name)
        if _PEER.match(name) and _PEERAGE.fullmatch(untitled.strip()):
            return _POSSESSIVE_END.sub("", name).strip() if name.endswith(("s", "'", "’")) else name.strip()
        if " " in untitled.strip() or not looks_like_org(name):
            name = untitled  # not "the Justice Department": an organisation, whose first word is no title
        rank = _RANKS.match(name)
        if rank and len(name[rank.end():].split()) >= 2 and not looks_like_org(name):  # not "General Motors"
            name = name[rank.end():]
    return (_POSSESSIVE_END.sub("", name) if name.endswith(("s", "'", "’")) else name).strip()


@functools.lru_cache(maxsize=1024)
def looks_like_org(name: str) -> bool:
    """Whether a capitalised name is an organisation rather than a person."""
    return (not _ORG_SET.isdisjoint(_WORDS_OF_NAME.findall(name)) or " & " in name
            or any(words in name for words in _ORG_PHRASES)
            or name.isupper() or bool(_CAMEL.search(name)))


def _name_aliases(name: str) -> set[str]:
    """What a person's name may be shortened to: each of its words ("Reyes", "Tomás")."""
    return {token.casefold() for token in name.split() if len(token) > 2 and token not in _NOT_NAMES}


def _strip_leading(role: str) -> str:
    words = role.split()
    while words and (words[0] in _NOT_NAMES or words[0].lower() in ("the", "a", "an", "said", "says")):
        words = words[1:]
    return " ".join(words)


def _trim_role(role: str) -> str:
    role = " ".join(role.split())
    role = _ROLE_LEAD_WORD.sub("", role)
    return role.strip(" ,")


def _role_sex(person: Person) -> str:
    """"m" or "f" when the role says ("mother", "Callum's mum", "his sister"), else ""."""
    # The role's own noun only, not a word further into a described relation ("is the younger
    # brother of the minister" is his role, not hers).
    head = " ".join(person.role.split()[-2:]) if person.kind == "person" and " of " not in person.role else ""
    described = _GENDERED_ROLE.search(head) if head else None
    if described:
        return "f" if described.group(0).casefold() in _FEMALE_WORDS else "m"
    return ""


def _name_sex(person: Person) -> str:
    """"m" or "f" when the given name is one news uses for one sex only ("Marcus", "Kerenza"), else ""."""
    if person.kind != "person" or person.unnamed:
        return ""
    first = person.name.split()[0]
    return "m" if first in MALE else "f" if first in FEMALE else ""


class Registry:
    """The people and organisations of one article, found in order of first mention."""

    def __init__(self, text: str, article_words: ArticleWords | None = None) -> None:
        self.text = text
        self._counts: Counter[str] | None = None
        self._full_names: dict[str, tuple[str, int]] | None = None
        self._first_names: dict[str, tuple[str, int]] = {}
        self.people: list[Person] = []
        self._by_alias: dict[str, Person] = {}
        self.nicknamed = nicknames(text)
        """Every name with a nickname in the text ('Patricia "Patty" Whitlow'), found once."""
        for nicknamed in self.nicknamed:
            self._add_nicknamed(nicknamed)
        # Find role nouns first (one fast pass), then look for a name in a small window around each:
        # "Energy Minister Bakhtiyor Nazarov", "the chief executive, Park Ji-won," and
        # "Dilnoza Karimova, director of the environmental group Green Steppe, warned".
        # The role and organisation words present are found by set intersection, then located.
        article_words = article_words or ArticleWords(text)
        words = article_words.words
        lowered_words = set(map(str.lower, words))
        roles = ROLE_SET.intersection(lowered_words)
        roles.update(w for w in lowered_words if "-" in w and not ROLE_SET.isdisjoint(w.split("-")))  # "director-general"
        lowered = text.lower()
        if len(lowered) != len(text):  # a few letters change length in lower case
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        role_words = [(start, end, text[start:end]) for start, end in find_words(lowered, roles, joiners="-")]
        org_words = find_words(text, _ORG_SET.intersection(words), joiners="-")
        next_org_word = {start for start, _ in org_words}
        for word_start, word_end in org_words:
            if word_end + 1 in next_org_word and text[word_end] == " ":
                continue  # "Electric" of "Hokushin Electric Power": the name ends at the last such word
            # Extend an organisation word to its full name: capitalised words before, "of X" after.
            caps = _CAPS_BEFORE.search(text, max(0, word_start - 80), word_start)
            start = caps.start() if caps else word_start
            while start < word_start and _OPENING_WORD.match(text, start):
                start = text.index(" ", start) + 1  # "At Halden and Wexcombe Hospitals NHS Trust": not "At"
            of_name = _OF_NAME_AFTER.match(text, word_end)
            end = of_name.end() if of_name else word_end
            if not of_name and caps is None and text[word_start:word_end] in ORG_PREFIXES:
                club = _CLUB_NAME_AFTER.match(text, word_end)
                end = club.end() if club else end
            if of_name:
                # "UN High Commissioner for Refugees Filippo Grandetti told": the office, then who holds
                # it, when the last two of three capitalised words come back alone ("Grandetti said").
                last = text[of_name.start():end].split()
                if (len(last) >= 4 and last[-3][0].isupper() and last[-2][0].isupper() and last[-4] in ("of", "for")
                        and text.count(last[-1]) > text.count(f"{last[-2]} {last[-1]}")):
                    end = text.rindex(last[-2], 0, end) - 1
            name = text[start:end].strip()
            if len(name.split()) >= 2 or name in ("Kremlin", "Pentagon", "Rosatom"):
                self.add(name, at=start, kind="organisation")
        for start, end, noun in role_words:
            head = text[max(0, start - 70) : start]
            lead_end = _ROLE_LEAD_END.match(head)
            words_before = head[lead_end.end():] if lead_end else head
            role_before = " ".join((words_before + noun).split())
            after = _NAME_AFTER.match(text, end)
            if after and looks_like_org(after.group("name")):
                after = None  # "the Justice Department", "Gulf Coast Tenant Law Center": an organisation, no one named
            if after and " " not in after.group("name"):
                following = _LOWER_WORD_AFTER.match(text, after.end("name"))
                if following and (following.group(1) in ROLE_SET or is_person_noun(following.group(1))):
                    after = None  # "Nomura's chief India economist": a place inside the role, not a name
            if after:
                # "Detective Inspector Marcus Achterberg": more of the role may stand before the name
                more, name = split_role(after.group("name"))
                role = _strip_leading(f"{role_before} {more}".strip())
                self.add(name, role, after.end("name") - len(name))
                continue
            comma = _COMMA_NAME_AFTER.match(text, end)
            if comma:
                self.add(comma.group("name"), _strip_leading(role_before), comma.start("name"))
                continue
            held = self._office_holder(end)  # "Leader of the Opposition Anil Kumar Bhonsle said"
            if held is not None:
                self.add(held.group("name"), _strip_leading(role_before + text[end:held.start("name")].rstrip()),
                         held.start("name"))
                continue
            office = _OF_NAME_AFTER.match(text, end)  # "The Archdeacon of Louth, the Ven. Simon Achebe-Ward,"
            comma = _COMMA_NAME_AFTER.match(text, office.end()) if office else None
            if office and comma:
                self.add(comma.group("name"), _strip_leading(role_before + text[end:office.end()]), comma.start("name"))
                continue
            phrase = _ROLE_PHRASE_AFTER.match(text, end)  # "A spokeswoman for the employers' association, Marieke Jansen,"
            comma = _COMMA_NAME_AFTER.match(text, phrase.end()) if phrase else None
            if phrase and comma and " " in comma.group("name") and comma.group("name").split()[0] not in _NOT_NAMES:
                self.add(comma.group("name"), _strip_leading(role_before + text[end:phrase.end()]), comma.start("name"))
                continue
            description_end = _COMMA_DESCRIPTION.search(head)
            back = _NAME_COMMA_BEFORE.search(head, head.rfind(",", 0, description_end.start()) + 1) if description_end else None
            if back and not _VERB_IN_ROLE.search(back.group("pre")) and not _CLAUSE_AFTER_NAME.match(back.group("pre")):
                role_end = _ROLE_END.search(text, end, min(len(text), end + 90))
                tail = text[end : role_end.start()] if role_end else ""
                role = _trim_role(back.group("pre") + noun + tail)
                self.add(back.group("name"), role, max(0, start - 70) + back.start("name"))
        for verb in literal_finditer(_SAYS_IT, text, _SAYS_IT_VERBS):
            # "Dashly said it was studying the ruling": what says "it" is an organisation.
            space = verb.start() - 1
            says_it = _NAME_AT_END.search(text, max(0, space - 80), space)
            known = self.find(says_it.group("name")) if says_it else None
            if says_it and known is None:
                self.add(says_it.group("name"), at=says_it.start("name"), kind="organisation")
            elif known is not None and known.kind == "person" and " " not in known.name and "-owned" in known.role:
                known.kind, known.role = "organisation", ""  # "the Norwegian-owned fish farmer Nordvik"
        for description in _ORG_DESCRIPTION.finditer(text):  # "Aire Limpio, an environmental group, said"
            described = _NAME_AT_END.search(text, max(0, description.start() - 60), description.start())
            if described is None or described.group("name").split()[0] in _NOT_NAMES:
                continue  # "late November, the UN refugee agency, UNHCR,"
            name, at = described.group("name"), described.start("name")
            lead = _NAME_WITH_THE.search(text, max(0, at - 40), at)
            if lead:  # "Save the Wenlow, a coalition of ...", "Friends of the Earth, an environmental group"
                name, at = text[lead.start():described.end("name")], lead.start()
            if self.find(name) is None:
                self.add(name, at=at, kind="organisation")
        national = "the " in lowered and not _NATIONAL_BODY_NOUNS.isdisjoint(article_words.letters)
        for body in _NATIONAL_BODY.finditer(text) if national else ():  # "The Sarkandi embassy said"
            if self.find(body.group("name")) is None:
                self.add(body.group("name"), at=body.start("name"), kind="organisation")
        # "the digital rights group Clearline": the organisation nouns present, then a name after one
        for _, end in find_words(lowered, _ORG_NOUN_SET.intersection(lowered_words)):
            named = _NAME_AFTER.match(text, end) or _ACRONYM_AFTER.match(text, end)
            if named is None or not _THE_BEFORE_NOUN.search(text, max(0, end - 60), end):
                continue
            name = named.group("name")
            if name.split()[0] not in _NOT_NAMES and self.find(name) is None:
                self.add(name, at=named.start("name"), kind="organisation")
        for named in _FIRST_NAME_AGED.finditer(text) if _AGE_IN_COMMAS.search(text) else ():  # "Jaylen, 16, catches the bus"
            if named.group("name") not in _NOT_NAMES and self.find(named.group("name")) is None:
                self.add(named.group("name"), at=named.start("name"))
        for description in _DESCRIPTION_AFTER_COMMA.finditer(text):  # "Dariusz, a forklift driver who has worked ..."
            named = _FIRST_NAME_AT_END.search(text, max(0, description.start() - 80), description.start())
            role = description.group("role").strip()
            if named and any(is_person_noun(word) for word in role.split()[-3:]) and self.find(named.group(0)) is None:
                self.add(named.group(0), _trim_role(role), named.start())
        for acronym in _ACRONYM_IN_COMMAS.finditer(text):  # "The national weather agency, AEMET, said"
            described = _DESCRIBED_BEFORE_ACRONYM.search(text, max(0, acronym.start() - 60), acronym.start() + 2)
            if described:
                self.add(acronym.group("acronym"), described.group("what"), acronym.start("acronym"), "organisation")
        self._find_named_people()
        if "first name" in text or "only as" in text:
            for named in _FIRST_NAME_ONLY.finditer(text):
                described = (_DESCRIBED_BEFORE.search(text, max(0, named.start() - 50), named.start() + 2)
                             or _DESCRIBED_JUST_BEFORE.search(text, max(0, named.start() - 50), named.start()))
                self.add(named.group("name"), described.group("what") if described else "", named.start("name"))
        anonymous = any(words in text for words in _ANONYMITY)
        sources = sorted([*_UNNAMED_SOURCE.finditer(text), *_UNNAMED_SAYS.finditer(text)], key=lambda m: m.start()) \
            if anonymous else ()
        for source in sources:
            group = "what" if source.group("what") else "familiar"  # the two forms of _UNNAMED_SAYS
            who = " ".join(source.group(group).split())
            if any(is_person_noun(w) or w in _SOURCE_NOUNS for w in who.split()) and who.casefold() not in self._by_alias:
                person = Person(who, kind="person", aliases={who.casefold()}, first=source.start(group), unnamed=True)
                self.people.append(person)
                self._by_alias[who.casefold()] = person
        self.mentions: list[tuple[int, int, Person]] = []
        self._quoted: tuple[list[int], Sequence[tuple[int, int]]] = ([], [])
        self._mention_starts: list[int] = []
        self._genders: dict[int, str] | None = None
        self._matches: dict[re.Pattern[str], tuple[list[int], list[re.Match[str]]]] = {}

    def _office_holder(self, end: int) -> re.Match[str] | None:
        """The name after an office ("of the Opposition", "of the Treasury") that a role noun ends at
        `end`, when the text names them by its last word again ("Bhonsle told reporters")."""
        if not self.text.startswith((" of the ", " for the "), end):
            return None
        for office in _OFFICE_HOLDER:
            held = office.match(self.text, end)
            if held is not None:
                surname = held.group("name").split()[-1]
                if len(held.group("name").split()) >= 2 and self.text.count(surname) > self.text.count(held.group("name")):
                    return held
        return None

    def _add_nicknamed(self, nicknamed: re.Match[str]) -> None:
        """Someone named with a nickname ('Mayor Patricia "Patty" Whitlow'): as the text names them,
        and "Patricia Whitlow", "Whitlow" or "Patty" later."""
        first, nick, last = nicknamed.group("first", "nick", "last")
        if first in _NOT_NAMES or looks_like_org(f"{first} {last}") or self.find(f"{first} {last}") is not None:
            return
        at = nicknamed.start()
        described = _DESCRIBED_BEFORE.search(self.text, max(0, at - 50), at) if self.text.endswith(", ", 0, at) else None
        role = _strip_leading(described.group("what")) if described else role_before(self.text, at)
        person = self.add(f"{first} {nick} {last}", role, at, "person")
        if person is not None:
            for alias in (f"{first} {last}", nick[1:-1], *last.split()):
                person.aliases.add(alias.casefold())
                self._claim(alias.casefold(), person)

    def _find_named_people(self) -> None:
        """People named without a role noun beside them: "critic Marcus Lindqvist", later "Lindqvist".

        A run of capitalised words is a person when a word that says what someone is stands just
        before it, or when its last word comes back alone later in the article (news style names
        someone in full once, then by surname); place names ("North Atlantic") are left out.
        """
        text = self.text
        for run in _CAPITAL_RUN.finditer(text):
            if " " not in run.group(0):
                # One capitalised word: a sentence's first word, a place, a surname already named, or
                # someone named by first name only: "Her husband, Samuel, said", "Mbeki's daughter, Zola, 16,".
                if text.startswith(",", run.end()) and text.endswith(", ", 0, run.start()):
                    described = _RELATIVE_BEFORE.search(text, max(0, run.start() - 40), run.start())
                    if described and self.find(run.group(0)) is None:
                        self.add(run.group(0), described.group("what"), run.start())
                elif (text.startswith(", which ", run.end()) and _SPEAKS_AFTER.match(text, run.end())
                      and self.find(run.group(0)) is None and run.group(0) not in _NOT_NAMES):
                    self.add(run.group(0), at=run.start(), kind="organisation")  # "Varmaorka, which runs the plant, said"
                continue
            # A role inside the run ("Health Minister Sylvia Grant") or a sentence's first word ("Yesterday").
            role, name = split_role(run.group(0))
            if not role and text.endswith(("for ", "of "), 0, run.start()):
                department = _DEPARTMENT_BEFORE.search(text, max(0, run.start() - 40), run.start())
                if (department and department.group(1).casefold() in ROLE_SET
                        and not department.group(1).casefold().startswith(("spokes", "representative"))):
                    if text.startswith(", ", run.end()) and _NAME_AFTER.match(text, run.end() + 1):
                        continue  # "The Director of Public Prosecutions, Grace Njoroge,": the office, then who holds it
                    role, name = split_role(f"{department.group(1)} {text[department.end(1):run.start()].strip()} {name}")
            if _OWNER.match(name) and not role:
                name = _OWNER.sub("", name)  # "Spain's Lucía Fernández Robles"
            tokens = [t for t in name.split() if t not in _PARTICLES]
            if any(t.endswith(("’s", "'s")) for t in tokens[:-1]):
                continue  # "Van der Meulen's Veloce": someone's thing, not a name
            if (not 2 <= len(tokens) <= 3 or tokens[0] in _NOT_NAMES or tokens[0] in _PLACE_PREFIXES
                    or tokens[-1] in _PLACE_WORDS or tokens[-1] in _GROUPS or any(t in _REGIONS for t in tokens)):
                continue  # "Millbrook Park", "North Atlantic", "Futures Europe"; "Park Ji-yeon" is a name
            if looks_like_org(name) or self.find(name) is not None or self._inside_organisation(run.start(), run.end()):
                continue
            if not role and text.endswith(("the ", " in ", " near ", " outside "), 0, run.start()):
                continue  # "in the Lincolnshire Wolds", "offices in Vila Serrana": a person is not "the" X or "in" X
            if any(self._is_place(token) for token in tokens):
                continue  # "Tarsania Velmora's": two countries, as "Tarsanian" and "Velmoran" show
            offset = run.end() - len(name)
            if not any(word.casefold() in ROLE_SET for word in role.split()):
                role = ""
            surname = tokens[-1]
            # The surname alone later on: counted from the article's words, and the whole text
            # searched only when the surname stands more than once.
            parts = {surname, tokens[0]} if tokens[0] in SURNAMES_FIRST else {surname}  # "Park Ji-yeon" is "Park" later
            repeated = any(len(part) > 1 and self._word_count(part) > 1 and text.count(part) > text.count(name)
                           for part in parts)
            if not repeated and self._word_count(tokens[0]) > 1 and text.count(tokens[0]) > text.count(name):
                # A feature calls "Francisca Moraes Teixeira" "Francisca" later; a word that also ends
                # a name ("Chidi Okonedo" beside "Okonedo Instruments") is a surname, not a first name.
                # It stands alone too ("Francisca grew up"), not only before other names ("Roseland Star").
                # Not "Veltro Appliances": a last word the text also uses in lower case is a common noun.
                # Not "Political Education": an adjective opens a sentence alone ("Political analysts said").
                repeated = (self._first_name_alone(tokens[0]) and not find_words(text, [tokens[-1].lower()], joiners="_-")
                            and (tokens[0] in MALE or tokens[0] in FEMALE or not _ADJECTIVE_ENDING.search(tokens[0])))
            opening = run.start()
            titled = _TITLES_JUST_BEFORE.search(text, max(0, opening - 20), opening) if text[opening - 2 : opening] == ". " else None
            opening = titled.start() if titled else opening  # "a police spokesman, Sgt. Owen Mallinder,"
            if not role and text.startswith(",", run.end()) and text.endswith(", ", 0, opening):
                described = _DESCRIBED_BEFORE.search(text, max(0, opening - 50), opening)
                role = described.group("what") if described else ""  # "Her neighbour, David Osei, took ..."
            role = role or role_before(text, offset)
            if role.endswith((" of", " at", " for")) or role in ("of", "at", "for"):
                continue  # "co-owner of Maré Baixa", "chief executive of Nordgrid": what the role is of, no one's name
            if not role and text.startswith(", ", run.end()):
                # "Liisa Marjamaa, a limnologist at Oulu University, led": a person noun outside the list
                aged = _AGE_AFTER.match(text, run.end())  # "Patrick Musonda, 41, a shift supervisor"
                appos = _APPOSITION_AFTER.match(text, aged.end() - aged.group(0).endswith(",") if aged else run.end())
                if appos and is_person_noun(appos.group("noun")):
                    stop = _ROLE_END.search(text, appos.end("noun"), min(len(text), appos.end("noun") + 90))
                    role = _trim_role(text[appos.start("what"):stop.start() if stop else appos.end("noun")])
            described_org = bool(role) and role.split()[-1].casefold() in _ORG_NOUN_SET and not any(
                w.casefold() in ROLE_SET for w in role.split())  # "Their association, Marinhas Vivas, says"
            if described_org or text.startswith(", which ", run.end()) and _SPEAKS_AFTER.match(text, run.end()):
                self.add(name, at=offset, kind="organisation")  # "Fair Fares, which campaigns for ..., said"
            elif (role or repeated or _AGE_AFTER.match(text, run.end()) or _SPEAKS_AFTER.match(text, run.end())
                  or _CHARGED.match(text, run.end())
                  or (tokens[0] in MALE or tokens[0] in FEMALE) and _VERB_AFTER.match(text, run.end())
                  or text.startswith(", who ", run.end())
                  or text.endswith(", ", 0, run.start()) and _APPOSITIVE_SPEAKS.match(text, run.end())):
                self.add(name, role, offset)

    def _first_name_alone(self, word: str) -> bool:
        """Whether a word is used as a first name on its own: never after another capitalised word (as
        a surname is), and somewhere followed by a lower-case word or a comma ("Francisca grew up")."""
        text = self.text
        alone = False
        for at, end in find_words(text, [word], joiners="_-"):
            previous = _WORD_BEFORE.search(text, max(0, at - 40), at)
            if previous is not None and previous.group(1)[:1].isupper():
                return False
            alone = alone or _LOWER_OR_COMMA_AFTER.match(text, end) is not None
        return alone

    def _is_quoted(self, at: int) -> bool:
        """Whether an offset stands inside a quotation (known once mentions are indexed)."""
        starts, spans = self._quoted
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and at < spans[i][1]

    def _is_place(self, word: str) -> bool:
        """Whether the text makes an adjective of this word, as of a country: "Tarsania" and "Tarsanian"."""
        stem = word[:-1] if word.endswith(("a", "e", "y", "o")) else word
        forms = {f"{word}n", f"{word}an", f"{stem}ian", f"{stem}an", f"{stem}ese"} - {word}
        # used as an adjective ("a Tarsanian bidder"), not as a name ("Julian said"); looked for only
        # when the word stands in the text at all
        return any(self._word_count(form) and _ADJECTIVE_USE.search(self.text.replace(form, "\x00"))
                   for form in forms)

    def matches_between(self, pattern: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
        """The matches of a pattern in the whole text that lie between two offsets, in order.

        The text is scanned once per pattern: each quotation looks back at what came before it, and
        scanning again for each of thousands of quotations would take minutes.
        """
        if pattern not in self._matches:
            found = list(pattern.finditer(self.text))
            self._matches[pattern] = ([m.start() for m in found], found)
        starts, found = self._matches[pattern]
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [m for m in found[first:last] if m.end() <= end]

    def _inside_organisation(self, start: int, end: int) -> bool:
        """Whether these words belong to an organisation's name ("Foreign Affairs" of "Ministry of Foreign Affairs")."""
        for org in self.people:
            if org.kind == "organisation" and " " in org.name:
                at = self.text.find(org.name, max(0, start - len(org.name)), end + len(org.name))
                if at != -1 and at <= start and end <= at + len(org.name):
                    return True
        return False

    def _word_count(self, word: str) -> int:
        """How often a capitalised word stands in the text (as a whole word)."""
        if self._counts is None:
            self._counts = Counter(_CAPITALISED_TOKEN.findall(self.text))
        return self._counts[word]

    def index_mentions(self, skip: Sequence[tuple[int, int]] = ()) -> None:
        """Record where each known person and organisation is named, outside the given (quoted) spans."""
        forms: dict[str, Person] = {}
        sharers: dict[str, list[Person]] = {}
        """A word of several people's names ("Pryce" of Owen and his sister Bethan Pryce)."""
        for person in self.people:
            forms.setdefault(person.name, person)
            if person.kind == "person" and not person.unnamed:
                # Every word of the name: the first too, for names written surname first
                # ("Tran Minh Duc" is "Mr. Tran" later; "Park Ji-yeon" is "Park").
                for token in person.name.split():
                    if len(token) > 2 and token not in _NOT_NAMES and token not in _PARTICLES:
                        sharers.setdefault(token, []).append(person)
                        if token not in forms or person.first < forms[token].first:
                            forms[token] = person  # a shared word is the one named first's
            else:
                for short in person.short_names:
                    forms.setdefault(short, person)
        if not forms:
            return
        starts = [start for start, _ in skip]
        self._quoted = (starts, skip)
        found = []
        named = [(start, end, self._titled(start, sharers.get(form, ()), forms[form]))
                 for start, end, form in self._find_forms(forms)]
        for start, end, person in named + self._role_mentions():
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and start < skip[i][1]:
                continue  # inside a quotation: named by the speaker, not speaking
            found.append((start, end, person))
        found.sort(key=lambda mention: mention[0])
        self.mentions = found
        self._mention_starts = [m[0] for m in found]
        self._genders = None

    def titled(self, title: str, surname: str) -> Person | None:
        """Of people who share a surname, the one a title says ("Mr Hughes" beside Kelly Hughes), if one."""
        sharers = [p for p in self.people if p.kind == "person" and not p.unnamed and surname in p.name.split()]
        if len(sharers) < 2:
            return None
        wanted = "m" if title == "Mr" else "f"
        fitting = [p for p in sharers if self._gender(p) == wanted]
        return fitting[0] if len(fitting) == 1 else None

    def _titled(self, at: int, sharers: list[Person] | tuple[()], default: Person) -> Person:
        """Of people who share a surname, the one "Mr" or "Ms" before it says ("Ms Pryce" is his sister)."""
        if len(sharers) < 2:
            return default
        title = _SEX_TITLE.search(self.text, max(0, at - 6), at)
        if title is None:
            return default
        wanted = "m" if title.group(0).startswith("Mr") and not title.group(0).startswith("Mrs") else "f"
        fitting = [p for p in sharers if (_role_sex(p) or _name_sex(p)) == wanted]
        if not fitting:  # "Mr Pryce" beside "his sister Bethan Pryce": the one not said to be a woman
            other = [p for p in sharers if (_role_sex(p) or _name_sex(p)) not in ("", wanted)]
            fitting = [p for p in sharers if p not in other] if other else []
        return fitting[0] if len(fitting) == 1 else default

    def _role_mentions(self) -> list[tuple[int, int, Person]]:
        """"the judge", "the minister": a mention of the one person named with that role, once named."""
        by_noun: dict[str, list[Person]] = {}
        for person in self.people:
            if person.kind == "person":
                words = person.role.casefold().split()
                at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in ROLE_SET
                           or words[i] in _FEMALE_WORDS or words[i] in _MALE_WORDS), None)  # "the mother" too
                if at is not None:
                    by_noun.setdefault(words[at], []).append(person)
                    if at > 0 and words[at - 1].isalpha():  # "the chief executive", "the consumer analyst"
                        by_noun.setdefault(f"{words[at - 1]} {words[at]}", []).append(person)
                    modifier = person.role.split()[at - 1] if at > 0 else ""
                    if "-" in modifier and modifier.replace("-", "").isalpha():  # "the Tamil-born author"
                        by_noun.setdefault(f"{modifier} {words[at]}", []).append(person)
                    for word in person.role.split()[:at]:  # "Dundale's South Korean manager": "the Dundale manager"
                        owner = _POSSESSIVE_END.sub("", word)
                        if owner[:1].isupper() and owner.isalpha() and owner.casefold() != words[at - 1]:
                            by_noun.setdefault(f"{owner} {words[at]}", []).append(person)
                title = _TITLE_BEFORE.search(self.text, max(0, person.first - 12), person.first)
                if title is not None and _TITLE_NOUNS[title.group(1)] not in words:
                    by_noun.setdefault(_TITLE_NOUNS[title.group(1)], []).append(person)  # "Gen. Marcus Hale": "the general"
        phrases = {f"{the} {noun}": people[0] for noun, people in by_noun.items() if len(people) == 1
                   for the in ("the", "The")}
        return [(start, end, phrases[self.text[start:end]]) for start, end in find_words(self.text, phrases)
                if start > phrases[self.text[start:end]].first]

    def _find_forms(self, forms: dict[str, Person]) -> list[tuple[int, int, str]]:
        """Where the forms stand as whole words, leftmost first and the longest form at each place.

        Forms start with a capital: they are looked up at each capitalised word, which is several
        times faster than compiling an alternation of this article's names.
        """
        text = self.text
        # A few forms start in lower case ("al-Khatib", "senior air force officer"): found with find().
        lower = [form for form in forms if not _CAPITALISED_WORD.match(form)]
        found_lower = [(at, after, text[at:after]) for at, after in find_words(text, lower, joiners="_-")]
        by_first_word: dict[str, list[str]] = {}
        for form in sorted((f for f in forms if f not in lower), key=len, reverse=True):
            first = _FIRST_WORD.match(form)  # always matches: \w* may be empty
            by_first_word.setdefault(first.group(0) if first else "", []).append(form)
        found = []
        end = 0
        # Each first word where it stands as _CAPITALISED_WORD finds one, after no word character or
        # hyphen and whole: looked for with str.find, not by going through every capitalised word.
        for start, word_end in find_words(text, by_first_word, joiners_before="_-"):
            if start < end:
                continue
            for form in by_first_word[text[start:word_end]]:
                after = start + len(form)
                if text.startswith(form, start) and not _WORD_GOES_ON.match(text, after):
                    found.append((start, after, form))
                    end = after
                    break
        if not found_lower:
            return found
        merged: list[tuple[int, int, str]] = []  # leftmost first, the longest where two overlap
        for mention in sorted(found + found_lower, key=lambda m: (m[0], m[0] - m[1])):
            if not merged or mention[0] >= merged[-1][1]:
                merged.append(mention)
        return merged

    def last_mention(self, before: int, *, after: int = 0, kinds: tuple[str, ...] = ("person",),
                     role: str = "", word: str = "", pronoun: str = "") -> Person | None:
        """The person or organisation named last before an offset (and not before `after`).

        role: only someone whose role holds this noun ("the minister"); word: only an organisation
        whose name holds this word ("the ministry"); pronoun ("he", "she"): not someone the text
        refers to with the other one.
        """
        wanted = _GENDER_OF.get(pronoun, "")

        def fits(person: Person) -> bool:
            return (person.kind in kinds and (not role or role in person.role.casefold())
                    and (not word or word in person.name.casefold().split() or word in person.role.casefold().split())
                    and (not wanted or self._gender(person) in ("", wanted)))

        i = bisect.bisect_left(self._mention_starts, before) - 1
        while i >= 0:
            start, _, person = self.mentions[i]
            if start < after:
                return None
            if fits(person):
                if pronoun:
                    # "he" is most often the subject: the first fitting person of that sentence
                    # ("Ruiz brought on striker Leo Grant. '...,' he said" is Ruiz's).
                    opening = self._sentence_opening(start)
                    # A possessor is not the subject: "Callum's mum, Sharon Oduya, ... She said:".
                    while i > 0 and self.mentions[i - 1][0] > opening:
                        i -= 1
                        if fits(self.mentions[i][2]) and not self.text.startswith(("’s", "'s"), self.mentions[i][1]):
                            person = self.mentions[i][2]
                return person
            i -= 1
        return None

    def _sentence_opening(self, at: int) -> int:
        """Where the sentence holding an offset starts, give or take: "Col. Mirela Stanescu" ends none."""
        end = at
        while True:
            opening = max(self.text.rfind(mark, 0, end) for mark in _SENTENCE_ENDS)
            if opening <= 0 or not _ABBREVIATION_END.search(self.text, max(0, opening - 6), opening + 1):
                return opening
            end = opening

    def learn_gender(self, person: Person, pronoun: str) -> None:
        """Take "he" or "she" as what the text calls someone it had not told (a quote's "he asked")."""
        if person.kind == "person" and not self._gender(person) and pronoun in ("he", "she"):
            assert self._genders is not None
            self._genders[id(person)] = _GENDER_OF[pronoun]

    def _gender(self, person: Person) -> str:
        """"m" or "f": what the text calls the person ("mother"), their given name if news uses it for one
        sex only, else the pronouns after their mentions."""
        sex = _role_sex(person) or _name_sex(person)
        if sex:
            return sex
        if self._genders is None:
            votes: dict[int, list[str]] = {}
            for i, (_, end, named) in enumerate(self.mentions):
                if named.kind != "person":
                    continue
                stop = self.mentions[i + 1][0] if i + 1 < len(self.mentions) else len(self.text)
                # Not into a quotation: "the judge said. "His family will ..." is someone else's.
                mark = find_first(self.text, "“\"", end, stop)
                stop = mark if mark != -1 else stop
                # Someone introduced by a relation ("Her coach, Mateo Quiroga, explained that they
                # had changed her return position") leaves "her" to the one they are related to.
                start = self.mentions[i][0]
                relation = _RELATION_BEFORE.search(self.text, max(0, start - 40), start)
                related = relation is not None and (is_person_noun(relation.group("what"))
                                                    or relation.group("what") in _RELATIVE_SET)
                pronoun = (_SUBJECT_PRONOUN if related else _PRONOUN).search(self.text, end, min(stop, end + 250))
                # Someone named after "by" is no sentence's subject: in "Under cross-examination by
                # Penrose's barrister, Marcus Adeyinka KC, she accepted" "she" is another.
                if pronoun and _OBJECT_BEFORE.search(self.text, max(0, start - 40), start):
                    pronoun = None
                if pronoun:
                    votes.setdefault(id(named), []).append(_GENDER_OF[pronoun.group(0).lower()])
            self._genders = {key: max(set(v), key=v.count) if v.count("m") != v.count("f") else ""
                             for key, v in votes.items()}
        return self._genders.get(id(person), "")

    def charged(self, before: int) -> Person | None:
        """The first person the text says is charged, accused, on trial or pleading ("the accused")."""
        return self._first_followed_by(_CHARGED, before)

    def witness(self, before: int) -> Person | None:
        """The first person the text says gave evidence or testified ("the witness")."""
        return self._first_followed_by(_GAVE_EVIDENCE, before)

    def _first_followed_by(self, pattern: re.Pattern[str], before: int) -> Person | None:
        """The first named person, mentioned before an offset, whose mention the pattern follows."""
        for start, end, person in self.mentions:
            if start >= before:
                break
            if person.kind == "person" and not person.unnamed and pattern.match(self.text, end):
                return person
        return None

    def fits(self, person: Person, pronoun: str) -> bool:
        """Whether a pronoun ("he", "she") can refer to the person: not someone the text marks as the other sex."""
        return self._gender(person) in ("", _GENDER_OF.get(pronoun, ""))

    def main_person(self, pronoun: str) -> Person | None:
        """The person named most often whom the pronoun can be ("she": not someone called "he"), if
        named at least three times: who a profile or an obituary is about."""
        people = {id(person): person for _, _, person in self.mentions
                  if person.kind == "person" and self.fits(person, pronoun)}
        counts = Counter(id(person) for _, _, person in self.mentions if id(person) in people)
        if not counts:
            return None
        key, count = counts.most_common(1)[0]
        return people[key] if count >= 3 else None

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        """The mentions that start in [start, end)."""
        i = bisect.bisect_left(self._mention_starts, start)
        j = bisect.bisect_left(self._mention_starts, end)
        return self.mentions[i:j]

    @staticmethod
    def _plausible(name: str) -> bool:
        tokens = name.split()
        if not tokens or looks_like_org(name) or len(tokens) == 1 and tokens[0].rstrip(".") in TITLE_ABBREVIATIONS:
            return False  # "Sgt." before a name is no one of its own
        # "He Yadong", "June Whitaker": a first name that is also a pronoun or a month.
        return tokens[0] not in _NOT_NAMES or (tokens[0] in _ALSO_FIRST_NAMES and len(tokens) >= 2)

    def add(self, name: str, role: str = "", at: int = 0, kind: str = "") -> Person | None:
        """Record a mention; the first full mention of a name wins, a role found later fills a gap."""
        # Without an owner: "Japan's Aya Nishimori", "China's Ministry of Commerce" is the Ministry of Commerce.
        name = _without_owner(_LEADING_ARTICLE.sub("", clean_name(name)))
        if not name or not self._plausible(name) and kind != "organisation" and not looks_like_org(name):
            return None
        kind = kind or ("organisation" if looks_like_org(name) else "person")
        if kind == "person" and _PEER.match(name) and " of " not in name:
            seat = re.search(rf"{re.escape(name)}\s+of\s+[A-Z][\w'’-]+", self.text)
            name = seat.group(0) if seat else name  # "Lord Fenwick of Aldersley", also where he is "Lord Fenwick"
        if kind == "person" and " " not in name:
            full = self._full_name(name)
            if full is not None:
                name = full
        existing = self.find(name)
        if existing is not None:
            if kind == "person" and " " not in existing.name and len(name.split()) > 1:
                self._rename(existing, name)
            if role and not existing.role:
                existing.role = role
            return existing
        person = Person(name=name, role=role, kind=kind, first=at)
        tokens = [t for t in name.replace("-", " - ").split() if t != "-"]
        person.aliases = {name.casefold()}
        if kind == "person" and len(name.split()) >= 2:
            person.aliases |= _name_aliases(name)
            if _PEER.match(name):
                person.aliases.add(name.split(" of ")[0].casefold())  # "Lord Fenwick" of Lord Fenwick of Aldersley
        elif kind == "organisation":
            person.aliases |= {t.casefold() for t in tokens if _ORG_RE.fullmatch(t)}
            words = name.split()
            first = words[0]
            if len(words) >= 3 and first not in _NOT_NAMES and first not in _PLACE_WORDS and not _ORG_RE.fullmatch(first) \
                    and self.text.count(first) > self.text.count(name):
                person.short_names.add(first)  # "Northway Building Society" is "Northway" later
                person.aliases.add(first.casefold())
            if len(words) >= 2 and first in ORG_PREFIXES and words[1][:1].isupper():
                short = " ".join(words[1:])  # "Eintracht Haldenbach" is "Haldenbach" later
                person.short_names.add(short)
                person.aliases.add(short.casefold())
            elif len(words) >= 2 and _ORG_RE.fullmatch(words[-1]) and not _ORG_RE.search(" ".join(words[:-1])):
                short = " ".join(words[:-1])  # "Westwind Energy" -> "Westwind", not "European Digital Markets"
                if len(words) == 2 and short not in _NOT_NAMES and short not in _PLACE_WORDS:
                    person.short_names.add(short)
                    person.aliases.add(short.casefold())
            for short in (" ".join(words[1:-1]), " ".join(words[1:]), " ".join(words[:-1])):
                # "Ardestan Red Crescent Society" is "the Red Crescent" later
                if (len(words) >= 3 and " " in short and short[:1].isupper() and short.split()[-1][:1].isupper()
                        and short not in person.short_names and self.text.count(short) > self.text.count(name)):
                    person.short_names.add(short)
                    person.aliases.add(short.casefold())
            opening = self.text.find(f"{name} (")
            acronym = _ACRONYM.match(self.text, opening + len(name) + 1) if opening >= 0 else None
            if acronym:
                person.short_names.add(acronym.group("acronym"))
                person.aliases.add(acronym.group("acronym").casefold())
        self.people.append(person)
        for alias in person.aliases:
            self._claim(alias, person)
        return person

    def _claim(self, alias: str, person: Person) -> None:
        """A name two people share ("Tanabe" of Yuki and her mother Keiko) is the one the text names first."""
        holder = self._by_alias.setdefault(alias, person)
        if holder is not person and holder.kind == person.kind == "person" and person.first < holder.first:
            self._by_alias[alias] = person

    def _full_name(self, surname: str) -> str | None:
        """The full name the text gives a lone surname ("Reyes" -> "Tomás Reyes"), if any."""
        if self._full_names is None:
            self._full_names, self._first_names = {}, {}
            for match in _FULL_NAME.finditer(self.text):
                tokens = match.group(0).split()
                self._full_names.setdefault(tokens[-1], (match.group(0), match.start()))
                if tokens[0] not in _NOT_NAMES:
                    self._first_names.setdefault(tokens[0], (match.group(0), match.start()))
        # A feature calls someone by first name after naming them in full ("Marisol Quispe Huamán", "Marisol").
        found = self._full_names.get(surname) or self._first_names.get(surname)
        if found is None:
            return None
        full = _without_owner(clean_name(found[0]))  # "Japan's Aya Nishimori" is Aya Nishimori
        _, full = split_role(full)
        return full if " " in full and self._plausible(full) else None

    def _rename(self, person: Person, name: str) -> None:
        person.name = name
        added = _name_aliases(name) | {name.casefold()}
        person.aliases |= added
        for alias in added:
            self._claim(alias, person)

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
        if " " in key:
            # "De la Torre" at the start of a sentence is Mercedes de la Torre; "Ní Bhriain" is Siobhán Ní Bhriain
            for person in self.people:
                if person.kind == "person" and person.name.casefold().endswith(f" {key}"):
                    return person
        return None

    def unnamed_organisation(self, before: int, since: int | None = None) -> str:
        """A name the text uses for an organisation it never marks as one ("Harbour City", "Veradyne").

        For "the club said" when no known organisation fits: the nearest capitalised name before it
        (in the last few sentences) that is no one's name and comes back elsewhere in the text, else
        the name the article opens with, which in news is most often who the story is about.
        """
        text = self.text
        window_start = max(0, before - 400) if since is None else max(since, before - 5_000)
        first = _CAPITAL_RUN.search(text, 0, before)
        # Scanned from a little before the window, so that a run across its start is found whole.
        near = [r for r in _CAPITAL_RUN.finditer(text, max(0, window_start - 100), before) if r.start() >= window_start]
        opening = [first] if first is not None and (not near or first.start() < near[0].start()) else []
        for run in reversed(near if since is not None else opening + near):
            if (_MODEL_NUMBER.match(text, run.end()) or text.endswith("whose ", 0, run.start())
                    or self._is_quoted(run.start())):
                continue  # "Kestrel-3", "Veradyne, whose Lens One glasses": a product, not who makes it
            owner = text.startswith(", whose ", run.end())  # named once, but as what owns something
            words = run.group(0).split()
            if owner and len(words) > 1 and (run.start() == 0 or text[run.start() - 1] == "\n"
                                             or text.endswith(". ", 0, run.start())):
                words = words[1:]  # "Rival Veradyne, whose ...": a sentence's first word is most often a plain word
            for cut in range(len(words)):
                name = " ".join(words[cut:])
                if (words[cut] in _NOT_NAMES or words[cut] in _PLACE_WORDS or name.casefold() in _COMMON_CAPITALISED
                        or text.count(name) < 2 and not owner or " " not in name and _NATIONALITY.fullmatch(name)):
                    continue
                known = self.find(name)
                if known is None or known.kind == "organisation":
                    return known.name if known is not None else name
                break
        return ""

    def most_named_organisation(self, before: int) -> Person | None:
        """The organisation mentioned most often before an offset (the later one of a tie): what the
        story is about, when "the club said" and no club was named in its paragraph."""
        counts: Counter[int] = Counter()
        last: dict[int, Person] = {}
        for start, _, person in self.mentions[:bisect.bisect_left(self._mention_starts, before)]:
            if person.kind == "organisation":
                counts[id(person)] += 1
                last[id(person)] = person
        if not counts:
            return None
        best = max(counts.values())
        return [person for key, person in last.items() if counts[key] == best][-1]

    def main_organisation(self, before: int) -> Person | None:
        """The organisation the article names first: what "the company" most often means."""
        named = [p for p in self.people if p.kind == "organisation" and p.first <= before]
        return min(named, key=lambda p: p.first) if named else None

    def unnamed_source(self, noun: str, before: int) -> Person | None:
        """The source last described before an offset whose description holds this noun ("the officer")."""
        sources = [p for p in self.people if p.unnamed and p.first < before and noun in p.name.casefold().split()]
        return max(sources, key=lambda p: p.first) if sources else None

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
