//! The `extract` command as a user runs it: the built binary on the seeds and our test articles,
//! every format read back by a small reader of its own standard (RFC 4180, RFC 5545) written here.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

/// `seeds/*.txt` and `tests/articles/*.txt`, sorted, as the shell would expand them.
fn article_files() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["seeds", "tests/articles"] {
        let mut in_dir: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        in_dir.sort();
        files.extend(in_dir);
    }
    assert!(files.len() >= 15, "seeds and test articles: {files:?}");
    files
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_extract")).args(args).output().unwrap()
}

/// Runs on every article and returns stdout; the run must succeed.
fn run_on_articles(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_extract")).args(args).args(article_files()).output().unwrap();
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

fn json_articles() -> Vec<Value> {
    let json: Value = serde_json::from_str(&run_on_articles(&[])).unwrap();
    json["articles"].as_array().unwrap().clone()
}

fn count(articles: &[Value], field: &str) -> usize {
    articles.iter().map(|a| a[field].as_array().unwrap().len()).sum()
}

#[test]
fn json_is_the_default_and_jsonl_has_the_same_articles() {
    let default = run_on_articles(&[]);
    assert_eq!(run_on_articles(&["--format", "json"]), default);
    assert_eq!(run_on_articles(&["--format=json"]), default);
    let articles = json_articles();
    assert_eq!(articles.len(), article_files().len());
    let jsonl = run_on_articles(&["--format", "jsonl"]);
    let lines: Vec<Value> = jsonl.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines, articles);
}

#[test]
fn parallel_output_is_the_sequential_output() {
    for format in ["json", "csv"] {
        let one = run_on_articles(&["--format", format, "--jobs", "1"]);
        assert_eq!(run_on_articles(&["--format", format, "--jobs", "2"]), one, "{format}");
        assert_eq!(run_on_articles(&["--format", format, "-j", "5"]), one, "{format}");
        assert_eq!(run_on_articles(&["--format", format]), one, "{format}: default jobs");
    }
}

#[test]
fn parallel_extraction_still_makes_names_canonical_across_articles() {
    let dir = std::env::temp_dir().join(format!("newslens-extract-merge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(&a, "Talks Stall\n\u{201c}We will not give up,\u{201d} Zelensky said on Monday.\n").unwrap();
    std::fs::write(&b, "Leader Speaks\nUkrainian President Volodymyr Zelenskyy spoke in Kyiv.\n").unwrap();
    let (a, b) = (a.display().to_string(), b.display().to_string());
    let outputs: Vec<Value> = ["1", "2"]
        .iter()
        .map(|jobs| {
            let output = run(&["--jobs", jobs, &a, &b]);
            assert!(output.status.success());
            serde_json::from_slice(&output.stdout).unwrap()
        })
        .collect();
    assert_eq!(outputs[0]["articles"][0]["quotes"][0]["speaker"], "Volodymyr Zelenskyy");
    assert_eq!(outputs[1], outputs[0]);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A strict RFC 4180 reader: CRLF record ends (the last one too), quoted fields with doubled
/// quotes; panics on anything else.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let (mut quoted, mut closed) = (false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c != '"' {
                field.push(c);
            } else if chars.peek() == Some(&'"') {
                chars.next();
                field.push('"');
            } else {
                quoted = false;
                closed = true;
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !closed => quoted = true,
            ',' | '\r' => {
                if c == '\r' {
                    assert_eq!(chars.next(), Some('\n'), "CR without LF after {record:?}");
                }
                record.push(std::mem::take(&mut field));
                closed = false;
                if c == '\r' {
                    records.push(std::mem::take(&mut record));
                }
            }
            '"' | '\n' => panic!("{c:?} in an unquoted field after {record:?} {field:?}"),
            _ if closed => panic!("text after a closing quote: {record:?}"),
            _ => field.push(c),
        }
    }
    assert!(!quoted && field.is_empty() && record.is_empty(), "the last record must end with CRLF");
    records
}

