//! The query/filter model: what the user asked to see, how it reads from and writes to the URL,
//! and which cards and facet counts follow from it. Pure, so it is tested natively.
//!
//! Facet counts follow the InstantSearch convention: the count next to a value is the number of
//! results the page would show if that value were added, i.e. every *other* active filter applies.

use crate::extract::model::{Article, Corpus, Precision, QuoteKind, Span};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    All,
    Quotes,
    Events,
}

impl View {
    pub const ALL: [View; 3] = [View::All, View::Quotes, View::Events];

    pub fn as_str(self) -> &'static str {
        match self {
            View::All => "all",
            View::Quotes => "quotes",
            View::Events => "events",
        }
    }

    pub fn parse(s: &str) -> Option<View> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    pub fn shows_quotes(self) -> bool {
        self != View::Events
    }

    pub fn shows_events(self) -> bool {
        self != View::Quotes
    }
}

/// Card order: as the articles tell it, or by the date of what is reported.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Article,
    Date,
}

impl Sort {
    pub const ALL: [Sort; 2] = [Sort::Article, Sort::Date];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Article => "article",
            Sort::Date => "date",
        }
    }

    pub fn parse(s: &str) -> Option<Sort> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// The user's filters. Lives in the URL query so it can be shared and restored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Canonical speaker names; empty means every speaker.
    pub speakers: Vec<String>,
    pub kinds: Vec<QuoteKind>,
    /// Article file names.
    pub articles: Vec<String>,
    /// People and places named in a quote's sentence or taking part in an event.
    pub mentions: Vec<String>,
    /// Free text (`q`), matched after folding case and diacritics.
    pub text: String,
    /// First and last day of the period (ISO), inclusive.
    pub from: Option<String>,
    pub to: Option<String>,
    pub view: View,
    pub sort: Sort,
    /// The article open in the reader (file name).
    pub read: Option<String>,
}

/// One facet of the query; used to leave a facet's own filter out of its counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Speaker,
    Kind,
    Article,
    Mention,
    Period,
}

impl Query {
    /// Reads the URL query (with or without the leading `?`). Unknown keys and bad values are
    /// ignored, so an old or hand-edited link still opens.
    pub fn from_url_query(query: &str) -> Query {
        let mut out = Query::default();
        for (key, value) in parse_pairs(query) {
            if value.is_empty() {
                continue;
            }
            match key.as_str() {
                "speaker" => push_unique(&mut out.speakers, value),
                "article" => push_unique(&mut out.articles, value),
                "mention" => push_unique(&mut out.mentions, value),
                "kind" => {
                    if let Some(kind) = QuoteKind::parse(&value) {
                        if !out.kinds.contains(&kind) {
                            out.kinds.push(kind);
                        }
                    }
                }
                "q" => out.text = value,
                "from" => out.from = period_bound(&value, false),
                "to" => out.to = period_bound(&value, true),
                "view" => out.view = View::parse(&value).unwrap_or_default(),
                "sort" => out.sort = Sort::parse(&value).unwrap_or_default(),
                "read" => out.read = Some(value),
                _ => {}
            }
        }
        out
    }

