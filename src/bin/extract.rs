//! `extract [OPTIONS] FILE...`: prints the extraction of the given articles as JSON (the
//! contract of `../shared/gold/README.md`), JSON Lines, CSV or iCalendar (`src/export.rs`).
//! Unreadable files are reported on stderr and make the exit code 1; the readable ones are still
//! extracted. A usage error exits with 2.
//!
//! The arguments are parsed by hand: four options do not justify a parser crate's build time.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use newslens::export;
use newslens::extract::model::{Article, Corpus};
use newslens::extract::{add_extracted, extract_article, extract_corpus, source};

const USAGE: &str = "\
usage: extract [OPTIONS] FILE...

Reads plain-text news articles and prints their quotes and events.

Options:
  -f, --format FORMAT  json   one JSON object, {\"articles\": [...]} (the default)
                       jsonl  one JSON object per article per line
                       csv    one row per quote and per event (RFC 4180)
                       ics    the events as an iCalendar file (RFC 5545)
  -j, --jobs N         extract N files at a time (default: one per core)
  -o, --output FILE    write to FILE instead of standard output
  -h, --help           print this help and exit
  -V, --version        print the version and exit

Exit status: 0 done, 1 a file could not be read or the output written, 2 a usage error.
";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Json,
    Jsonl,
    Csv,
    Ics,
}

#[derive(Debug)]
struct Options {
    format: Format,
    jobs: Option<usize>,
    output: Option<PathBuf>,
    files: Vec<PathBuf>,
}

#[derive(Debug)]
enum Command {
    Run(Options),
    Help,
    Version,
}

fn main() -> ExitCode {
    let options = match parse(std::env::args_os().skip(1)) {
        Ok(Command::Run(options)) => options,
        Ok(Command::Help) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            println!("extract (newslens) {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("extract: {message}\nTry 'extract --help' for more information.");
            return ExitCode::from(2);
        }
    };
    let mut inputs = Vec::new();
    let mut failed = false;
    for path in &options.files {
        let file = path.display().to_string();
        let decoded = std::fs::read(path)
            .map_err(|e| format!("{file}: cannot be read: {e}"))
            .and_then(|bytes| source::decode(&file, &bytes).map_err(|e| e.to_string()));
        match decoded {
            Ok(text) => {
                let name = Path::new(path).file_name().map_or(file.clone(), |n| n.to_string_lossy().into_owned());
                inputs.push((name, text));
            }
            Err(message) => {
                eprintln!("extract: {message}");
                failed = true;
            }
        }
    }
    let jobs = options.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let corpus = extract_parallel(&inputs, jobs);
    let text = match options.format {
        Format::Json => match serde_json::to_string_pretty(&corpus) {
            Ok(json) => json + "\n",
            Err(e) => {
                eprintln!("extract: cannot write JSON: {e}");
                return ExitCode::FAILURE;
            }
        },
        Format::Jsonl => export::jsonl(&corpus.articles),
        Format::Csv => export::csv(&export::items(&corpus.articles)),
        Format::Ics => export::ics(&export::items(&corpus.articles)),
    };
    let written = match &options.output {
        Some(path) => std::fs::write(path, text).map_err(|e| format!("{}: cannot be written: {e}", path.display())),
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
                // A reader that stopped early (`| head`) is not an error worth a message.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return ExitCode::FAILURE,
                result => result.map_err(|e| format!("cannot write the output: {e}")),
            }
        }
    };
    if let Err(message) = written {
        eprintln!("extract: {message}");
        return ExitCode::FAILURE;
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// Reads the arguments (after the program name). Options may come before or after the files;
/// `--` ends them; a value may follow as the next argument or after `=` (`--format=csv`).
fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut options = Options { format: Format::Json, jobs: None, output: None, files: Vec::new() };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        // A name that is not UTF-8 can only be a file.
        let Some(text) = arg.to_str() else {
            options.files.push(arg.into());
            continue;
        };
        if text == "--" {
            options.files.extend(args.by_ref().map(PathBuf::from));
            break;
        }
        if !text.starts_with('-') || text == "-" {
            options.files.push(arg.into());
            continue;
        }
        let (name, inline) = match text.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
            _ => (text, None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            match inline.clone() {
                Some(v) => Ok(v),
                None => match args.next() {
                    Some(v) => v.into_string().map_err(|v| format!("{name}: {} is not a valid {what}", v.to_string_lossy())),
                    None => Err(format!("{name} needs a {what}")),
                },
            }
        };
        match name {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "-f" | "--format" => {
                let v = value("format")?;
                options.format = match v.as_str() {
                    "json" => Format::Json,
                    "jsonl" => Format::Jsonl,
                    "csv" => Format::Csv,
                    "ics" => Format::Ics,
                    _ => return Err(format!("unknown format '{v}' (expected json, jsonl, csv or ics)")),
                };
            }
            "-j" | "--jobs" => {
                let v = value("number")?;
                match v.parse::<usize>() {
                    Ok(n) if n > 0 => options.jobs = Some(n),
                    _ => return Err(format!("{name} needs a whole number of at least 1, not '{v}'")),
                }
            }
            "-o" | "--output" => options.output = Some(value("file name")?.into()),
            _ => return Err(format!("unknown option '{name}'")),
        }
    }
    if options.files.is_empty() {
        return Err("no article files given".to_string());
    }
    Ok(Command::Run(options))
}

/// [`extract_corpus`] with the per-article extraction on `jobs` threads: the same corpus, in
/// input order, whatever `jobs` is.
fn extract_parallel(inputs: &[(String, String)], jobs: usize) -> Corpus {
    let jobs = jobs.min(inputs.len());
    if jobs <= 1 {
        return extract_corpus(inputs);
    }
    // Each worker takes the next unread file, so one long article does not hold up a fixed share.
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<Article>> = inputs.iter().map(|_| None).collect();
    std::thread::scope(|scope| {
        // The main thread works too, so a thread that cannot be started only costs speed.
        // Spawned threads get the main thread's usual stack, so deep inputs behave alike.
        let helpers: Vec<_> = (1..jobs)
            .filter_map(|_| std::thread::Builder::new().stack_size(8 << 20).spawn_scoped(scope, || indexed(&next, inputs)).ok())
            .collect();
        for (i, article) in indexed(&next, inputs) {
            slots[i] = Some(article);
        }
        for helper in helpers {
            let done = helper.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (i, article) in done {
                slots[i] = Some(article);
            }
        }
    });
    let mut articles: Vec<Article> = slots.into_iter().flatten().collect();
    // Names are made canonical across all the articles at once, as extract_corpus does:
    // add_extracted runs that step over the corpus with the last article added.
    let Some(last) = articles.pop() else { return Corpus::default() };
    let mut corpus = Corpus { articles };
    add_extracted(&mut corpus, [last]);
    corpus
}

/// Extracts the next unread input until none is left, with its index.
fn indexed(next: &AtomicUsize, inputs: &[(String, String)]) -> Vec<(usize, Article)> {
    let mut done = Vec::new();
    loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let Some((file, text)) = inputs.get(i) else { return done };
        done.push((i, extract_article(file, text)));
    }
}
