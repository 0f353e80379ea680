//! The query/filter model: what the user asked to see, how it reads from and writes to the URL,
//! and which cards and facet counts follow from it. Pure, so it is tested natively.

use crate::extract::model::{Corpus, Event, Quote};

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

/// The user's filters. Lives in the URL query so it can be shared and restored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Canonical speaker names; empty means every speaker.
    pub speakers: Vec<String>,
    pub view: View,
}

impl Query {
    /// Reads `speaker=…&view=…` (with or without the leading `?`). Unknown keys and bad
    /// values are ignored, so an old or hand-edited link still opens.
    pub fn from_url_query(query: &str) -> Query {
        let mut out = Query::default();
        for (key, value) in parse_pairs(query) {
            match key.as_str() {
                "speaker" if !value.is_empty() && !out.speakers.contains(&value) => out.speakers.push(value),
                "view" => out.view = View::parse(&value).unwrap_or_default(),
                _ => {}
            }
        }
        out
    }

    /// The canonical URL query, `?`-prefixed, or empty when nothing is filtered.
    pub fn to_url_query(&self) -> String {
        let mut pairs: Vec<(&str, &str)> = self.speakers.iter().map(|s| ("speaker", s.as_str())).collect();
        if self.view != View::All {
            pairs.push(("view", self.view.as_str()));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let body: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
        format!("?{}", body.join("&"))
    }

    pub fn toggle_speaker(&mut self, name: &str) {
        if let Some(i) = self.speakers.iter().position(|s| s == name) {
            self.speakers.remove(i);
        } else {
            self.speakers.push(name.to_string());
        }
    }

    pub fn quote_matches(&self, quote: &Quote) -> bool {
        self.speakers.is_empty()
            || quote.speaker.as_ref().is_some_and(|s| self.speakers.iter().any(|x| x == s))
    }

    /// Events have no speaker: a speaker filter narrows the page to quotes.
    pub fn event_matches(&self, _event: &Event) -> bool {
        self.speakers.is_empty()
    }
}

/// Points at one quote or event of the corpus: `(article index, item index)`.
pub type ItemRef = (usize, usize);

pub fn visible_quotes(corpus: &Corpus, query: &Query) -> Vec<ItemRef> {
    if !query.view.shows_quotes() {
        return Vec::new();
    }
    collect(corpus, |a| &a.quotes, |q| query.quote_matches(q))
}

pub fn visible_events(corpus: &Corpus, query: &Query) -> Vec<ItemRef> {
    if !query.view.shows_events() {
        return Vec::new();
    }
    collect(corpus, |a| &a.events, |e| query.event_matches(e))
}

fn collect<T>(
    corpus: &Corpus,
    items: impl Fn(&crate::extract::model::Article) -> &Vec<T>,
    keep: impl Fn(&T) -> bool,
) -> Vec<ItemRef> {
    let mut out = Vec::new();
    for (ai, article) in corpus.articles.iter().enumerate() {
        for (i, item) in items(article).iter().enumerate() {
            if keep(item) {
                out.push((ai, i));
            }
        }
    }
    out
}

/// Every named speaker with the number of their quotes, most quoted first, then by name.
pub fn speaker_counts(corpus: &Corpus) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for quote in corpus.articles.iter().flat_map(|a| &a.quotes) {
        let Some(name) = &quote.speaker else { continue };
        match counts.iter_mut().find(|(n, _)| n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name.clone(), 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}

fn parse_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
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
mod tests {
    use super::*;

    #[test]
    fn url_round_trip_keeps_speakers_and_view() {
        let q = Query { speakers: vec!["Dmitry Peskov".into(), "Zoë O'Neil & Co".into()], view: View::Quotes };
        let url = q.to_url_query();
        assert_eq!(url, "?speaker=Dmitry%20Peskov&speaker=Zo%C3%AB%20O%27Neil%20%26%20Co&view=quotes");
        assert_eq!(Query::from_url_query(&url), q);
    }

    #[test]
    fn bad_url_values_fall_back_to_defaults() {
        let q = Query::from_url_query("?view=nope&speaker=&x=1&speaker=A+B&bad=%zz");
        assert_eq!(q, Query { speakers: vec!["A B".into()], view: View::All });
        assert_eq!(decode("100%"), "100%");
        assert_eq!(Query::default().to_url_query(), "");
    }

    #[test]
    fn toggling_a_speaker_adds_then_removes_it() {
        let mut q = Query::default();
        q.toggle_speaker("A");
        q.toggle_speaker("B");
        q.toggle_speaker("A");
        assert_eq!(q.speakers, vec!["B".to_string()]);
    }
}
