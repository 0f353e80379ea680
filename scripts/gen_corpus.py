#!/usr/bin/env python3
"""Generates a synthetic corpus of news articles for the page benchmark (`make bench-page`).

    scripts/gen_corpus.py N OUTDIR [--seed S] [--list-names]

Writes N plain-text articles (the seed format of docs/SEEDS.md) to OUTDIR, made from the repo's
own articles (tests/articles/*.txt and seeds/*.txt): each one is a source article whose people,
places, dates and reporting verbs are replaced consistently, with a block of paragraphs borrowed
from another article and, sometimes, a block of reader comments. The same N and seed always give
the same files, so figures measured on two branches compare. Python 3 standard library only.

The sources share a few thousand words, far fewer than real news (about 25,000 distinct words in
1,000 articles): so that search and indexing are measured on a realistic vocabulary, a share of
the longer lower-case words (never a word of the extractor's lexicon, a function word or a time
word) is replaced by made-up words drawn with Zipf frequencies from a fixed list of 60,000.
Articles are also lengthened to real news's 3-9 KB with background paragraphs of such words, so
that quotes and dates are as dense as in real news (about two quotes a kilobyte).
`--plain-vocabulary` turns both off (the corpus of the figures before session 15, but for the
names in capitals, such as a transcript's speaker labels, renamed like the others since session 16).

OUTDIR is emptied of *.txt first (it belongs under target/, never committed). Every file is
checked against the rules of docs/SEEDS.md before the script says it is done: a bad file would
otherwise fail the build far later.
"""

import argparse
import datetime
import hashlib
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "tests/articles").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))