    /// The canonical URL query, `?`-prefixed, or empty when nothing is filtered.
    pub fn to_url_query(&self) -> String {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        pairs.extend(self.speakers.iter().map(|s| ("speaker", s.as_str())));
        pairs.extend(self.kinds.iter().map(|k| ("kind", k.as_str())));
        pairs.extend(self.articles.iter().map(|s| ("article", s.as_str())));
        pairs.extend(self.mentions.iter().map(|s| ("mention", s.as_str())));
        if !self.text.is_empty() {
            pairs.push(("q", &self.text));
        }
        if let Some(from) = &self.from {
            pairs.push(("from", from));
        }
        if let Some(to) = &self.to {
            pairs.push(("to", to));
        }
        if self.view != View::All {
            pairs.push(("view", self.view.as_str()));
        }
        if self.sort != Sort::Article {
            pairs.push(("sort", self.sort.as_str()));
        }
        if let Some(read) = &self.read {
            pairs.push(("read", read));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let body: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
        format!("?{}", body.join("&"))
    }

    pub fn toggle_speaker(&mut self, name: &str) {
        toggle(&mut self.speakers, name.to_string());
    }

    pub fn toggle_kind(&mut self, kind: QuoteKind) {
        toggle(&mut self.kinds, kind);
    }

    pub fn toggle_article(&mut self, file: &str) {
        toggle(&mut self.articles, file.to_string());
    }

    pub fn toggle_mention(&mut self, name: &str) {
        toggle(&mut self.mentions, name.to_string());
    }

    /// Sets the period; bounds may be `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, anything else clears.
    pub fn set_period(&mut self, from: Option<&str>, to: Option<&str>) {
        self.from = from.and_then(|f| period_bound(f, false));
        self.to = to.and_then(|t| period_bound(t, true));
    }

    /// True when any filter narrows the cards (the view, sort and reader do not count).
    pub fn is_filtered(&self) -> bool {
        !(self.speakers.is_empty()
            && self.kinds.is_empty()
            && self.articles.is_empty()
            && self.mentions.is_empty()
            && self.text.trim().is_empty()
            && self.from.is_none()
            && self.to.is_none())
    }

    /// Every filter removed; view, sort and the reader stay as they are.
    pub fn cleared(&self) -> Query {
        Query { view: self.view, sort: self.sort, read: self.read.clone(), ..Query::default() }
    }
}

fn push_unique(list: &mut Vec<String>, value: String) {
    if !list.contains(&value) {
        list.push(value);
    }
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
    match list.iter().position(|x| *x == value) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(value),
    }
}

// ---------------------------------------------------------------------------------------------
// The index: every card of the corpus with what the filters need, computed once.

/// Points at one quote or event of the corpus: `(article index, item index)`.
pub type ItemRef = (usize, usize);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardRef {
    Quote(ItemRef),
    /// One event as reported by one or more articles (first = the earliest article).
    Event(Vec<ItemRef>),
}

impl CardRef {
    /// Stable element id of the card (`q-0-3`, `e-1-0`).
    pub fn id(&self) -> String {
        match self {
            CardRef::Quote((a, i)) => format!("q-{a}-{i}"),
            CardRef::Event(members) => {
                let (a, i) = members[0];
                format!("e-{a}-{i}")
            }
        }
    }
}

/// What the filters look at for one card.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    card: CardRef,
    kind: Option<QuoteKind>,
    speaker: Option<String>,
    articles: Vec<usize>,
    mentions: Vec<String>,
    /// Inclusive ISO period of what is reported, when known.
    period: Option<(String, String)>,
    /// Folded text that free-text search looks in.
    haystack: String,
    /// (article index, char offset) of the first report: "article order".
    position: (usize, usize),
}

/// The corpus prepared for filtering: built once, queried on every change. (`Eq` lets an
/// `Rc<Index>` compare by pointer first, which keeps memoised views cheap.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Index {
    entries: Vec<Entry>,
    files: Vec<String>,
}

/// The cards a query shows, in order, with their totals.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    pub cards: Vec<CardRef>,
    pub quotes: usize,
    pub events: usize,
}

/// `(value, count)` pairs for every facet, counts under the other active filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    pub speakers: Vec<(String, usize)>,
    pub kinds: Vec<(QuoteKind, usize)>,
    /// `(file, count)` in corpus order.
    pub articles: Vec<(String, usize)>,
    pub mentions: Vec<(String, usize)>,
    pub timeline: Vec<YearBucket>,
}

/// Events per year, and per month for those precise enough to have one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct YearBucket {
    pub year: u32,
    pub count: usize,
    /// `(month 1–12, count)`, months with events only, in order.
    pub months: Vec<(u32, usize)>,
}

impl Index {
    pub fn new(corpus: &Corpus) -> Index {
        let mut entries = Vec::new();
        for (a, article) in corpus.articles.iter().enumerate() {
            for i in 0..article.quotes.len() {
                entries.push(quote_entry(article, a, i));
            }
        }
        for members in group_events(corpus) {
            entries.push(event_entry(corpus, members));
        }
        let files = corpus.articles.iter().map(|a| a.file.clone()).collect();
        Index { entries, files }
    }

