//! Bad seed folders at the library level: `seeds::load_dir` on folders generated per test
//! (under Cargo's per-test temp dir), each with one kind of bad or odd file.
//! The same cases through a real `cargo build` are in tests/seeds_build.rs.

use std::path::PathBuf;

use newslens::extract::extract_article;
use newslens::seeds::{load_dir, SeedSet, LARGE_FILE_BYTES};

const GOOD: &str = "A Title Line\nA first paragraph. \"It works,\" said Ann Lee on March 3, 2026.\n";

/// A fresh folder named after the test, holding `files` (name, bytes).
fn folder(test: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("seeds_load").join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    dir
}

fn load_ok(test: &str, files: &[(&str, &[u8])]) -> SeedSet {
    let set = load_dir(&folder(test, files));
    assert!(set.errors.is_empty(), "{test}: unexpected errors {:?}", set.errors);
    set
}

fn load_err(test: &str, files: &[(&str, &[u8])]) -> Vec<String> {
    let set = load_dir(&folder(test, files));
    assert!(!set.errors.is_empty(), "{test}: loaded {} articles, expected errors", set.articles.len());
    set.errors.iter().map(|e| e.to_string()).collect()
}

#[test]
fn empty_file_is_an_error_naming_it() {
    let errors = load_err("empty", &[("good.txt", GOOD.as_bytes()), ("empty.txt", b"")]);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].ends_with("empty.txt: is empty"), "{errors:?}");
}

#[test]
fn whitespace_only_file_is_an_error() {
    let errors = load_err("blank", &[("blank.txt", b" \n\t\r\n  \n")]);
    assert!(errors[0].contains("blank.txt: contains only white space"), "{errors:?}");
}

#[test]
fn invalid_utf8_names_file_line_and_byte() {
    let latin1: &[u8] = b"Caf\xe9 Title\nLine two\nna\xefve third line\n";
    let errors = load_err("latin1", &[("latin1.txt", latin1)]);
    // The first bad byte is on line 1, at byte 3: that is the one reported.
    assert_eq!(errors.len(), 1);
    assert!(errors[0].contains("latin1.txt:1: is not valid UTF-8 (0xE9 here)"), "{errors:?}");
    assert!(errors[0].ends_with("(byte 3)"), "{errors:?}");

    let later: &[u8] = b"Title\nfine line\nbad \xff here\n";
    let errors = load_err("latin1_line3", &[("late.txt", later)]);
    assert!(errors[0].contains("late.txt:3:") && errors[0].contains("(byte 20)"), "{errors:?}");
}

#[test]
fn utf16_file_is_named_as_such() {
    let utf16: Vec<u8> = [0xff, 0xfe].into_iter().chain("Title\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let errors = load_err("utf16", &[("wide.txt", &utf16)]);
    assert!(errors[0].contains("wide.txt:1: is UTF-16"), "{errors:?}");
    // Without a byte-order mark, ASCII in UTF-16 is valid UTF-8 full of NUL bytes.
    let bare: Vec<u8> = "Title\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let errors = load_err("utf16_bare", &[("bare.txt", &bare)]);
    assert!(errors[0].contains("bare.txt:1: contains a NUL byte"), "{errors:?}");
}

#[test]
fn every_bad_file_is_reported_not_only_the_first() {
    let errors = load_err(
        "many_bad",
        &[("a_empty.txt", b""), ("b_good.txt", GOOD.as_bytes()), ("c_blank.txt", b"\n\n"), ("d_bytes.txt", b"\xc3\x28")],
    );
    assert_eq!(errors.len(), 3, "{errors:?}");
    for name in ["a_empty.txt", "c_blank.txt", "d_bytes.txt:1"] {
        assert!(errors.iter().any(|e| e.contains(name)), "{name} missing from {errors:?}");
    }
}

#[test]
fn warnings_are_kept_when_other_files_fail() {
    let set = load_dir(&folder("errors_and_warnings", &[("bad.txt", b""), ("ok.txt", GOOD.as_bytes()), ("x.md", b"")]));
    assert_eq!(set.errors.len(), 1);
    assert_eq!(set.articles.len(), 1);
    assert!(set.warnings.iter().any(|w| w.contains("x.md")), "{:?}", set.warnings);
}

#[test]
fn bom_crlf_and_tabs_load_like_plain_text() {
    let plain = extract_article("x.txt", GOOD);
    let bom = format!("\u{feff}{GOOD}");
    let crlf = GOOD.replace('\n', "\r\n");
    let tabs = GOOD.replace("A first", "\tA first").replace("A Title Line", "A Title Line\t");
    let set = load_ok("bom_crlf_tabs", &[("bom.txt", bom.as_bytes()), ("crlf.txt", crlf.as_bytes()), ("tabs.txt", tabs.as_bytes())]);
    let texts: Vec<&str> = set.articles.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts[0], GOOD, "the BOM is dropped");
    assert_eq!(texts[1], GOOD, "CRLF becomes LF");
    for (name, text) in &set.articles {
        let article = extract_article(name, text);
        assert_eq!(article.title, "A Title Line", "{name}");
        assert_eq!(article.quotes.len(), plain.quotes.len(), "{name}");
    }
    // Same text after normalisation: the BOM and CRLF copies are duplicates of each other.
    assert!(set.warnings.iter().any(|w| w.contains("crlf.txt: same text as") && w.contains("bom.txt")), "{:?}", set.warnings);
}

