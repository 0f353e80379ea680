//! The widget's attributes, read and checked against the corpus. Every value that cannot be used
//! becomes a polite notice shown in the widget, never a blank box or a panic.

use crate::extract::case::to_lower;
use crate::extract::model::{Corpus, QuoteKind};
use crate::query::{self, Query, View};

/// What the widget lists. `Timeline` is the events in date order, grouped by year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WidgetView {
    #[default]
    All,
    Quotes,
    Events,
    Timeline,
}

impl WidgetView {
    pub const ALL: [WidgetView; 4] = [Self::All, Self::Quotes, Self::Events, Self::Timeline];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::All => "all",
            Self::Quotes => "quotes",
            Self::Events => "events",
            Self::Timeline => "timeline",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Self::Auto, Self::Light, Self::Dark];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// The attributes `<news-lens>` observes, in the order snippets write them.
pub const ATTRIBUTES: [&str; 11] =
    ["speaker", "q", "kind", "article", "mention", "from", "to", "view", "theme", "compact", "max-height"];

/// What one widget shows and how.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WidgetParams {
    /// Canonical speaker names; names the corpus does not know are kept as written, so they
    /// match nothing (a typo must not widen the widget to every speaker).
    pub speakers: Vec<String>,
    /// Free text (`q`): every word must occur, ignoring case.
    pub text: String,
    pub kinds: Vec<QuoteKind>,
    /// Article file names (unknown ones kept, like speakers).
    pub articles: Vec<String>,
    /// People and places the cards must name (as the app's "Mentioned" facet); names as
    /// written, so an unknown one matches nothing.
    pub mentions: Vec<String>,
    /// Inclusive ISO days.
    pub from: Option<String>,
    pub to: Option<String>,
    pub view: WidgetView,
    pub theme: Theme,
    pub compact: bool,
    /// A CSS length for the card list (`400px`, `30em`, `50vh`).
    pub max_height: Option<String>,
}

/// Attributes read against a corpus: the parameters and a notice per unusable value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub params: WidgetParams,
    pub notices: Vec<String>,
}

/// Reads `(attribute, value)` pairs (later pairs win; unknown attributes are ignored).
pub fn parse(attrs: &[(String, String)], corpus: &Corpus) -> Parsed {
    let mut out = Parsed::default();
    for (name, value) in attrs {
        let value = value.trim();
        let p = &mut out.params;
        let notices = &mut out.notices;
        match name.as_str() {
            "speaker" => p.speakers = resolve_speakers(value, corpus, notices),
            "q" => p.text = value.to_string(),
            "kind" => p.kinds = parse_kinds(value, notices),
            "article" => p.articles = resolve_articles(value, corpus, notices),
            "mention" => p.mentions = split_list(value),
            "from" => p.from = parse_bound(name, value, false, notices),
            "to" => p.to = parse_bound(name, value, true, notices),
            "view" => p.view = parse_choice(name, value, WidgetView::parse, &WidgetView::ALL.map(WidgetView::as_str), notices),
            "theme" => p.theme = parse_choice(name, value, Theme::parse, &Theme::ALL.map(Theme::as_str), notices),
            "compact" => p.compact = !matches!(value.to_ascii_lowercase().as_str(), "false" | "no" | "0" | "off"),
            "max-height" => p.max_height = parse_length(value, notices),
            _ => {}
        }
    }
    if let (Some(from), Some(to)) = (&out.params.from, &out.params.to) {
        if from > to {
            out.notices.push(format!("The period starts ({from}) after it ends ({to}), so nothing can match it."));
        }
    }
    out
}

/// Splits a comma-separated attribute, dropping blanks and repeats.
pub fn split_list(value: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if !out.iter().any(|x| x == item) {
            out.push(item.to_string());
        }
    }
    out
}

fn resolve_speakers(value: &str, corpus: &Corpus, notices: &mut Vec<String>) -> Vec<String> {
    let known = query::speaker_counts(corpus);
    let mut unknown = Vec::new();
    let mut speakers: Vec<String> = Vec::new();
    for name in split_list(value) {
        let resolved = canonical_speaker(&name, corpus, &known).unwrap_or_else(|| {
            unknown.push(name.clone());
            name
        });
        if !speakers.contains(&resolved) {
            speakers.push(resolved);
        }
    }
    if !unknown.is_empty() {
        let names: Vec<&str> = known.iter().map(|(n, _)| n.as_str()).collect();
        notices.push(format!(
            "No speaker named {} in these articles. Known speakers: {}.",
            quoted_list(&unknown),
            shortened(&names, 12)
        ));
    }
    speakers
}