    /// The id of the card showing the reader sentence `anchor` (`r-q-A-I`, `r-e-A-I`).
    pub fn card_for_reader_anchor(&self, anchor: &str) -> Option<String> {
        let rest = anchor.strip_prefix("r-")?;
        let (kind, numbers) = rest.split_once('-')?;
        let (a, i) = numbers.split_once('-')?;
        let item: ItemRef = (a.parse().ok()?, i.parse().ok()?);
        self.entries.iter().map(|e| &e.card).find(|card| match (kind, card) {
            ("q", CardRef::Quote(r)) => *r == item,
            ("e", CardRef::Event(members)) => members.contains(&item),
            _ => false,
        }).map(CardRef::id)
    }

    /// The cards `query` shows, sorted as it asks.
    pub fn results(&self, query: &Query) -> Results {
        let terms = search_terms(&query.text);
        let mut shown: Vec<&Entry> =
            self.entries.iter().filter(|e| self.matches(e, query, &terms, None)).collect();
        match query.sort {
            Sort::Article => shown.sort_by_key(|e| e.position),
            Sort::Date => shown.sort_by(|a, b| {
                let key = |e: &Entry| (e.period.is_none(), e.period.clone(), e.position);
                key(a).cmp(&key(b))
            }),
        }
        let quotes = shown.iter().filter(|e| e.kind.is_some()).count();
        Results { quotes, events: shown.len() - quotes, cards: shown.into_iter().map(|e| e.card.clone()).collect() }
    }

    /// Facet values with counts. Values the query selected are kept even at count 0, so a
    /// checked box never disappears.
    pub fn facets(&self, query: &Query) -> Facets {
        let terms = search_terms(&query.text);
        let terms = &terms;
        let pool = |facet| self.entries.iter().filter(move |e| self.matches(e, query, terms, Some(facet)));

        let mut speakers = Counter::with(&query.speakers);
        pool(Facet::Speaker).filter_map(|e| e.speaker.clone()).for_each(|s| speakers.add(s));

        let mut kinds: Vec<(QuoteKind, usize)> = QuoteKind::ALL.iter().map(|k| (*k, 0)).collect();
        for kind in pool(Facet::Kind).filter_map(|e| e.kind) {
            if let Some(slot) = kinds.iter_mut().find(|(k, _)| *k == kind) {
                slot.1 += 1;
            }
        }

        let mut articles: Vec<(String, usize)> = self.files.iter().map(|f| (f.clone(), 0)).collect();
        for a in pool(Facet::Article).flat_map(|e| e.articles.iter().copied()) {
            articles[a].1 += 1;
        }

        let mut mentions = Counter::with(&query.mentions);
        pool(Facet::Mention).flat_map(|e| e.mentions.iter().cloned()).for_each(|m| mentions.add(m));

        let timeline = timeline(pool(Facet::Period).filter(|e| e.kind.is_none()));
        Facets { speakers: speakers.sorted(), kinds, articles, mentions: mentions.sorted(), timeline }
    }

    fn matches(&self, e: &Entry, q: &Query, terms: &[String], skip: Option<Facet>) -> bool {
        let is_quote = e.kind.is_some();
        let keep = |facet| skip != Some(facet);
        let view_ok = if is_quote { q.view.shows_quotes() } else { q.view.shows_events() };
        view_ok
            && (!keep(Facet::Speaker) || q.speakers.is_empty() || e.speaker.as_ref().is_some_and(|s| q.speakers.contains(s)))
            && (!keep(Facet::Kind) || q.kinds.is_empty() || e.kind.is_some_and(|k| q.kinds.contains(&k)))
            && (!keep(Facet::Article) || q.articles.is_empty() || e.articles.iter().any(|&a| q.articles.contains(&self.files[a])))
            && (!keep(Facet::Mention) || q.mentions.is_empty() || e.mentions.iter().any(|m| q.mentions.contains(m)))
            && (!keep(Facet::Period) || in_period(e.period.as_ref(), q.from.as_deref(), q.to.as_deref()))
            && terms.iter().all(|t| e.haystack.contains(t.as_str()))
    }
}

