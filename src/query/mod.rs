//! The query/filter model: what the user asked to see, how it reads from and writes to the URL,
//! and which cards and facet counts follow from it. Pure, so it is tested natively.
//!
//! - `url`: `Query` (the filters, view, sort, reader) and its URL form.
//! - `index`: the corpus as interned ids and postings; `results` and `facets` of a query.
//! - `events`: reports of one event across articles grouped into one card.
//! - `postings`: sorted card-id lists, union and intersection.
//! - `search`: the search words, made in the page or fetched in the build's chunks.
//! - `text`: case and accent folding, search terms, highlighting.
//! - `texts`: the articles whole, where the page has them (fetched for the cards it shows).
//! - `calendar`: ISO days, period bounds, day numbers, dates for people.
//! - `reader`: an article cut into marked segments for the reader.
//! - `order`: the sorts of the hot paths (two standard instantiations for all of them).

mod calendar;
mod order;
mod events;
mod index;
mod postings;
mod reader;
mod search;
mod text;
mod texts;
mod url;

pub use calendar::{day_number, days_in_month, display_date, labelled_years, LABELLED_YEARS, month_name, parse_iso, period_bound, year_month, years_gap};
pub use events::{group_events, group_events_paced, ItemRef};
pub use index::{named_people, speaker_counts, word_chunks, TextsNeeded, CardRef, Facets, Index, Preset, Results, Unlisted, ViewPreset, YearBucket, PAGE, TOP_VALUES};
pub use postings::CardId;
pub use reader::{article_marks, segments, Mark, Segment};
pub use search::{chunks_needed, WordEntry};
pub use texts::Texts;
pub use text::{fold, highlight, parse_search, quoted, search_terms, Term};
pub use url::{decode, encode, Facet, Query, Sort, View};

#[cfg(test)]
mod tests;