/// The canonical name for `name`: a quoted speaker's name or one of its aliases, ignoring case.
fn canonical_speaker(name: &str, corpus: &Corpus, known: &[(String, usize)]) -> Option<String> {
    let wanted = to_lower(name);
    if let Some((canonical, _)) = known.iter().find(|(n, _)| to_lower(n) == wanted) {
        return Some(canonical.clone());
    }
    let person = corpus
        .articles
        .iter()
        .flat_map(|a| &a.people)
        .find(|p| p.aliases.iter().any(|alias| to_lower(alias) == wanted))?;
    known.iter().any(|(n, _)| *n == person.name).then(|| person.name.clone())
}

fn resolve_articles(value: &str, corpus: &Corpus, notices: &mut Vec<String>) -> Vec<String> {
    let mut unknown = Vec::new();
    let files: Vec<String> = split_list(value)
        .into_iter()
        .map(|wanted| {
            let lower = to_lower(&wanted);
            match corpus.articles.iter().find(|a| a.file == wanted || to_lower(&a.title) == lower) {
                Some(article) => article.file.clone(),
                None => {
                    unknown.push(wanted.clone());
                    wanted
                }
            }
        })
        .collect();
    if !unknown.is_empty() {
        let known: Vec<&str> = corpus.articles.iter().map(|a| a.file.as_str()).collect();
        notices.push(format!(
            "No article {} in this collection. Known articles: {}.",
            quoted_list(&unknown),
            shortened(&known, 12)
        ));
    }
    files
}

fn parse_kinds(value: &str, notices: &mut Vec<String>) -> Vec<QuoteKind> {
    let mut kinds = Vec::new();
    let mut unknown = Vec::new();
    for item in split_list(value) {
        match QuoteKind::parse(&to_lower(&item)) {
            Some(kind) if !kinds.contains(&kind) => kinds.push(kind),
            Some(_) => {}
            None => unknown.push(item),
        }
    }
    if !unknown.is_empty() {
        let known = QuoteKind::ALL.map(QuoteKind::as_str);
        notices.push(format!(
            "Unknown quote kind {} (ignored). Use one or more of: {}.",
            quoted_list(&unknown),
            known.join(", ")
        ));
    }
    kinds
}

fn parse_choice<T: Default>(
    name: &str,
    value: &str,
    parse: impl Fn(&str) -> Option<T>,
    allowed: &[&str],
    notices: &mut Vec<String>,
) -> T {
    if value.is_empty() {
        return T::default();
    }
    parse(&to_lower(value)).unwrap_or_else(|| {
        notices.push(format!(
            "{name}=\"{value}\" is not one of {} (using \"{}\").",
            allowed.join(", "),
            allowed[0]
        ));
        T::default()
    })
}

fn parse_bound(name: &str, value: &str, is_end: bool, notices: &mut Vec<String>) -> Option<String> {
    if value.is_empty() {
        return None;
    }
    let bound = period_bound(value, is_end);
    if bound.is_none() {
        notices.push(format!("{name}=\"{value}\" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD); it is ignored."));
    }
    bound
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the first (or, for an end, last) ISO day it covers.
pub fn period_bound(s: &str, is_end: bool) -> Option<String> {
    let parts: Vec<&str> = s.split('-').collect();
    let number = |p: &str, len: usize| (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse::<u32>().ok()).flatten();
    let year = number(parts.first()?, 4)?;
    let (month, day) = match parts.len() {
        1 => (if is_end { 12 } else { 1 }, None),
        2 | 3 => (number(parts[1], 2).filter(|m| (1..=12).contains(m))?, parts.get(2).map(|d| number(d, 2))),
        _ => return None,
    };
    let last = days_in_month(year, month);
    let day = match day {
        None => if is_end { last } else { 1 },
        Some(d) => d.filter(|d| (1..=last).contains(d))?,
    };
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

/// Whether `number` (digits and dots) is a positive decimal such as `400`, `2.5`, `.5` or `7.`,
/// below 10^308. What `parse::<f64>()` accepts, checked without it: float parsing would add its
/// tables (about 10 KB) to the wasm.
fn is_positive_decimal(number: &str) -> bool {
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let integer_digits = whole.trim_start_matches('0').len();
    digits(whole)
        && digits(fraction)
        && number.bytes().any(|b| b.is_ascii_digit() && b != b'0')
        && integer_digits <= 308
}

/// A CSS length the widget accepts for `max-height`: a positive number, `px` when unitless.
fn parse_length(value: &str, notices: &mut Vec<String>) -> Option<String> {
    if value.is_empty() || value == "none" {
        return None;
    }
    let split = value.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(value.len());
    let (number, unit) = value.split_at(split);
    let unit = unit.to_ascii_lowercase();
    let ok_number = is_positive_decimal(number);
    let ok_unit = matches!(unit.as_str(), "" | "px" | "em" | "rem" | "vh" | "%");
    if ok_number && ok_unit {
        Some(format!("{number}{}", if unit.is_empty() { "px" } else { &unit }))
    } else {
        notices.push(format!(
            "max-height=\"{value}\" is not a length like 400px, 30em or 50vh; the widget is not limited in height."
        ));
        None
    }
}

fn quoted_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("'{s}'")).collect();
    quoted.join(", ")
}