/// Every named speaker with the number of their quotes, most quoted first, then by name.
pub fn speaker_counts(corpus: &Corpus) -> Vec<(String, usize)> {
    Index::new(corpus).facets(&Query::default()).speakers
}

/// Counts values, keeping some at zero so they stay listed.
struct Counter(Vec<(String, usize)>);

impl Counter {
    fn with(kept: &[String]) -> Counter {
        Counter(kept.iter().map(|k| (k.clone(), 0)).collect())
    }

    fn add(&mut self, value: String) {
        match self.0.iter_mut().find(|(v, _)| *v == value) {
            Some((_, c)) => *c += 1,
            None => self.0.push((value, 1)),
        }
    }

    /// Most frequent first, then by name.
    fn sorted(mut self) -> Vec<(String, usize)> {
        self.0.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        self.0
    }
}

fn in_period(period: Option<&(String, String)>, from: Option<&str>, to: Option<&str>) -> bool {
    if from.is_none() && to.is_none() {
        return true;
    }
    let Some((start, end)) = period else { return false };
    from.is_none_or(|f| end.as_str() >= f) && to.is_none_or(|t| start.as_str() <= t)
}

fn quote_entry(article: &Article, a: usize, i: usize) -> Entry {
    let quote = &article.quotes[i];
    let mut mentions = people_named_in(article, &quote.sentence);
    mentions.retain(|m| Some(m) != quote.speaker.as_ref());
    let haystack = fold(&format!("{}\n{}", quote.text, quote.speaker.as_deref().unwrap_or("")));
    Entry {
        card: CardRef::Quote((a, i)),
        kind: Some(quote.kind),
        speaker: quote.speaker.clone(),
        articles: vec![a],
        mentions,
        period: quote.date.as_ref().map(|d| (d.start.clone(), d.end.clone())),
        haystack,
        position: (a, quote.span.start),
    }
}

fn event_entry(corpus: &Corpus, members: Vec<ItemRef>) -> Entry {
    let (a0, i0) = members[0];
    let first = &corpus.articles[a0].events[i0];
    let mut mentions: Vec<String> = Vec::new();
    let mut haystack = String::new();
    let mut articles = Vec::new();
    for &(a, i) in &members {
        let article = &corpus.articles[a];
        let event = &article.events[i];
        let named = event.actors.iter().chain(&event.places).cloned().chain(people_named_in(article, &event.sentence));
        named.for_each(|m| push_unique(&mut mentions, m));
        haystack.push_str(&fold(&event.sentence));
        haystack.push('\n');
        if !articles.contains(&a) {
            articles.push(a);
        }
    }
    Entry {
        kind: None,
        speaker: None,
        articles,
        mentions,
        period: Some((first.start.clone(), first.end.clone())),
        haystack,
        position: (a0, first.sentence_span.start),
        card: CardRef::Event(members),
    }
}

/// Canonical names of the article's people whose name or an alias occurs in `sentence`.
fn people_named_in(article: &Article, sentence: &str) -> Vec<String> {
    article
        .people
        .iter()
        .filter(|p| std::iter::once(&p.name).chain(&p.aliases).any(|n| !n.is_empty() && sentence.contains(n.as_str())))
        .map(|p| p.name.clone())
        .collect()
}

/// Groups the reports of one event: the same dates and precision, from different articles, and
/// sentences about the same thing (a shared place, or many shared words).
pub fn group_events(corpus: &Corpus) -> Vec<Vec<ItemRef>> {
    let mut groups: Vec<Vec<ItemRef>> = Vec::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        for i in 0..article.events.len() {
            let home = groups.iter_mut().find(|g| {
                g.iter().all(|&(ga, _)| ga != a) && same_event(corpus, g[0], (a, i))
            });
            match home {
                Some(group) => group.push((a, i)),
                None => groups.push(vec![(a, i)]),
            }
        }
    }
    groups
}