# Target first and last names: about 150 x 200, so 10,000 articles have thousands of distinct
# speakers (and the same person comes back in a few articles, as in real news).
FIRST = """Aaron Abdul Ada Adebayo Agnes Ahmed Aiko Alan Alejandro Aleksander Alice Amara Amira Ana
Anders Andrea Anika Anton Arjun Astrid Ayesha Bea Beatriz Ben Bilal Bjorn Camille Carlos Carmen
Chen Chiara Chloe Claire Colin Dana Daniel Dario Dell Diego Dmitry Eleanor Elena Elif Emeka Emil
Emma Erik Esther Eva Farah Fatima Felix Fiona Frank Freya Gabriel Graham Greta Hana Hannah Hassan
Helen Henrik Hiroshi Hugo Ibrahim Ines Ingrid Isaac Isabel Ivan Jamal Jana Javier Jen Joao Jonas
Jonathan Jorge Julia Kamal Kari Karim Kate Kenji Kofi Lars Laura Leila Lena Leon Lina Lucas Lucia
Luis Maja Malik Marco Margaret Maria Mariam Mark Marta Martin Mateo Maya Mei Mikhail Nadia Naledi
Nikolai Nina Noah Nora Olena Oliver Omar Oscar Patricia Paul Pedro Per Priya Rafael Rania Ravi Rosa
Ruth Sami Sara Sean Selin Simon Sofia Sven Tariq Teresa Thomas Tobias Tom Tor Ursula Valentina
Victor Wei Yara Yuki Yuri Zainab Zoe Suresh Steve Olga Pavel Rahul Anjali Kwame Ngozi Robert Alicia Joseph Rick Owen Serhiy Lauren
Donald Volodymyr Vladimir Tanya Andriy""".split()
LAST = """Abbott Achebe Adeyemi Agarwal Ahmadi Alvarez Andersen Aoki Arslan Bakker Banerjee Barros
Becker Bennett Berg Bianchi Borowski Brennan Byrne Campbell Carvalho Castro Chaudhry Chen Costa
Dahl Delaney Delgado Demir Dubois Eriksen Esposito Falk Farouk Ferreira Fischer Fontaine Fraser
Garcia Gomez Grant Greco Gupta Haddad Hale Hansen Harwell Haugen Hayes Herrera Hoffmann Holm
Hussain Ibrahim Ivanova Jansen Jensen Kaur Keller Khan Kim Kowalski Kravets Kruger Kumar Laine
Lambert Larsen Lindqvist Lopez Lunde Mahmoud Mancini Marlowe Martins Mazur Mendes Menon Mensah
Meyer Moreau Morgan Mwangi Nakamura Navarro Nielsen Novak Nowak Nunes Obi Ochieng Okafor Okonkwo
Olsen Onwuha Ortiz Osei Park Patel Pereira Petrov Pike Quinn Rahman Ramos Reeve Reyes Ricci Rossi
Roux Russo Sahin Salazar Santos Sato Schmidt Schulz Sharma Silva Singh Solberg Sorensen Stevens
Suzuki Tanaka Tan Teixeira Thorne Torres Tran Varga Vasquez Vogel Wagner Walsh Weber Whitaker
Whitcombe Whitfield Wojcik Yamamoto Yilmaz Young Zhang Zielinski Ziegler Abara Bashir Corbett
Dimitrov Ekwueme Fagerlund Galloway Hartmann Iqbal Jovanovic Kapoor Lindgren Moreno Nasser
Oyelaran Pajari Rasmussen Sandoval Takahashi Ueda Valdez Wallin Xu Yusuf Zapata Aydin Bergstrom
Castellano Duarte Engstrom Fonseca Gallagher Horvath Ishikawa Jaramillo Kovacs Lehmann Madsen
Nyberg Osterberg Pacheco Quiroga Rautio Strand Tamura Ulloa Vikström Westergaard""".split()
# Cities the extractor's gazetteer knows (so events keep places), plus the sources' own towns.
PLACES = """Oslo Bergen Leeds Moscow Kyiv Odesa Paris London Berlin Madrid Rome Vienna Warsaw Prague
Lisbon Athens Istanbul Cairo Nairobi Lagos Dakar Accra Tokyo Seoul Beijing Delhi Mumbai Karachi
Dhaka Jakarta Manila Sydney Toronto Chicago Boston Houston Geneva Brussels Amsterdam Dublin
Helsinki Stockholm Copenhagen Budapest Bucharest Sofia Belgrade Zagreb Riga Vilnius Tallinn
Kharkiv Dnipro Lviv Minsk Tbilisi Baku Ankara Beirut Amman Doha Dubai Riyadh Tehran Baghdad
Kabul Bangkok Hanoi Singapore Lima Bogota Caracas Santiago Havana Montreal Vancouver Marseille
Munich Hamburg Milan Naples Barcelona Seville Porto Krakow Gdansk Odessa Lubbock Harrisburg
Bengaluru Wilmington Fairhaven Millbrook""".split() + ["Abu Dhabi", "New York", "Cape Town",
                                                        "Buenos Aires", "Hong Kong", "Tel Aviv"]
MONTHS = "January February March April May June July August September October November December".split()
MONTH_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec".split()
# Reporting verbs the extractor knows as speech cues; "said" is sometimes swapped for one.
SAID_SWAPS = ["added", "noted", "stated", "argued", "explained", "insisted", "warned"]
SAYS_SWAPS = ["adds", "notes", "argues", "insists", "warns"]
# Capitalised words that are never a first name or surname.
NOT_NAMES = set(MONTHS + MONTH_ABBR + """Monday Tuesday Wednesday Thursday Friday Saturday Sunday
The A An In On At Of And But For With President Minister Chief Executive Judge Governor Gov
Chancellor Mr Mrs Ms Dr Prime Street Drive Road Council City County United National League
University Energy Records Ice Shelf Sea Nuclear Power Plant House State States Health British
Antarctic Scrap Defence Ministry West East North South Texas While Ukraine Russia Striker""".split())
USERNAMES = ["MarkT", "hc_local", "Old Town Resident", "Jen K.", "Loubianka", "KittyKat", "Africa",
             "Katchuka", "Eugene Alta", "Cyclist_Fairhaven", "night_owl", "Reader1987", "pm_watcher",
             "Concerned Parent", "Sam from Leeds", "TruthSeeker", "grumpy_cat", "J. Morales"]