#[test]
fn the_reader_of_this_test_is_strict() {
    assert_eq!(read_csv("a,\"b,\"\"c\"\"\r\nd\"\r\n"), [vec!["a", "b,\"c\"\r\nd"]]);
    for bad in ["a\n", "a", "\"a\"b\r\n", "a\"b\r\n", "a\rb\r\n"] {
        assert!(std::panic::catch_unwind(|| read_csv(bad)).is_err(), "{bad:?}");
    }
}

#[test]
fn csv_reads_back_with_one_row_per_quote_and_event() {
    let articles = json_articles();
    let records = read_csv(&run_on_articles(&["--format", "csv"]));
    let header = &records[0];
    assert_eq!(header[0], "type");
    let column = |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"));
    let rows = &records[1..];
    assert!(rows.iter().all(|r| r.len() == header.len()));
    assert_eq!(rows.len(), count(&articles, "quotes") + count(&articles, "events"));

    let (kind, text, speaker, file, sentence, start) =
        (column("type"), column("text"), column("speaker"), column("file"), column("sentence"), column("start"));
    let quotes: Vec<&Vec<String>> = rows.iter().filter(|r| r[kind] == "quote").collect();
    let events: Vec<&Vec<String>> = rows.iter().filter(|r| r[kind] == "event").collect();
    assert_eq!(quotes.len(), count(&articles, "quotes"));
    assert_eq!(events.len(), count(&articles, "events"));

    // Every quote survives the trip, in order; some hold commas and quotation marks.
    let json_quotes: Vec<(&Value, &Value)> =
        articles.iter().flat_map(|a| a["quotes"].as_array().unwrap().iter().map(move |q| (a, q))).collect();
    let mut tricky = 0;
    for ((a, q), row) in json_quotes.iter().zip(&quotes) {
        assert_eq!(row[text], q["text"].as_str().unwrap());
        assert_eq!(row[sentence], q["sentence"].as_str().unwrap());
        assert_eq!(row[speaker], q["speaker"].as_str().unwrap_or(""));
        assert_eq!(row[file], a["file"].as_str().unwrap());
        if row[text].contains(',') && row[text].contains('"') {
            tricky += 1;
        }
    }
    assert!(tricky > 0, "no quote with commas and quotation marks to test");
    let json_events: Vec<&Value> = articles.iter().flat_map(|a| a["events"].as_array().unwrap()).collect();
    for (e, row) in json_events.iter().zip(&events) {
        assert_eq!(row[start], e["start"].as_str().unwrap());
        assert_eq!(row[sentence], e["sentence"].as_str().unwrap());
    }
}

/// TEXT value unescaped (RFC 5545 3.3.11).
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            assert!(c != ',' && c != ';', "unescaped {c:?} in {value:?}");
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(c @ ('\\' | ',' | ';')) => out.push(c),
            other => panic!("bad escape {other:?} in {value:?}"),
        }
    }
    out
}