fn same_event(corpus: &Corpus, x: ItemRef, y: ItemRef) -> bool {
    let ex = &corpus.articles[x.0].events[x.1];
    let ey = &corpus.articles[y.0].events[y.1];
    if ex.start != ey.start || ex.end != ey.end || ex.precision != ey.precision {
        return false;
    }
    let shared_place = ex.places.iter().any(|p| ey.places.contains(p));
    shared_place || word_overlap(&ex.sentence, &ey.sentence) >= 0.4
}

/// Jaccard overlap of the longer words of two sentences (short words say little).
fn word_overlap(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        let mut w: Vec<String> = fold(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4 && !w.chars().all(|c| c.is_ascii_digit()) && !is_filler(w))
            .map(str::to_string)
            .collect();
        w.sort();
        w.dedup();
        w
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let shared = wa.iter().filter(|w| wb.contains(w)).count();
    shared as f64 / (wa.len() + wb.len() - shared) as f64
}

/// Words that appear in many unrelated event sentences: dates and common verbs.
fn is_filler(word: &str) -> bool {
    const FILLER: [&str; 24] = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "were", "was", "have", "been", "with", "from", "that", "this", "held",
        "said", "will", "their", "which",
    ];
    FILLER.contains(&word)
}

fn timeline<'a>(events: impl Iterator<Item = &'a Entry>) -> Vec<YearBucket> {
    let mut years: Vec<YearBucket> = Vec::new();
    for (start, end) in events.filter_map(|e| e.period.as_ref()) {
        let Some((year, month, _)) = parse_iso(start) else { continue };
        let same_month = end.get(..7) == start.get(..7);
        let bucket = match years.iter_mut().position(|y| y.year == year) {
            Some(i) => &mut years[i],
            None => {
                years.push(YearBucket { year, ..YearBucket::default() });
                years.last_mut().expect("just pushed")
            }
        };
        bucket.count += 1;
        if same_month {
            match bucket.months.iter_mut().find(|(m, _)| *m == month) {
                Some((_, c)) => *c += 1,
                None => bucket.months.push((month, 1)),
            }
        }
    }
    years.sort_by_key(|y| y.year);
    for y in &mut years {
        y.months.sort();
    }
    years
}

// ---------------------------------------------------------------------------------------------
// Dates.

/// `(year, month, day)` of a well-formed ISO date.
pub fn parse_iso(s: &str) -> Option<(u32, u32, u32)> {
    let mut parts = s.splitn(3, '-');
    let year: u32 = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
    let month: u32 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    let day: u32 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day)).then_some((year, month, day))
}

pub fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A period bound as a full ISO day: `2026` → `2026-01-01` (or `-12-31` for an end), `2026-02`
/// → `2026-02-01` (or the month's last day). Anything else is `None`.
pub fn period_bound(s: &str, is_end: bool) -> Option<String> {
    let s = s.trim();
    if parse_iso(s).is_some() {
        return Some(s.to_string());
    }
    let year: u32 = s.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?.parse().ok()?;
    match s.len() {
        4 => Some(if is_end { format!("{year:04}-12-31") } else { format!("{year:04}-01-01") }),
        7 if s.as_bytes()[4] == b'-' => {
            let month: u32 = s[5..].parse().ok().filter(|m| (1..=12).contains(m))?;
            let day = if is_end { days_in_month(year, month) } else { 1 };
            Some(format!("{year:04}-{month:02}-{day:02}"))
        }
        _ => None,
    }
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

pub fn month_name(month: u32) -> &'static str {
    MONTHS.get(month.wrapping_sub(1) as usize).copied().unwrap_or("?")
}

