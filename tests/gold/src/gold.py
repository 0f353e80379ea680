# The small helpers of the hand annotations (one file per set: heldout*.py print a held-out set,
# issue11.py, followup.py and extract3.py merge tuned articles into ../articles.json), and the
# two ways a set is written out.
import json
import os


def Q(speaker, kind, cue, text, req=True):
    return {"speaker": speaker, "kind": kind, "cue": cue, "required": req, "text": text}


def E(start, end, precision, contains, req=True):
    return {"start": start, "end": end, "precision": precision, "required": req, "sentence_contains": contains}


def day(d, contains, req=True):
    return E(d, d, "day", contains, req)


def month(y, m, last, contains, req=True):
    return E(f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}", "month", contains, req)


def year(y, contains, req=True):
    return E(f"{y}-01-01", f"{y}-12-31", "year", contains, req)


def vague(start, end, contains, req=True):
    """An event dated vaguely ("early February", "in the spring"): its range and words."""
    return E(start, end, "vague", contains, req)


def T(speaker, text):
    """A transcript turn (or a turn of a parliamentary record): a direct quote of the labelled
    person."""
    return Q(speaker, "direct", ":", text)


def C(author, text):
    """A reader comment (or a reader's letter)."""
    return Q(author, "comment", "", text)


def A(file, title, people, quotes, events, notes, headings=(), footer=None, not_quotes=()):
    return {"file": file, "title": title, "headings": list(headings), "footer": footer, "comments": [],
            "people": people, "quotes": quotes, "not_quotes": list(not_quotes), "events": events,
            "date_warnings": [], "notes": notes}


def print_held_out(about, articles):
    """A held-out set, on standard output (redirected to ../heldoutN.json)."""
    print(json.dumps({"schema": 1, "about": about, "articles": articles}, indent=1, ensure_ascii=False))


def merge_into_tuned(articles, path=None):
    """Replaces these articles in ../articles.json (the tuned set), the others kept as they are."""
    path = path or os.path.join(os.path.dirname(__file__), "..", "articles.json")
    gold = json.load(open(path, encoding="utf-8"))
    mine = {a["file"] for a in articles}
    gold["articles"] = [a for a in gold["articles"] if a["file"] not in mine] + articles
    open(path, "w", encoding="utf-8").write(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