fn shortened(items: &[&str], max: usize) -> String {
    match items.len() {
        0 => "none".to_string(),
        n if n <= max => items.join(", "),
        n => format!("{} and {} more", items[..max].join(", "), n - max),
    }
}

impl WidgetParams {
    /// The widget showing what the app's query shows: the one place to extend when `Query`
    /// grows filters (text, kinds, articles, mentions, period).
    pub fn from_query(query: &Query) -> WidgetParams {
        let view = match query.view {
            View::All => WidgetView::All,
            View::Quotes | View::Speaker => WidgetView::Quotes,
            View::Events => WidgetView::Events,
        };
        WidgetParams {
            speakers: query.speakers.clone(),
            text: query.text.clone(),
            kinds: query.kinds.clone(),
            articles: query.articles.clone(),
            mentions: query.mentions.clone(),
            from: query.from.clone(),
            to: query.to.clone(),
            view,
            ..WidgetParams::default()
        }
    }

    /// `(attribute, value)` for every non-default setting, in `ATTRIBUTES` order. `compact` has an
    /// empty value (a boolean attribute). Lists are comma-separated.
    pub fn to_attributes(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let mut push = |name: &'static str, value: String| out.push((name, value));
        if !self.speakers.is_empty() {
            push("speaker", self.speakers.join(","));
        }
        if !self.text.trim().is_empty() {
            push("q", self.text.trim().to_string());
        }
        if !self.kinds.is_empty() {
            push("kind", self.kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(","));
        }
        if !self.articles.is_empty() {
            push("article", self.articles.join(","));
        }
        if !self.mentions.is_empty() {
            push("mention", self.mentions.join(","));
        }
        if let Some(from) = &self.from {
            push("from", from.clone());
        }
        if let Some(to) = &self.to {
            push("to", to.clone());
        }
        if self.view != WidgetView::All {
            push("view", self.view.as_str().to_string());
        }
        if self.theme != Theme::Auto {
            push("theme", self.theme.as_str().to_string());
        }
        if self.compact {
            push("compact", String::new());
        }
        if let Some(max) = &self.max_height {
            push("max-height", max.clone());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::model::{Article, Person, Quote, Span};

    fn quote(speaker: &str) -> Quote {
        Quote {
            speaker: Some(speaker.into()),
            kind: QuoteKind::Direct,
            text: "words".into(),
            cue: None,
            sentence: "words, she said.".into(),
            span: Span::default(),
            sentence_span: Span::default(),
            date: None,
        }
    }

    fn corpus() -> Corpus {
        let article = Article {
            file: "001_a.txt".into(),
            title: "Ice storm hits the coast".into(),
            people: vec![Person { name: "Ana Lima".into(), aliases: vec!["Lima".into(), "Dr Lima".into()], roles: vec![] }],
            quotes: vec![quote("Ana Lima"), quote("Bo Chen")],
            ..Article::default()
        };
        Corpus { articles: vec![article] }
    }

    fn attrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn speakers_resolve_by_name_alias_or_case_and_unknown_ones_get_a_notice() {
        let parsed = parse(&attrs(&[("speaker", "ana lima, Dr Lima ,Bo Chen,Zed")]), &corpus());
        assert_eq!(parsed.params.speakers, vec!["Ana Lima", "Bo Chen", "Zed"]);
        assert_eq!(
            parsed.notices,
            vec!["No speaker named 'Zed' in these articles. Known speakers: Ana Lima, Bo Chen.".to_string()]
        );
    }

    #[test]
    fn bad_view_theme_kind_dates_and_height_fall_back_with_notices() {
        let parsed = parse(
            &attrs(&[("view", "cards"), ("theme", "neon"), ("kind", "direct,shouted"), ("from", "2026-13"),
                ("to", "soon"), ("max-height", "tall")]),
            &corpus(),
        );
        let p = &parsed.params;
        assert_eq!((p.view, p.theme, p.from.clone(), p.to.clone(), p.max_height.clone()), (WidgetView::All, Theme::Auto, None, None, None));
        assert_eq!(p.kinds, vec![QuoteKind::Direct]);
        assert_eq!(parsed.notices.len(), 6, "{:?}", parsed.notices);
        assert!(parsed.notices[0].starts_with("view=\"cards\" is not one of all, quotes, events, timeline"));
        assert!(parsed.notices[2].contains("'shouted'"));
    }

    #[test]
    fn good_values_are_read() {
        let parsed = parse(
            &attrs(&[("view", "Timeline"), ("theme", "dark"), ("compact", ""), ("max-height", "300"),
                ("from", "2025"), ("to", "2026-02"), ("article", "ice storm hits the coast"), ("q", " storm ")]),
            &corpus(),
        );
        assert_eq!(parsed.notices, Vec::<String>::new());
        let p = parsed.params;
        assert_eq!(p.view, WidgetView::Timeline);
        assert_eq!(p.theme, Theme::Dark);
        assert!(p.compact);
        assert_eq!(p.max_height.as_deref(), Some("300px"));
        assert_eq!((p.from.as_deref(), p.to.as_deref()), (Some("2025-01-01"), Some("2026-02-28")));
        assert_eq!(p.articles, vec!["001_a.txt"]);
        assert_eq!(p.text, "storm");
    }

    #[test]
    fn a_length_is_a_positive_decimal_as_a_float_parser_reads_it() {
        let long = "9".repeat(308);
        for number in ["400", "2.5", ".5", "7.", "007", "0.01", long.as_str()] {
            assert!(is_positive_decimal(number), "{number}");
            assert!(number.parse::<f64>().is_ok_and(|n| n > 0.0 && n.is_finite()), "{number}");
        }
        let too_long = "9".repeat(309);
        for number in ["", ".", "0", "0.0", "..5", "1.2.3", too_long.as_str()] {
            assert!(!is_positive_decimal(number), "{number}");
        }
    }

    #[test]
    fn compact_false_and_reversed_period() {
        let parsed = parse(&attrs(&[("compact", "false"), ("from", "2026"), ("to", "2025")]), &corpus());
        assert!(!parsed.params.compact);
        assert_eq!(parsed.notices.len(), 1);
        assert!(parsed.notices[0].contains("starts (2026-01-01) after it ends (2025-12-31)"));
    }

    #[test]
    fn period_bounds_check_the_calendar() {
        assert_eq!(period_bound("2024-02", true).as_deref(), Some("2024-02-29"));
        assert_eq!(period_bound("2024-02-30", false), None);
        assert_eq!(period_bound("24", false), None);
        assert_eq!(period_bound("2024-1", false), None);
    }

    #[test]
    fn attributes_round_trip_through_parse() {
        let params = WidgetParams {
            speakers: vec!["Ana Lima".into()],
            kinds: vec![QuoteKind::Direct, QuoteKind::Partial],
            mentions: vec!["Abu Dhabi".into(), "Crimea".into()],
            view: WidgetView::Quotes,
            compact: true,
            max_height: Some("20em".into()),
            ..WidgetParams::default()
        };
        let pairs: Vec<(String, String)> = params.to_attributes().into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        let parsed = parse(&pairs, &corpus());
        assert_eq!(parsed.notices, Vec::<String>::new());
        assert_eq!(parsed.params, params);
    }

    #[test]
    fn the_app_query_maps_to_widget_params() {
        let query = Query::from_url_query("?speaker=Ana+Lima&view=quotes");
        let params = WidgetParams::from_query(&query);
        assert_eq!(params, WidgetParams { speakers: vec!["Ana Lima".into()], view: WidgetView::Quotes, ..WidgetParams::default() });
        assert_eq!(WidgetParams::from_query(&Query::from_url_query("?view=events")).view, WidgetView::Events);
        // Every filter of the page reaches the widget, mentions too (an Embed snippet must not
        // show more than the page it came from).
        let query = Query::from_url_query("?mention=Abu+Dhabi&mention=Crimea&view=events");
        let params = WidgetParams::from_query(&query);
        assert_eq!(params.mentions, vec!["Abu Dhabi".to_string(), "Crimea".to_string()]);
        assert_eq!(crate::embed::select::to_query(&params).mentions, query.mentions);
    }
}