LEXICON = ROOT / "src/extract/lexicon"
# Words a made-up word never replaces, beside the lexicon's: time words the date finder reads,
# and words the quote rules and the structure rules look at.
KEEP = set("""about according across actually against already although always another around
because before behind believe between beyond during either enough around ending evening
earlier following further however instead itself latest latter midnight minutes months morning
nearly neither nothing others perhaps previous previously quarter rather recent recently second
seconds since something sometimes spring summer autumn winter through throughout together
tomorrow tonight toward towards unless until weekend weekly whether whereas within without
yesterday decade decades century centuries middle beginning later afternoon comments comment
reporting editing reported statement statements interview""".split())
SYLLABLES = """ba be bi bo bu da de di do du fa fe fi fo ga ge go ka ke ki ko la le li lo lu ma me mi mo
mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi vo za ze
bar ber dan del fin gor kal ker lan lin mar mer nor par per ran rin sal sen tan ter vel
zor tion ment ness ity""".split()
MADE_UP_WORDS = 60000
SWAP_SHARE = 0.5


def protected_words():
    """The lexicon's words and forms (src/extract/lexicon/*.tsv), and KEEP."""
    words = set(KEEP)
    for tsv in LEXICON.glob("*.tsv"):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cols = line.split("\t")
            for col in cols[:2]:
                words.update(w.lower() for w in col.split())
    return words


def made_up_words():
    """60,000 distinct pronounceable non-words, the same on every run, and Zipf weights."""
    rng = random.Random(1)
    words, seen = [], set()
    while len(words) < MADE_UP_WORDS:
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if len(w) >= 5 and w not in seen:
            seen.add(w)
            words.append(w)
    cumulative, total = [], 0.0
    for rank in range(len(words)):
        total += 1.0 / (rank + 1)
        cumulative.append(total)
    return words, cumulative


# Words of the background paragraphs, beside the made-up ones.
FUNCTION_WORDS = """the of and to in a that for on with as by at from is was are were it its this an be
has have had not but or which who their more than about after into over also""".split()


def comment_lines(lines):
    """The reader comments block at the end of `lines` ("N Comments" and after), if any."""
    for i, line in enumerate(lines):
        if re.fullmatch(r"\d+ Comments?", line):
            return lines[i:]
    return []


class Vocabulary:
    """Replaces a share of an article's longer lower-case words with made-up ones, and lengthens
    it with background paragraphs: the sources are about three times as dense in quotes and dates
    as real news (about two quotes a kilobyte), so real length comes from text without either."""

    def __init__(self, rng):
        self.rng = rng
        self.keep = protected_words()
        self.words, self.cumulative = made_up_words()

    def __call__(self, text):
        def swap(m):
            w = m.group(0)
            if w in self.keep or self.rng.random() >= SWAP_SHARE:
                return w
            return self.rng.choices(self.words, cum_weights=self.cumulative)[0]
        return re.sub(r"(?<![\w'’-])[a-z]{6,}(?![\w'’-])", swap, text)

    def word(self):
        return self.rng.choices(self.words, cum_weights=self.cumulative)[0]

    def paragraph(self):
        """Two to four sentences of made-up and function words: no quotation, date or name."""
        sentences = []
        for _ in range(self.rng.randint(2, 4)):
            words = [self.rng.choice(FUNCTION_WORDS) if self.rng.random() < 0.45 else self.word()
                     for _ in range(self.rng.randint(10, 26))]
            sentences.append(" ".join(words).capitalize() + ".")
        return " ".join(sentences)

    def lengthen(self, lines, target, body_end):
        """Background paragraphs between the body's paragraphs (never inside an open quotation,
        never after the comments) until the article has about `target` bytes."""
        while sum(len(line) + 1 for line in lines) < target:
            cuts = [c for c in quote_safe_cuts(lines[1:body_end]) if c >= 1] or [body_end - 1]
            at = 1 + self.rng.choice(cuts)
            lines.insert(at, self.paragraph())
            body_end += 1


