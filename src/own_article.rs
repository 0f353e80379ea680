//! A reader's own article, read in the browser by the same extractor as the seeds. Pure, so the
//! rules (size limit, naming, errors) are tested natively; the view only passes bytes in.

use crate::extract::{self, model::Corpus, source};

/// Extraction runs on the page's only thread: past this size the page would stall for seconds.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// The name a pasted article gets (a chosen file keeps its own).
pub const PASTED_NAME: &str = "your-article.txt";

/// A reader's article, checked, decoded and given a file name unique in the corpus: what the
/// extractor needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prepared {
    pub file: String,
    pub text: String,
}

/// `corpus` with the article in `bytes` added, and the file name it was given (unique in the
/// corpus: `name`, else `name-2`, `name-3`…). The error is a sentence naming the file (and the
/// line, for bad bytes), ready to show. The browser does the same in two steps ([`prepare`] on
/// the page; in the extractor's worker, extraction and [`crate::bundle::with_own_articles`]), so
/// that neither the extraction nor the extractor's word lists weigh on the page.
pub fn add(corpus: &Corpus, name: &str, bytes: &[u8]) -> Result<(Corpus, String), String> {
    let prepared = prepare(name, bytes)?;
    let mut next = corpus.clone();
    extract::add_extracted(&mut next, [extract::extract_article(&prepared.file, &prepared.text)]);
    let file = added_file(&next).to_string();
    Ok((next, file))
}

/// The file name the article added last got ([`extract::add_extracted`] makes it unique).
pub fn added_file(joined: &Corpus) -> &str {
    joined.articles.last().map_or("", |a| a.file.as_str())
}

/// Checks the size, decodes the bytes and picks the file name (made unique in the corpus when
/// the article joins it).
pub fn prepare(name: &str, bytes: &[u8]) -> Result<Prepared, String> {
    let name = name.trim();
    let name = if name.is_empty() { PASTED_NAME } else { name };
    check_size(name, bytes.len())?;
    let text = source::decode(name, bytes).map_err(|e| e.to_string())?;
    Ok(Prepared { file: name.to_string(), text })
}

/// The name under which to read an article published on `published` (`YYYY-MM-DD`, as a date
/// field gives it; empty for none): the date goes in front of `name` (`PASTED_NAME` when empty),
/// where the extractor reads a file's date. As for the seeds (docs/SEEDS.md), a dateline in the
/// text still wins over it.
pub fn dated_name(name: &str, published: &str) -> Result<String, String> {
    let name = name.trim();
    let name = if name.is_empty() { PASTED_NAME } else { name };
    let published = published.trim();
    if published.is_empty() {
        return Ok(name.to_string());
    }
    let date = extract::dates::date_in_file_name(published).filter(|_| published.len() == 10);
    match date {
        Some(_) => Ok(format!("{published}_{name}")),
        None => Err(format!("{name}: the publication date \"{published}\" is not a date (YYYY-MM-DD)")),
    }
}

/// An error when `len` bytes are over [`MAX_BYTES`]: also asked before a chosen file is read,
/// so a huge file is refused without loading it.
pub fn check_size(name: &str, len: usize) -> Result<(), String> {
    if len <= MAX_BYTES {
        return Ok(());
    }
    Err(format!("{name}: is {} MB; newslens reads articles of up to {} MB", megabytes(len), MAX_BYTES / MIB))
}

const MIB: usize = 1024 * 1024;