/// A date for people: `Jan 23–24, 2026`, `Feb 2022`, `early Feb 2026`, `2014`. Malformed
/// dates are shown as written.
pub fn display_date(start: &str, end: &str, precision: Precision) -> String {
    let (Some((y1, m1, d1)), Some((y2, m2, d2))) = (parse_iso(start), parse_iso(end)) else {
        return if start == end { start.to_string() } else { format!("{start} – {end}") };
    };
    let (mn1, mn2) = (month_name(m1), month_name(m2));
    match precision {
        Precision::Year if y1 == y2 => format!("{y1}"),
        Precision::Year => format!("{y1}–{y2}"),
        Precision::Month if (y1, m1) == (y2, m2) => format!("{mn1} {y1}"),
        Precision::Month if y1 == y2 => format!("{mn1}–{mn2} {y1}"),
        Precision::Month => format!("{mn1} {y1} – {mn2} {y2}"),
        Precision::Vague => {
            let part = match d1 {
                1..=10 => "early",
                11..=20 => "mid",
                _ => "late",
            };
            format!("{part} {mn1} {y1}")
        }
        Precision::Day if start == end => format!("{mn1} {d1}, {y1}"),
        Precision::Day if (y1, m1) == (y2, m2) => format!("{mn1} {d1}–{d2}, {y1}"),
        Precision::Day if y1 == y2 => format!("{mn1} {d1} – {mn2} {d2}, {y1}"),
        Precision::Day => format!("{mn1} {d1}, {y1} – {mn2} {d2}, {y2}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Free-text search: folding and highlighting.

/// Lower case without diacritics, curly quotes made straight: `ZELENSKYY` ~ `Zelenskyy`,
/// `Zoë` ~ `zoe`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out);
    }
    out
}

fn push_folded(c: char, out: &mut String) {
    for lower in c.to_lowercase() {
        match lower {
            '\u{300}'..='\u{36f}' => {}
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            '‘' | '’' | '‚' | '′' => out.push('\''),
            '“' | '”' | '„' | '″' => out.push('"'),
            '–' | '—' => out.push('-'),
            other => out.push(base_letter(other)),
        }
    }
}

const BASE_LETTERS: [(&str, char); 19] = [
    ("àáâãäåāăą", 'a'),
    ("çćĉċč", 'c'),
    ("ďđ", 'd'),
    ("èéêëēĕėęě", 'e'),
    ("ĝğġģ", 'g'),
    ("ĥħ", 'h'),
    ("ìíîïĩīĭįı", 'i'),
    ("ĵ", 'j'),
    ("ķ", 'k'),
    ("ĺļľŀł", 'l'),
    ("ñńņňŉ", 'n'),
    ("òóôõöøōŏő", 'o'),
    ("ŕŗř", 'r'),
    ("śŝşšș", 's'),
    ("ţťŧț", 't'),
    ("ùúûüũūŭůűų", 'u'),
    ("ŵ", 'w'),
    ("ýÿŷ", 'y'),
    ("źżž", 'z'),
];

fn base_letter(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    BASE_LETTERS.iter().find(|(set, _)| set.contains(c)).map_or(c, |(_, base)| *base)
}

/// The search's words, folded; every one must occur in a card (substring, so `Zelensky`
/// finds `Zelenskyy`).
pub fn search_terms(text: &str) -> Vec<String> {
    let mut terms: Vec<String> = fold(text).split_whitespace().map(|t| t.trim_matches('"').to_string()).collect();
    terms.retain(|t| !t.is_empty());
    terms.dedup();
    terms
}

/// `text` cut into pieces, `true` for the ones that match a search term.
pub fn highlight(text: &str, query_text: &str) -> Vec<(String, bool)> {
    let terms = search_terms(query_text);
    let chars: Vec<char> = text.chars().collect();
    // The folded text, and for each folded char the original char it came from.
    let mut folded: Vec<char> = Vec::new();
    let mut origin: Vec<usize> = Vec::new();
    let mut buf = String::new();
    for (i, &c) in chars.iter().enumerate() {
        buf.clear();
        push_folded(c, &mut buf);
        for f in buf.chars() {
            folded.push(f);
            origin.push(i);
        }
    }
    let mut hit = vec![false; chars.len()];
    for term in &terms {
        let needle: Vec<char> = term.chars().collect();
        for start in 0..folded.len().saturating_sub(needle.len() - 1) {
            if folded[start..start + needle.len()] == needle[..] {
                for &o in &origin[start..start + needle.len()] {
                    hit[o] = true;
                }
            }
        }
    }
    let mut pieces: Vec<(String, bool)> = Vec::new();
    for (c, h) in chars.into_iter().zip(hit) {
        match pieces.last_mut() {
            Some((s, last)) if *last == h => s.push(c),
            _ => pieces.push((c.to_string(), h)),
        }
    }
    pieces
}

// ---------------------------------------------------------------------------------------------
// The reader: an article's blocks cut into marked segments.

/// What a stretch of the article is, for the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub span: Span,
    pub class: &'static str,
    /// Element id placed where the mark starts (for links from the cards).
    pub id: Option<String>,
    /// Shown on hover/focus (a date warning's reason).
    pub note: Option<String>,
}

