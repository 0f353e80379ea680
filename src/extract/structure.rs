//! Article structure: title, headings, paragraphs, reader comments, footer.

use super::model::{Article, Block, BlockKind, Comment, Span};

/// A non-empty line of the text with its byte span.
struct Line<'a> {
    text: &'a str,
    span: Span,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for raw in text.split('\n') {
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        if !trimmed.is_empty() {
            let start = line_start + lead;
            out.push(Line { text: trimmed, span: Span { start, end: start + trimmed.len() } });
        }
        line_start += raw.len() + 1;
    }
    out
}

/// "5 Comments" / "1 comment" → 5 / 1.
fn comments_header(line: &str) -> Option<usize> {
    let (n, word) = line.split_once(' ')?;
    let word = word.trim().to_ascii_lowercase();
    (word == "comments" || word == "comment").then(|| n.parse().ok()).flatten()
}

fn is_footer(line: &str) -> bool {
    line.starts_with('(') && line.ends_with(')') && line.len() < 80
}

/// Short line without final punctuation: a section heading.
fn is_heading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let last = line.chars().last().unwrap_or('.');
    words <= 12 && !matches!(last, '.' | '!' | '?' | ':' | ';' | ',' | '"' | '\u{201d}' | '\'' | '\u{2019}')
}

pub fn parse(text: &str) -> Article {
    let lines = lines(text);
    let mut article = Article { text: text.to_string(), ..Article::default() };
    let Some((title, rest)) = lines.split_first() else { return article };
    article.title = title.text.to_string();
    article.blocks.push(Block { kind: BlockKind::Title, span: title.span });

    let mut rest = rest.iter();
    while let Some(line) = rest.next() {
        if let Some(n) = comments_header(line.text) {
            article.declared_comment_count = Some(n);
            article.blocks.push(Block { kind: BlockKind::CommentsHeader, span: line.span });
            parse_comments(&mut article, rest.by_ref().collect());
            break;
        }
        let kind = if is_footer(line.text) {
            article.footer = Some(line.text.to_string());
            BlockKind::Footer
        } else if is_heading(line.text) {
            article.headings.push(line.text.to_string());
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        article.blocks.push(Block { kind, span: line.span });
    }
    article
}

fn parse_comments(article: &mut Article, lines: Vec<&Line>) {
    for pair in lines.chunks(2) {
        let [author, body] = pair else {
            article.warnings.push(format!("comment by \"{}\" has no text", pair[0].text));
            continue;
        };
        article.blocks.push(Block { kind: BlockKind::CommentAuthor, span: author.span });
        article.blocks.push(Block { kind: BlockKind::CommentText, span: body.span });
        article.comments.push(Comment {
            author: author.text.to_string(),
            text: body.text.to_string(),
            span: body.span,
        });
    }
    if let Some(n) = article.declared_comment_count {
        if n != article.comments.len() {
            article.warnings.push(format!(
                "the comments header announces {n} comments but {} follow",
                article.comments.len()
            ));
        }
    }
}