def read_sources():
    """Each source as (title, paragraphs, comments); headings count as paragraphs."""
    out = []
    for path in SOURCES:
        text = path.read_text(encoding="utf-8").lstrip("\ufeff").replace("\r\n", "\n")
        lines = [l.strip() for l in text.split("\n") if l.strip()]
        title, body, comments = lines[0], lines[1:], []
        for i, line in enumerate(body):
            if re.fullmatch(r"\d+ Comments?", line):
                rest = body[i + 1:]
                comments = [(rest[j], rest[j + 1]) for j in range(0, len(rest) - 1, 2)]
                body = body[:i]
                break
        out.append((title, body, comments))
    return out


def find_names(title, body):
    """Full names "First Last" in one source, and their surnames. A pair is a name when its first
    word is a known first name, or when the surname also stands alone ("Solberg said")."""
    text = "\n".join([title] + body)
    pairs = set()
    # A lookahead, so "Chancellor Martin Hale" yields "Martin Hale" too (matches overlap).
    for m in re.finditer(r"\b(?=([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)", text):
        first, last = m.groups()
        if first in NOT_NAMES or last in NOT_NAMES or last in PLACES or first in PLACES:
            continue
        alone = len(re.findall(rf"\b{last}\b", text)) > len(re.findall(rf"\b{first} {last}\b", text))
        if first in FIRST or alone:
            pairs.add((first, last))
    return pairs


# A transcript's or an interview's turn label: "MODERATOR:", "SEN. ADLER:", "Nadia Ferreira:", "Q:".
TURN_LABEL = re.compile(r"^[A-Z][A-Za-z.'\- ]{0,40}: ")


def quote_safe_cuts(body):
    """Indices i where a block may start: no quotation is open after paragraph i-1 (news quotes
    run over paragraphs; cutting inside one would change every attribution after it), and not
    between two turns of a transcript (a turn runs over its unlabelled paragraphs)."""
    turns = [i for i, p in enumerate(body) if TURN_LABEL.match(p)]
    inside = range(turns[0] + 1, turns[-1] + 1) if len(turns) > 1 else range(0)
    return [c for c in quote_closed_cuts(body) if c not in inside]


def quote_closed_cuts(body):
    """Indices i where no quotation is open after paragraph i-1."""
    cuts, open_ = [0], False
    for i, p in enumerate(body):
        # Curly quotes nest by count; straight ones toggle.
        depth = p.count("\u201c") - p.count("\u201d")
        if p.count('"') % 2:
            open_ = not open_
        if depth > 0:
            open_ = True
        elif depth < 0:
            open_ = False
        if not open_:
            cuts.append(i + 1)
    return cuts