#[test]
fn leading_blank_lines_are_skipped_and_the_first_line_is_the_title() {
    let set = load_ok("leading_blank", &[("late_title.txt", b"\n\n  \nThe Real Title\nBody text here.\n")]);
    assert!(set.warnings.is_empty(), "{:?}", set.warnings);
    assert_eq!(extract_article("late_title.txt", &set.articles[0].1).title, "The Real Title");
}

#[test]
fn paragraph_only_file_loads_with_a_missing_title_warning() {
    let paragraph = "Officials said on Tuesday that the bridge would reopen next week, ".repeat(5) + "pending checks.\n";
    let set = load_ok("no_title", &[("no_title.txt", paragraph.as_bytes())]);
    assert_eq!(set.articles.len(), 1);
    assert!(
        set.warnings.iter().any(|w| w.contains("no_title.txt:1:") && w.contains("title line missing")),
        "{:?}",
        set.warnings
    );
    // It still shows up: its first line is its title.
    assert!(!extract_article("no_title.txt", &set.articles[0].1).title.is_empty());
}

#[test]
fn a_five_megabyte_article_loads_with_a_size_warning() {
    let paragraph = "The council met on January 5, 2026. \"We will act,\" said Mayor Jo Park.\n";
    let mut text = String::from("A Very Long Article\n");
    while text.len() < 5_000_000 {
        text.push_str(paragraph);
    }
    assert!(text.len() > LARGE_FILE_BYTES);
    let set = load_ok("five_mb", &[("big.txt", text.as_bytes())]);
    assert!(set.warnings.iter().any(|w| w.contains("big.txt: is 5.0 MB")), "{:?}", set.warnings);
    let article = extract_article("big.txt", &set.articles[0].1);
    assert_eq!(article.title, "A Very Long Article");
    assert_eq!(article.text.len(), text.len());
}

#[test]
fn articles_without_quotes_or_dates_still_load() {
    let set = load_ok("no_quotes", &[("plain.txt", b"Quiet Day\nNothing was said and nothing happened.\n")]);
    let article = extract_article("plain.txt", &set.articles[0].1);
    assert_eq!(article.title, "Quiet Day");
    assert!(article.quotes.is_empty() && article.events.is_empty());
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);
}

#[test]
fn a_wrong_comment_count_is_a_warning() {
    let text = "Title\nBody.\n3 Comments\nAnn\nGreat piece.\nBob\nI disagree.\n";
    let set = load_ok("comments", &[("comments.txt", text.as_bytes())]);
    let article = extract_article("comments.txt", &set.articles[0].1);
    assert_eq!(article.declared_comment_count, Some(3));
    assert_eq!(article.comments.len(), 2);
    assert!(article.warnings.iter().any(|w| w.contains('3') && w.contains('2')), "{:?}", article.warnings);
}

#[test]
fn two_files_with_the_same_text_warn_once() {
    let set = load_ok("dupes", &[("a.txt", GOOD.as_bytes()), ("b.txt", GOOD.as_bytes()), ("c.txt", b"Other\nText.\n")]);
    assert_eq!(set.articles.len(), 3, "duplicates are still bundled");
    let dupes: Vec<_> = set.warnings.iter().filter(|w| w.contains("same text")).collect();
    assert_eq!(dupes.len(), 1, "{:?}", set.warnings);
    assert!(dupes[0].contains("b.txt") && dupes[0].contains("a.txt"));
}

#[test]
fn other_files_are_ignored_and_listed_once() {
    let dir = folder(
        "other_files",
        &[("a.txt", GOOD.as_bytes()), ("notes.md", b"# notes"), ("photo.jpg", b"\xff\xd8"), ("b.TXT", b"x"), (".DS_Store", b"\0")],
    );
    std::fs::create_dir_all(dir.join("drafts")).unwrap();
    let set = load_dir(&dir);
    assert!(set.errors.is_empty(), "{:?}", set.errors);
    assert_eq!(set.articles.len(), 1);
    assert_eq!(set.warnings.len(), 1, "{:?}", set.warnings);
    assert!(set.warnings[0].ends_with("ignoring entries that are not .txt files: b.TXT, drafts/, notes.md, photo.jpg"), "{:?}", set.warnings);
}

#[test]
fn a_folder_without_articles_or_missing_is_an_error() {
    let errors = load_err("no_txt", &[("readme.md", b"hi")]);
    assert!(errors[0].ends_with("contains no .txt article"), "{errors:?}");
    let missing = load_dir(&PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("does-not-exist")).errors;
    assert!(missing[0].to_string().contains("does-not-exist: cannot be read"), "{:?}", missing);
}

#[test]
fn articles_are_sorted_by_file_name() {
    let set = load_ok("sorted", &[("b.txt", b"B\nb.\n"), ("a.txt", b"A\na.\n"), ("c.txt", b"C\nc.\n")]);
    let names: Vec<&str> = set.articles.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["a.txt", "b.txt", "c.txt"]);
}