#[test]
fn ics_follows_rfc_5545_line_rules_and_has_every_event() {
    let articles = json_articles();
    let ics = run_on_articles(&["--format", "ics"]);
    assert!(ics.ends_with("\r\n"));
    let physical: Vec<&str> = ics.split_terminator("\r\n").collect();
    let mut lines: Vec<String> = Vec::new();
    for (n, line) in physical.iter().enumerate() {
        assert!(!line.contains(['\r', '\n']), "line {n} does not end with CRLF: {line:?}");
        assert!(line.len() <= 75, "line {n} has {} octets: {line:?}", line.len());
        match line.strip_prefix(' ') {
            Some(rest) => lines.last_mut().expect("a continuation line first").push_str(rest),
            None => lines.push(line.to_string()),
        }
    }
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(lines.contains(&"VERSION:2.0".to_string()));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));

    let mut open: Vec<&str> = Vec::new();
    let mut events: Vec<Vec<&str>> = Vec::new();
    for line in &lines {
        let name_end = line.find([':', ';']).unwrap_or_else(|| panic!("no name: {line:?}"));
        assert!(line[..name_end].chars().all(|c| c.is_ascii_uppercase() || c == '-'), "{line:?}");
        if let Some(what) = line.strip_prefix("BEGIN:") {
            open.push(what);
            if what == "VEVENT" {
                events.push(Vec::new());
            }
        } else if let Some(what) = line.strip_prefix("END:") {
            assert_eq!(open.pop(), Some(what), "unbalanced END:{what}");
        } else if open.last() == Some(&"VEVENT") {
            events.last_mut().unwrap().push(line);
        }
    }
    assert!(open.is_empty(), "not closed: {open:?}");

    let json_events: Vec<&Value> = articles.iter().flat_map(|a| a["events"].as_array().unwrap()).collect();
    assert_eq!(events.len(), json_events.len());
    let mut uids = std::collections::HashSet::new();
    for (event, json) in events.iter().zip(&json_events) {
        let one = |name: &str| -> &str {
            let found: Vec<&&str> = event.iter().filter(|l| l.starts_with(name)).collect();
            assert_eq!(found.len(), 1, "{name} in {event:?}");
            found[0]
        };
        assert!(uids.insert(one("UID:").to_string()), "duplicate {}", one("UID:"));
        let stamp = one("DTSTAMP:").strip_prefix("DTSTAMP:").unwrap();
        assert!(stamp.len() == 16 && stamp.ends_with('Z') && stamp.as_bytes()[8] == b'T', "{stamp}");
        let start = one("DTSTART").strip_prefix("DTSTART;VALUE=DATE:").unwrap();
        assert_eq!(start, json["start"].as_str().unwrap().replace('-', ""));
        if let Some(end) = event.iter().find_map(|l| l.strip_prefix("DTEND;VALUE=DATE:")) {
            assert!(end > start, "DTEND {end} is not after DTSTART {start}");
        }
        let summary = one("SUMMARY:").strip_prefix("SUMMARY:").unwrap();
        assert_eq!(unescape(summary), json["sentence"].as_str().unwrap());
        unescape(one("DESCRIPTION:").strip_prefix("DESCRIPTION:").unwrap());
    }
}

#[test]
fn output_file_holds_what_stdout_would() {
    let dir = std::env::temp_dir().join(format!("newslens-extract-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("events.ics");
    let mut args = vec!["--format".to_string(), "ics".to_string(), "-o".to_string(), out.display().to_string()];
    args.extend(article_files().iter().map(|p| p.display().to_string()));
    let output = Command::new(env!("CARGO_BIN_EXE_extract")).args(&args).output().unwrap();
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), run_on_articles(&["--format", "ics"]));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn help_and_version_exit_0() {
    let help = run(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    let text = String::from_utf8(help.stdout).unwrap();
    assert!(text.starts_with("usage: extract"), "{text}");
    for option in ["--format", "--jobs", "--output", "--version"] {
        assert!(text.contains(option), "{option} missing from the help");
    }
    assert_eq!(run(&["-h"]).status.code(), Some(0));
    let version = run(&["--version"]);
    assert_eq!(version.status.code(), Some(0));
    assert!(String::from_utf8(version.stdout).unwrap().contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn usage_errors_exit_2_naming_the_problem() {
    for (args, expected) in [
        (&["--format", "xml", "seeds/x.txt"][..], "'xml'"),
        (&["--format=xml", "seeds/x.txt"][..], "'xml'"),
        (&["--jobs", "zero", "seeds/x.txt"][..], "'zero'"),
        (&["--jobs", "0", "seeds/x.txt"][..], "'0'"),
        (&["--frobnicate", "seeds/x.txt"][..], "'--frobnicate'"),
        (&["--format"][..], "--format"),
        (&[][..], "no article files"),
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn an_unreadable_file_exits_1_and_the_others_are_still_printed() {
    let seed = article_files()[0].display().to_string();
    let output = run(&["--format", "jsonl", &seed, "/nonexistent/missing.txt"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8(output.stderr).unwrap().contains("missing.txt: cannot be read"));
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 1);
}