class Rewriter:
    """One article's consistent replacements: people, places, dates and verbs."""

    def __init__(self, rng, surnames, firsts):
        self.rng = rng
        self.last = {s: rng.choice(LAST) for s in sorted(surnames)}
        self.first = {f: rng.choice(FIRST) for f in sorted(firsts)}
        self.place = {}
        self.years = rng.randint(-26, 1)   # many years: 2000..2027 for sources dated 2026
        self.months = rng.randint(0, 11)
        self.days = rng.randint(0, 3)
        names = sorted(set(self.last) | set(self.first), key=len, reverse=True)
        # In capitals too: a transcript's speaker labels ("SEN. ADLER:") name the same people.
        self.capitals = {n.upper(): n for n in names if len(n) > 1 and n.upper() != n}
        alternatives = names + sorted(self.capitals, key=len, reverse=True)
        self.name_re = re.compile(r"\b(" + "|".join(map(re.escape, alternatives)) + r")\b") if names else None
        places = sorted(PLACES, key=len, reverse=True)
        self.place_re = re.compile(r"\b(" + "|".join(map(re.escape, places)) + r"|"
                                   + "|".join(re.escape(p.upper()) for p in places) + r")\b")

    def _name(self, m):
        w = m.group(1)
        if w in self.capitals and w not in self.last and w not in self.first:
            name = self.capitals[w]
            return (self.last.get(name) or self.first[name]).upper()
        return self.last.get(w) or self.first[w]

    def _place(self, m):
        w = m.group(1)
        key = w.title() if w.isupper() else w
        if key not in self.place:
            self.place[key] = self.rng.choice(PLACES)
        new = self.place[key]
        return new.upper() if w.isupper() and len(w) > 1 else new

    def _month(self, name, abbr):
        i = (abbr.index(name) if name in abbr else MONTHS.index(name))
        j = (i + self.months) % 12
        return abbr[j] if name in abbr else MONTHS[j]

    def _day(self, d):
        n = int(d)
        return str(n + self.days) if n + self.days <= 28 else d

    def _said(self, m):
        if self.rng.random() < 0.3:
            return self.rng.choice(SAID_SWAPS if m.group(0) == "said" else SAYS_SWAPS)
        return m.group(0)

    def __call__(self, text):
        if self.name_re:
            text = self.name_re.sub(self._name, text)
        text = self.place_re.sub(self._place, text)
        text = re.sub(r"\b(19[5-9]\d|20[0-3]\d)\b", lambda m: str(int(m.group(1)) + self.years), text)
        # "May" is skipped as a source month: it is also a name and a verb.
        months = "|".join([m for m in MONTHS if m != "May"] + [a for a in MONTH_ABBR if a != "May"])
        text = re.sub(rf"\b(?:(?P<d1>[1-9]|[12]\d|3[01]) (?P<m>{months})\b(?P<dot>\.)?"
                      rf"|(?P<m2>{months})\b)", lambda m: self._date_any(m), text)
        return re.sub(r"\b(said|says)\b", self._said, text)

    def _date_any(self, m):
        if m.group("m2"):
            # A month first: its day (and range) follow it, if any.
            return self._month(m.group("m2"), MONTH_ABBR) if m.group("m2") in MONTH_ABBR \
                else self._month(m.group("m2"), MONTHS)
        return f"{self._day(m.group('d1'))} " + (self._month(m.group("m"), MONTH_ABBR)
                                                  if m.group("m") in MONTH_ABBR else self._month(m.group("m"), MONTHS)) \
            + (m.group("dot") or "")


def shift_month_days(text, days):
    """Days written after a month ("March 5", "Jan. 27-28") move by `days` (kept ≤ 28)."""
    months = "|".join(MONTHS + MONTH_ABBR)

    def day(d):
        return str(int(d) + days) if int(d) + days <= 28 else d

    def sub(m):
        tail = f"-{day(m.group(4))}" if m.group(4) else ""
        return f"{m.group(1)}{m.group(2)}{day(m.group(3))}{tail}"
    return re.sub(rf"\b({months})(\.? )([1-9]|[12]\d|3[01])\b(?:-([1-9]|[12]\d|3[01])\b)?", sub, text)


WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def fix_weekdays(text):
    """Shifted dates keep their weekday ("Tuesday, March 5, 2019") true, as a real article would:
    the extractor warns about every contradiction, and thousands of warnings would bury the rest."""
    months = "|".join(MONTHS + MONTH_ABBR)

    def month_number(name):
        return (MONTH_ABBR.index(name) if name in MONTH_ABBR else MONTHS.index(name)) + 1

    def sub(m):
        g = m.groupdict()
        month, day, year = (g["m1"], g["d1"], g["y1"]) if g["m1"] else (g["m2"], g["d2"], g["y2"])
        try:
            weekday = WEEKDAYS[datetime.date(int(year), month_number(month), int(day)).weekday()]
        except ValueError:  # a day that month does not have: leave it as it is
            return m.group(0)
        return weekday + m.group(0)[len(g["w"]):]
    return re.sub(rf"\b(?P<w>{'|'.join(WEEKDAYS)}),? (?:(?P<d1>\d{{1,2}}) (?P<m1>{months})\.? (?P<y1>\d{{4}})"
                  rf"|(?P<m2>{months})\.? (?P<d2>\d{{1,2}}),? (?P<y2>\d{{4}}))", sub, text)


