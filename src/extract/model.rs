//! The extraction's output: the JSON contract of `../shared/gold/README.md`, plus what the app
//! needs (the article text, its blocks and character offsets into that text).
//!
//! Offsets (`Span`) count Unicode scalar values (Rust `char`s) into `Article::text`, which is the
//! file's text after normalisation (BOM removed, CRLF/CR turned into LF).

use serde::{Deserialize, Serialize};

/// Half-open range `[start, end)` of `char` offsets into `Article::text`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// The whole bundle: every article, with speaker names made canonical across articles.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corpus {
    pub articles: Vec<Article>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// File name (no directory), e.g. `003_8383977084783af8.txt`.
    pub file: String,
    pub title: String,
    pub headings: Vec<String>,
    pub footer: Option<String>,
    pub comments: Vec<Comment>,
    /// The count announced by the comments header ("5 Comments"), if any.
    pub declared_comment_count: Option<usize>,
    pub people: Vec<Person>,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
    pub date_warnings: Vec<DateWarning>,
    /// The date the article's relative expressions are anchored to, when one is known (ISO).
    pub reference_date: Option<String>,
    /// Structural problems worth telling the user (e.g. a comment count mismatch).
    pub warnings: Vec<String>,
    /// The article's text in reading order, cut into blocks, for the reader view.
    pub blocks: Vec<Block>,
    /// Normalised full text; every `Span` points into it.
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Title,
    Heading,
    Paragraph,
    CommentsHeader,
    CommentAuthor,
    CommentText,
    Footer,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub author: String,
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Canonical full name ("Volodymyr Zelenskyy").
    pub name: String,
    /// Other ways the text names the person ("Zelenskyy", "President Zelenskyy").
    pub aliases: Vec<String>,
    /// Titles and roles ("Ukrainian President").
    pub roles: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    Direct,
    Partial,
    Indirect,
    Comment,
}

impl QuoteKind {
    pub const ALL: [QuoteKind; 4] = [Self::Direct, Self::Partial, Self::Indirect, Self::Comment];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Direct => "direct",
            Self::Partial => "partial",
            Self::Indirect => "indirect",
            Self::Comment => "comment",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Canonical speaker name, or `None` when the article names nobody.
    pub speaker: Option<String>,
    pub kind: QuoteKind,
    /// The quoted words without their quotation marks (direct, partial), the reported clause
    /// without "that" (indirect), or the comment's text.
    pub text: String,
    /// The verb or phrase that attributes it ("stated", "according to"), if any.
    pub cue: Option<String>,
    /// The whole sentence the quote came from.
    pub sentence: String,
    /// Where `text` is in the article.
    pub span: Span,
    /// Where `sentence` is in the article.
    pub sentence_span: Span,
    /// The date the statement was made, when the sentence gives one.
    pub date: Option<DateValue>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Month,
    Year,
    Vague,
}

/// A normalised date or date range.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateValue {
    /// First day, ISO `YYYY-MM-DD`.
    pub start: String,
    /// Last day, ISO `YYYY-MM-DD` (equal to `start` for a single day).
    pub end: String,
    pub precision: Precision,
    /// The words of the article that gave the date ("January 23-24, 2026").
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub start: String,
    pub end: String,
    pub precision: Precision,
    /// The sentence that reports the event.
    pub sentence: String,
    pub sentence_span: Span,
    /// The date expression inside the sentence.
    pub date: DateValue,
    /// People, organisations and countries taking part.
    pub actors: Vec<String>,
    pub places: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateWarning {
    /// The inconsistent words ("Sunday, January 31, 2026").
    pub text: String,
    /// Why ("January 31, 2026 is a Saturday").
    pub why: String,
    pub span: Span,
}