/// `len` bytes in MB with one decimal, rounded as `format!("{:.1}")` rounds (ties to even), in
/// integers: formatting an f64 would link the float printer into the page's wasm.
fn megabytes(len: usize) -> String {
    let (mib, tenths) = (MIB as u64, len as u64 * 10);
    let (mut whole, rest) = (tenths / mib, tenths % mib);
    if 2 * rest > mib || (2 * rest == mib && whole % 2 == 1) {
        whole += 1;
    }
    format!("{}.{}", whole / 10, whole % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Port Deal Signed\nThe city signed the port deal on March 3, 2026.\n\
        “This is a good day for the harbour,” Mayor Ana Lopes said.\n";

    fn corpus_of(files: &[&str]) -> Corpus {
        let inputs: Vec<(String, String)> =
            files.iter().map(|f| (f.to_string(), format!("{f} Title\nNothing happened here.\n"))).collect();
        extract::extract_corpus(&inputs)
    }

    #[test]
    fn a_pasted_article_is_extracted_and_named() {
        let (next, file) = add(&corpus_of(&["a.txt"]), "", ARTICLE.as_bytes()).unwrap();
        assert_eq!(file, PASTED_NAME);
        let added = next.articles.last().unwrap();
        assert_eq!((added.file.as_str(), added.title.as_str()), (PASTED_NAME, "Port Deal Signed"));
        assert_eq!(added.quotes[0].speaker.as_deref(), Some("Ana Lopes"));
        assert_eq!(added.events[0].date.start, "2026-03-03");
        assert_eq!(next.articles.len(), 2);
    }

    #[test]
    fn a_publication_date_dates_the_weekdays_of_an_article_that_has_none() {
        let text = "Council Vote\nThe council voted on Tuesday to close the bridge.\n";
        let name = dated_name("", "2016-10-22").unwrap();
        assert_eq!(name, "2016-10-22_your-article.txt");
        let (next, _) = add(&Corpus::default(), &name, text.as_bytes()).unwrap();
        let article = next.articles.last().unwrap();
        assert_eq!(article.reference_date.as_deref(), Some("2016-10-22"));
        assert_eq!(article.events[0].date.start, "2016-10-18", "the Tuesday before");
        // Without it, nothing dates "Tuesday".
        let (next, _) = add(&Corpus::default(), &dated_name("", "").unwrap(), text.as_bytes()).unwrap();
        assert_eq!(next.articles[0].reference_date, None);
    }

    #[test]
    fn a_publication_date_that_is_not_one_is_refused_by_name() {
        assert_eq!(dated_name(" mine.txt ", " ").unwrap(), "mine.txt");
        assert_eq!(dated_name("mine.txt", "2024-02-29").unwrap(), "2024-02-29_mine.txt");
        for bad in ["2023-02-29", "2016-13-01", "22/10/2016", "2016-10-22x"] {
            let err = dated_name("mine.txt", bad).unwrap_err();
            assert_eq!(err, format!("mine.txt: the publication date \"{bad}\" is not a date (YYYY-MM-DD)"));
        }
    }

    #[test]
    fn names_never_collide() {
        let corpus = corpus_of(&["your-article.txt", "your-article-2.txt", "notes"]);
        assert_eq!(add(&corpus, "", ARTICLE.as_bytes()).unwrap().1, "your-article-3.txt");
        assert_eq!(add(&corpus, "notes", ARTICLE.as_bytes()).unwrap().1, "notes-2");
        assert_eq!(add(&corpus, " mine.txt ", ARTICLE.as_bytes()).unwrap().1, "mine.txt");
    }

    #[test]
    fn bad_input_is_a_message_naming_the_file_and_line() {
        let corpus = corpus_of(&["a.txt"]);
        let err = add(&corpus, "bad.txt", b"Title\nok \xff").unwrap_err();
        assert!(err.starts_with("bad.txt:2: is not valid UTF-8"), "{err}");
        assert_eq!(add(&corpus, "", b"  \n").unwrap_err(), "your-article.txt: contains only white space");
        let big = vec![b'a'; MAX_BYTES + 1];
        assert_eq!(add(&corpus, "big.txt", &big).unwrap_err(), "big.txt: is 2.0 MB; newslens reads articles of up to 2 MB");
    }

    #[test]
    fn megabytes_round_as_the_float_formatter_does() {
        for len in [0, 1, 52_428, 104_857, 262_144, 786_432, MAX_BYTES + 1, 2_359_296, 2_464_153, 3 * MIB, 123_456_789, usize::MAX >> 8] {
            assert_eq!(megabytes(len), format!("{:.1}", len as f64 / MIB as f64), "{len} bytes");
        }
    }

    #[test]
    fn adding_equals_extracting_everything_at_once() {
        // Names are made canonical across the whole corpus, the new article included.
        let first = "Talks\nUkrainian President Volodymyr Zelenskyy spoke in Kyiv on Monday.\n";
        let second = "More Talks\n“We will not give up,” Zelensky said on Tuesday.\n";
        let corpus = extract::extract_corpus(&[("a.txt".into(), first.into())]);
        let (added, _) = add(&corpus, "b.txt", second.as_bytes()).unwrap();
        let at_once = extract::extract_corpus(&[("a.txt".into(), first.into()), ("b.txt".into(), second.into())]);
        assert_eq!(added, at_once);
        assert_eq!(added.articles[1].quotes[0].speaker.as_deref(), Some("Volodymyr Zelenskyy"));
    }

    #[test]
    fn adding_each_test_article_equals_extracting_them_together() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/articles");
        let mut inputs: Vec<(String, String)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
            .collect();
        inputs.sort();
        assert!(inputs.len() >= 10);
        let mut corpus = add(&Corpus::default(), &inputs[0].0, inputs[0].1.as_bytes()).unwrap().0;
        for (file, text) in &inputs[1..] {
            corpus = add(&corpus, file, text.as_bytes()).unwrap().0;
        }
        // As build.rs reads seeds: decoded (BOM, CRLF) first.
        let decoded: Vec<(String, String)> =
            inputs.iter().map(|(f, t)| (f.clone(), source::decode(f, t.as_bytes()).unwrap())).collect();
        assert_eq!(corpus, extract::extract_corpus(&decoded));
    }
}