def generate(n, seed, plain_vocabulary=False):
    rng = random.Random(seed)
    vocabulary = None if plain_vocabulary else Vocabulary(random.Random(seed + 1))
    sources = read_sources()
    names = [find_names(t, b) for t, b, _ in sources]
    all_last = {l for ns in names for _, l in ns}
    # Only real first names: "Invites Zelenskyy" (a title) renames the surname alone.
    all_first = {f for ns in names for f, _ in ns if f in FIRST}
    pool = [c for _, _, cs in sources for c in cs]
    seen = set()
    for i in range(n):
        k = rng.randrange(len(sources))
        title, body, _ = sources[k]
        body = list(body)
        # Borrow a quote-safe block of 2-4 paragraphs from another article, at a safe place.
        other = sources[rng.randrange(len(sources))][1]
        cuts = quote_safe_cuts(other)
        start = rng.choice(cuts[:-1]) if len(cuts) > 1 else 0
        ends = [c for c in cuts if start + 2 <= c <= start + 4] or [cuts[-1]]
        block = other[start:rng.choice(ends)]
        at = rng.choice([c for c in quote_safe_cuts(body) if c >= 1] or [len(body)])
        body[at:at] = block
        rw = Rewriter(rng, all_last, all_first)
        lines = [rw(title)] + [fix_weekdays(shift_month_days(rw(p), rw.days)) for p in body]
        if rng.random() < 0.3 and pool:
            picked = rng.sample(pool, rng.randint(1, min(6, len(pool))))
            lines.append(f"{len(picked)} Comment" + ("" if len(picked) == 1 else "s"))
            for _, comment in picked:
                author = rng.choice(USERNAMES + [f"{rng.choice(FIRST)} {rng.choice(LAST)}"])
                lines += [author, shift_month_days(rw(comment), rw.days)]
        if vocabulary:
            # The title too: it is searched, and its words are the article facet's.
            lines = [vocabulary(line) if not re.fullmatch(r"\d+ Comments?", line) else line for line in lines]
            vocabulary.lengthen(lines, rng.randint(3000, 9000), len(lines) - len(comment_lines(lines)))
        text = "\n".join(lines) + "\n"
        digest = hashlib.sha1(text.encode()).hexdigest()
        if digest in seen:  # the build warns about duplicate texts: make it unique
            text = text.rstrip("\n") + f"\n(Reporting by {rng.choice(FIRST)} {rng.choice(LAST)}; item {i})\n"
            digest = hashlib.sha1(text.encode()).hexdigest()
        seen.add(digest)
        yield f"{i:05d}_{SOURCES[k].stem[:24]}.txt", text


def check(path):
    """The rules of docs/SEEDS.md that make the build fail or warn; returns problems."""
    raw = path.read_bytes()
    problems = []
    if not raw.strip():
        problems.append("is empty")
    if b"\0" in raw or raw.startswith(b"\xef\xbb\xbf"):
        problems.append("NUL byte or BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return problems + [f"not UTF-8 at byte {e.start}"]
    lines = [l for l in text.split("\n") if l.strip()]
    if len(lines[0]) > 200:
        problems.append(f"title line of {len(lines[0])} characters")
    for i, l in enumerate(lines):
        m = re.fullmatch(r"(\d+) Comments?", l)
        if m and int(m.group(1)) * 2 != len(lines) - i - 1:
            problems.append(f"announces {m.group(1)} comments, has {(len(lines) - i - 1) / 2}")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--list-names", action="store_true", help="print the names found in the sources and exit")
    ap.add_argument("--plain-vocabulary", action="store_true", help="keep the sources' words (no made-up words)")
    args = ap.parse_args()
    if args.list_names:
        for (t, b, _), src in zip(read_sources(), SOURCES):
            print(src.name, sorted(find_names(t, b)))
        return
    args.outdir.mkdir(parents=True, exist_ok=True)
    for old in args.outdir.glob("*.txt"):
        old.unlink()
    bad = 0
    total = 0
    for name, text in generate(args.n, args.seed, args.plain_vocabulary):
        path = args.outdir / name
        path.write_text(text, encoding="utf-8")
        total += len(text.encode())
        for p in check(path):
            print(f"{path}: {p}", file=sys.stderr)
            bad += 1
    print(f"{args.n} articles, {total / 1e6:.2f} MB in {args.outdir}" + (f", {bad} problem(s)" if bad else ""))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
