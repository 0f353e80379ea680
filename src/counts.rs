//! The counts the page shows beside its cards: each facet's values, the timeline, and the
//! build's counts of a first screen (a [`Preset`]). Plain data, apart from the index that makes
//! them (`query::Index`), so that the data format (`codec.rs`) reads and writes them wherever it
//! is compiled (the build script and the extractor's worker take it by path).

use std::rc::Rc;

use crate::extract::model::QuoteKind;

/// What the page shows of each view without a filter, counted by the build over the whole
/// corpus and stored with the first screen's slice (`data/first.bin`): each view's totals
/// and facets, each long list cut to its first `query::TOP_VALUES` (a speaker's click adds
/// theirs: their slice counts them). An index made with it answers those views from the slice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preset {
    /// Per view, in the order of their numbers (`View::EVERY`).
    pub views: [ViewPreset; 4],
    /// How many hex digits of a speaker's key name their slice (`slices::quoted_digits`).
    pub quoted_digits: usize,
}

/// One view's part of a [`Preset`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewPreset {
    pub quotes: usize,
    pub events: usize,
    pub facets: Facets,
}

/// How many values each long list of a [`Facets`] leaves out (a [`Preset`]'s lists are cut).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Unlisted {
    pub speakers: usize,
    pub articles: usize,
    pub mentions: usize,
}

/// `(value, count)` pairs for every facet, counts under the other active filters. Speakers and
/// mentions are the values with a count (and the selected ones), most frequent first.
///
/// The long lists are shared (`Rc`): a facet whose counts did not change (its pool is the whole
/// view, as for the facet just clicked) is the very list of the unfiltered counts, not a copy,
/// and the view compares it by pointer before comparing values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    pub speakers: Rc<Vec<(Rc<str>, usize)>>,
    pub kinds: Vec<(QuoteKind, usize)>,
    /// `(file, count)`, most frequent first, then in corpus order.
    pub articles: Rc<Vec<(String, usize)>>,
    pub mentions: Rc<Vec<(Rc<str>, usize)>>,
    pub timeline: Rc<Vec<YearBucket>>,
    /// Values the lists leave out: none but in a first screen's counts ([`Preset`]).
    pub unlisted: Unlisted,
}

/// Events per year, and per month for those precise enough to have one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct YearBucket {
    pub year: u32,
    pub count: usize,
    /// `(month 1–12, count)`, months with events only, in order.
    pub months: Vec<(u32, usize)>,
}

