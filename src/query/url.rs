//! What the user asked to see (`Query`) and its URL form: the state a user would share.

use super::calendar::period_bound;
use crate::extract::model::QuoteKind;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    All,
    Quotes,
    Events,
    /// One speaker's page: their quotes, with who they are and what they talk about. Needs
    /// exactly one speaker in the query; otherwise it shows as `Quotes`.
    Speaker,
}

impl View {
    /// The views the toolbar offers.
    pub const ALL: [View; 3] = [View::All, View::Quotes, View::Events];
    /// Every view, in the order of their numbers (`view as usize`).
    pub const EVERY: [View; 4] = [View::All, View::Quotes, View::Events, View::Speaker];

    pub fn as_str(self) -> &'static str {
        match self {
            View::All => "all",
            View::Quotes => "quotes",
            View::Events => "events",
            View::Speaker => "speaker",
        }
    }

    pub fn parse(s: &str) -> Option<View> {
        Self::EVERY.into_iter().find(|v| v.as_str() == s)
    }

    pub fn shows_quotes(self) -> bool {
        self != View::Events
    }

    pub fn shows_events(self) -> bool {
        matches!(self, View::All | View::Events)
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

    /// The page of one speaker (`?speaker=NAME&view=speaker`).
    pub fn speaker_page(name: &str) -> Query {
        Query { speakers: vec![name.to_string()], view: View::Speaker, ..Query::default() }
    }

    /// The speaker whose page this query shows, if it shows one.
    pub fn page_speaker(&self) -> Option<&str> {
        match self.speakers.as_slice() {
            [name] if self.view == View::Speaker => Some(name),
            _ => None,
        }
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