/// A run of text with the marks that cover all of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub classes: Vec<&'static str>,
    /// Ids of marks that start here.
    pub anchors: Vec<String>,
    /// Ids of every mark covering the segment (to show the sentence a card linked to).
    pub within: Vec<String>,
    pub notes: Vec<String>,
}

/// Every mark of an article: quote words, dates, date warnings, and the sentences the cards
/// link to (ids `r-q-A-I` / `r-e-A-I`).
pub fn article_marks(article: &Article, a: usize) -> Vec<Mark> {
    let mut marks = Vec::new();
    for (i, q) in article.quotes.iter().enumerate() {
        marks.push(Mark { span: q.sentence_span, class: "sentence", id: Some(format!("r-q-{a}-{i}")), note: None });
        marks.push(Mark { span: q.span, class: q.kind.as_str(), id: None, note: None });
        if let Some(d) = &q.date {
            marks.push(Mark { span: d.span, class: "date", id: None, note: None });
        }
    }
    for (i, e) in article.events.iter().enumerate() {
        marks.push(Mark { span: e.sentence_span, class: "sentence", id: Some(format!("r-e-{a}-{i}")), note: None });
        marks.push(Mark { span: e.date.span, class: "date", id: None, note: None });
    }
    for w in &article.date_warnings {
        marks.push(Mark { span: w.span, class: "warning", id: None, note: Some(w.why.clone()) });
    }
    marks
}

/// Cuts the char range `block` of `text` at every mark boundary. Marks are char offsets; ones
/// outside the block or the text are clipped, empty or reversed ones ignored.
pub fn segments(text: &str, block: Span, marks: &[Mark]) -> Vec<Segment> {
    let chars: Vec<char> = text.chars().collect();
    let end = block.end.min(chars.len());
    let start = block.start.min(end);
    let clip = |s: Span| (s.start.max(start), s.end.min(end));
    let mut cuts = vec![start, end];
    for m in marks {
        let (s, e) = clip(m.span);
        if s < e {
            cuts.extend([s, e]);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    for pair in cuts.windows(2) {
        let (s, e) = (pair[0], pair[1]);
        let covering: Vec<&Mark> = marks.iter().filter(|m| {
            let (ms, me) = clip(m.span);
            ms < me && ms <= s && e <= me
        }).collect();
        let mut classes: Vec<&'static str> = covering.iter().map(|m| m.class).collect();
        classes.dedup();
        out.push(Segment {
            text: chars[s..e].iter().collect(),
            classes,
            anchors: covering.iter().filter(|m| clip(m.span).0 == s).filter_map(|m| m.id.clone()).collect(),
            within: covering.iter().filter_map(|m| m.id.clone()).collect(),
            notes: covering.iter().filter_map(|m| m.note.clone()).collect(),
        });
    }
    out
}

// ---------------------------------------------------------------------------------------------
// URL encoding.

fn parse_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('#')
        .next()
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` and `+`; malformed escapes are kept as written, invalid UTF-8 is replaced.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() && hex(bytes[i + 1]).is_some() && hex(bytes[i + 2]).is_some() => {
                out.push(hex(bytes[i + 1]).unwrap_or(0) * 16 + hex(bytes[i + 2]).unwrap_or(0));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests;
