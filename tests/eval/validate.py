"""Check the evaluation set: shape of every JSON file and that every gold string is verbatim in its article.
Summaries: 3 whole sentences of the body, verbatim, in article order.

Run: python tests/eval/validate.py   (exit status 1 if anything is wrong)
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
TOP = {"published", "quotes", "figures", "not_figures", "dates"}
OPTIONAL = {"summary"}  # optional for now; files without it get a note
SUMMARY_LEN = 3
QKEYS = {"text", "speaker", "role", "partial"}
FKEYS = {"value", "measures", "key"}
DKEYS = {"text", "iso"}
OPEN = ('"', "\u201c")
CLOSE = ('"', "\u201d")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMWORDS = (r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
            r"hundreds?|thousands?|dozens?|millions?|billions?|trillions?|half|first|second|third|fourth|"
            r"fifth|sixth|seventh|eighth|ninth|tenth)\b")

SENT_END = re.compile(r"[.?!][\"\u201d\u2019]?$")          # . ? ! or one of them then a closing quote
SENT_BEFORE = re.compile(r"(?:^|\n|[.?!][\"\u201d\u2019]? )$")  # paragraph start, or after . ? ! (+ quote) + space

errors, warnings = [], []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def spans_of(body, s):
    out, i = [], body.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = body.find(s, i + 1)
    return out


def part_ok(body, part, start):
    """Positions where `part` stands right after an opening mark and before a closing mark
    (optionally after a comma), or at the end of a paragraph (multi-paragraph quote)."""
    hits = []
    for a, b in spans_of(body, part):
        if a < start or a == 0 or body[a - 1] not in OPEN:
            continue
        after = body[b:b + 2]
        if (after[:1] in CLOSE or (after[:1] == "," and after[1:2] in CLOSE)
                or after[:1] in ("\n", "")):
            hits.append((a, b))
    return hits


def split_parts(body, text, start):
    """Split a gold quote text into 1+ verbatim parts (joined by single spaces). Returns (first_pos, parts)."""
    if part_ok(body, text, start):
        return part_ok(body, text, start)[0][0], [text]
    words = text.split(" ")
    for i in range(len(words) - 1, 0, -1):
        head = " ".join(words[:i])
        for a, b in part_ok(body, head, start):
            rest = split_parts(body, " ".join(words[i:]), b)
            if rest:
                return a, [head] + rest[1]
    return None


def quoted_segments(body):
    """Text between double quote marks, paragraph by paragraph (an unclosed quote runs to the paragraph end)."""
    out = []
    for para in body.split("\n"):
        inside, start = False, 0
        for i, c in enumerate(para):
            if not inside and c in OPEN:
                inside, start = True, i + 1
            elif inside and c in CLOSE:
                inside = False
                out.append(para[start:i])
        if inside:
            out.append(para[start:])
    return out


def sentence_spans(body, s):
    """Positions where `s` stands in `body` as a whole sentence."""
    if s != s.strip() or "\n" in s or not SENT_END.search(s):
        return []
    out = []
    for a, b in spans_of(body, s):
        if not SENT_BEFORE.search(body[:a]):
            continue
        after = body[b:]
        if after and not after[0].isspace():
            continue
        nxt = after.lstrip(" ")[:1]
        if nxt.islower():  # `"... go?" said Rosa` -- the sentence goes on
            continue
        out.append((a, b))
    return out


def quoted_share(s):
    """Share of the characters of `s` that stand between double quote marks."""
    inside, n = False, 0
    for c in s:
        if inside and c in CLOSE:
            inside = False
        elif not inside and c in OPEN:
            inside = True
        elif inside:
            n += 1
    return n / max(len(s), 1)


def check_summary(where, body, summary):
    if not (isinstance(summary, list) and len(summary) == SUMMARY_LEN
            and all(isinstance(x, str) for x in summary)):
        return err(where, f"summary must be a list of {SUMMARY_LEN} strings")
    if len(set(summary)) != len(summary):
        err(where, "summary repeats a sentence")
    end = 0
    for s in summary:
        if s not in body:
            err(where, f"summary sentence not verbatim in body: {s[:70]!r}")
            continue
        sp = sentence_spans(body, s)
        if not sp:
            err(where, f"summary sentence is not a whole sentence of the body: {s[:70]!r}")
            continue
        later = [x for x in sp if x[0] >= end]
        if not later:
            err(where, f"summary sentence out of article order: {s[:70]!r}")
            continue
        end = later[0][1]
        if quoted_share(s) > 0.5:
            warnings.append(f"{where}: summary sentence is mostly a direct quotation: {s[:70]!r}")


def check(path_json):
    where = str(path_json.relative_to(HERE))
    txt = path_json.with_suffix(".txt")
    if not txt.exists():
        return err(where, "no matching .txt")
    raw = txt.read_text(encoding="utf-8")
    lines = raw.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        err(where, "txt must be headline, blank line, body")
    body = "\n".join(lines[2:])
    nwords = len(body.split())
    if not 300 <= nwords <= 700:
        err(where, f"body has {nwords} words")
    if re.search(r"\d", lines[0]) or any(c in lines[0] for c in '"\u201c\u201d'):
        warnings.append(f"{where}: headline has a digit or quote mark")
    try:
        g = json.loads(path_json.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return err(where, f"invalid JSON: {e}")
    if not TOP <= set(g) <= TOP | OPTIONAL:
        return err(where, f"top-level keys {sorted(g)}")
    if "summary" in g:
        check_summary(where, body, g["summary"])
    else:
        warnings.append(f"{where}: no summary")
    try:
        dt.date.fromisoformat(g["published"])
    except Exception:  # noqa: BLE001
        return err(where, "published is not an ISO date")

    covered = []  # spans covered by gold number-bearing strings
    pos = 0
    for q in g["quotes"]:
        if set(q) != QKEYS:
            err(where, f"quote keys {sorted(q)}")
            continue
        if not isinstance(q["partial"], bool):
            err(where, f"partial not bool: {q['text'][:40]}")
        for k in ("speaker", "role"):
            if q[k] and q[k] not in body:
                err(where, f"{k} not in body: {q[k]!r}")
        if q["text"] != q["text"].strip() or q["text"].endswith(","):
            err(where, f"quote text has stray space/comma: {q['text'][:50]!r}")
        found = split_parts(body, q["text"], pos)
        if not found:
            err(where, f"quote not verbatim between marks (or out of order): {q['text'][:70]!r}")
            continue
        pos = found[0]
        q["_parts"] = found[1]
    pos = 0
    for f in g["figures"]:
        if set(f) != FKEYS:
            err(where, f"figure keys {sorted(f)}")
            continue
        if not isinstance(f["key"], bool):
            err(where, f"key not bool: {f['value']}")
        n = len(f["measures"].split())
        if not 3 <= n <= 9:
            err(where, f"measures has {n} words: {f['measures']!r}")
        sp = [s for s in spans_of(body, f["value"]) if s[0] >= pos]
        if not sp:
            err(where, f"figure not in body (or out of order): {f['value']!r}")
            continue
        pos = sp[0][0]
        covered += spans_of(body, f["value"])
    values = [f["value"] for f in g["figures"]]
    if len(set(values)) != len(values):
        err(where, "duplicate figure values")
    if not any(f.get("key") for f in g["figures"]):
        err(where, "no key figure")
    for s in g["not_figures"]:
        if s not in body:
            err(where, f"not_figure not in body: {s!r}")
        if s in values:
            err(where, f"both figure and not_figure: {s!r}")
        covered += spans_of(body, s)
    if len(set(g["not_figures"])) != len(g["not_figures"]):
        err(where, "duplicate not_figures")
    for d in g["dates"]:
        if set(d) != DKEYS:
            err(where, f"date keys {sorted(d)}")
            continue
        if d["text"] not in body:
            err(where, f"date not in body: {d['text']!r}")
        iso = d["iso"]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
            day = dt.date.fromisoformat(iso)
            for i, w in enumerate(WEEKDAYS):
                if w in d["text"] and day.weekday() != i:
                    err(where, f"{d['text']} -> {iso} is a {WEEKDAYS[day.weekday()]}")
        elif re.fullmatch(r"\d{4}-W\d{2}", iso):
            y, w = int(iso[:4]), int(iso[6:])
            dt.date.fromisocalendar(y, w, 1)
        elif not re.fullmatch(r"\d{4}(-\d{2})?", iso):
            err(where, f"bad iso {iso!r}")
        if re.search(r"\d", d["text"]) and d["text"] not in g["not_figures"]:
            err(where, f"digit-bearing date missing from not_figures: {d['text']!r}")
        covered += spans_of(body, d["text"])

    # every digit in the body must be inside some gold string
    for m in re.finditer(r"\d(?:[\d,.]*\d)?", body):
        if not any(a <= m.start() and m.end() <= b for a, b in covered):
            ctx = body[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
            err(where, f"number not covered by gold: {m.group()!r} in ...{ctx}...")
    # spelled-out numbers not covered: review by hand
    for m in re.finditer(NUMWORDS, body, flags=re.I):
        if not any(a <= m.start() and m.end() <= b for a, b in covered):
            ctx = body[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
            warnings.append(f"{where}: number word {m.group()!r} uncovered: ...{ctx}...")
    # quoted strings not in gold quotes (scare quotes, titles): listed for review
    gold_parts = [p for q in g["quotes"] for p in q.get("_parts", [])]
    for seg in quoted_segments(body):
        if seg.rstrip(",") not in gold_parts:
            warnings.append(f"{where}: quoted but not gold: {seg!r}")
    return len(g["quotes"]), len(g["figures"]), nwords, "summary" in g


def main():
    total = {}
    for folder in ("dev", "test"):
        files = sorted((HERE / folder).glob("*.json"))
        stems_txt = {p.stem for p in (HERE / folder).glob("*.txt")}
        if stems_txt != {p.stem for p in files}:
            err(folder, f"txt/json stems differ: {stems_txt ^ {p.stem for p in files}}")
        nq = nf = ns = 0
        for p in files:
            r = check(p)
            if r:
                nq += r[0]
                nf += r[1]
                ns += r[3]
                print(f"{folder}/{p.stem}: {r[0]} quotes, {r[1]} figures, {r[2]} words"
                      + ("" if r[3] else ", no summary"))
        total[folder] = (len(files), nq, nf, ns)
    for w in warnings:
        print("note:", w)
    for e in errors:
        print("ERROR:", e)
    for k, (n, q, f, sm) in total.items():
        print(f"{k}: {n} articles, {q} quotes, {f} figures, {sm} summaries")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
