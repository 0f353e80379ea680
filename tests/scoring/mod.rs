//! A faithful port of `/work/shared/gold/score.py` (the judge's scorer) for the tests.
//!
//! Same rules, same figures, same miss messages: the cross-check in `tests/scoring_port.rs` runs
//! score.py on the same inputs and demands identical results, so keep the two in step.
//! Where score.py would crash on malformed input (a number where text belongs), this port treats
//! the value as empty text instead: a test helper must report, not panic.
#![allow(dead_code)] // each test crate uses a different part of it

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;

use serde_json::Value;

/// Precision, recall and F1 of one kind of item.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
}

/// The figures score.py prints (its `--json` object, field for field).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub quote_detection: Prf,
    /// Quote found *and* its speaker right: the headline figure.
    pub quote_end_to_end: Prf,
    pub speaker_accuracy: f64,
    pub kind_accuracy: f64,
    pub events: Prf,
    pub people: Prf,
    pub structure_ok: usize,
    pub structure_n: usize,
    pub date_warnings_found: usize,
    pub date_warnings_gold: usize,
    pub scare_quotes_taken: usize,
    pub misses: Vec<String>,
}

impl Report {
    /// "ok/n", as score.py writes it.
    pub fn structure(&self) -> String {
        format!("{}/{}", self.structure_ok, self.structure_n)
    }

    pub fn date_warnings(&self) -> String {
        format!("{}/{}", self.date_warnings_found, self.date_warnings_gold)
    }

    pub fn structure_ratio(&self) -> f64 {
        if self.structure_n == 0 {
            1.0
        } else {
            self.structure_ok as f64 / self.structure_n as f64
        }
    }
}

impl fmt::Display for Report {
    /// The same lines as score.py's plain output.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for miss in &self.misses {
            writeln!(f, "  - {miss}")?;
        }
        let prf = |d: &Prf| format!("P {:.3} R {:.3} F1 {:.3}", d.p, d.r, d.f1);
        writeln!(f, "quotes found      {}", prf(&self.quote_detection))?;
        writeln!(
            f,
            "speakers right    {:.3}   kinds right {:.3}",
            self.speaker_accuracy, self.kind_accuracy
        )?;
        writeln!(f, "events            {}", prf(&self.events))?;
        writeln!(f, "people            {}", prf(&self.people))?;
        writeln!(
            f,
            "structure {}  date warnings {}  scare quotes taken {}",
            self.structure(),
            self.date_warnings(),
            self.scare_quotes_taken
        )?;
        write!(f, "quote+speaker     {}", prf(&self.quote_end_to_end))
    }
}

const QUOTE_CHARS: &str = "\"'\u{2018}\u{2019}\u{201a}\u{201b}\u{201c}\u{201d}\u{201e}\u{201f}\u{ab}\u{bb}\u{2039}\u{203a}";

/// Folds the typographic single and double quotation marks to `'` and `"`.
pub fn canon_quotes(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2039}' | '\u{203a}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{ab}' | '\u{bb}' => '"',
            other => other,
        })
        .collect()
}

/// Python's `str.isspace` (what `\s` matches in a `str` pattern).
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

fn is_strip_char(c: char) -> bool {
    QUOTE_CHARS.contains(c) || " \t\r\n.,;:!?\u{2026}".contains(c)
}

/// score.py's `norm`: fold quotes, collapse white space, trim quotation marks and
/// punctuation at both ends, lower-case.
pub fn norm(s: &str) -> String {
    let folded = canon_quotes(s);
    let mut collapsed = String::with_capacity(folded.len());
    let mut in_space = false;
    for c in folded.chars() {
        if is_py_space(c) {
            if !in_space {
                collapsed.push(' ');
            }
            in_space = true;
        } else {
            collapsed.push(c);
            in_space = false;
        }
    }
    collapsed.trim_matches(is_strip_char).to_lowercase()
}

/// The lower-case ASCII letter/digit runs of a text.
pub fn tokens(s: &str) -> Vec<String> {
    let lowered = canon_quotes(s).to_lowercase();
    let mut out = Vec::new();
    let mut current = String::new();
    for c in lowered.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            current.push(c);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Token-overlap F1 of `b` (predicted) against `a` (gold), counting repeated tokens.
pub fn token_f1(a: &str, b: &str) -> f64 {
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let mut available: HashMap<&str, usize> = HashMap::new();
    for t in &ta {
        *available.entry(t).or_default() += 1;
    }
    let mut hit = 0usize;
    for t in &tb {
        if let Some(n) = available.get_mut(t.as_str()) {
            if *n > 0 {
                *n -= 1;
                hit += 1;
            }
        }
    }
    if hit == 0 {
        return 0.0;
    }
    let p = hit as f64 / tb.len() as f64;
    let r = hit as f64 / ta.len() as f64;
    2.0 * p * r / (p + r)
}

/// A field as text; missing, null and non-text values count as empty (score.py's `s or ""`).
fn text_of<'a>(item: &'a Value, key: &str) -> &'a str {
    item.get(key).and_then(Value::as_str).unwrap_or("")
}

/// Python's `str(value)` for the JSON values that can occur (None for missing/null).
fn py_str(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => "None".to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(true)) => "True".to_string(),
        Some(Value::Bool(false)) => "False".to_string(),
        Some(other) => other.to_string(),
    }
}

/// Python's `repr` of a string (or `None`), as used in the miss messages.
fn py_repr(value: Option<&Value>) -> String {
    let s = match value {
        Some(Value::String(s)) => s,
        other => return py_str(other),
    };
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || ('\u{7f}'..='\u{a0}').contains(&c) || c == '\u{ad}' => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c != ' ' && (c.is_whitespace() || c.is_control() || is_format_char(c)) => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// The invisible formatting characters Python's `repr` escapes (Unicode category Cf, the common ones).
fn is_format_char(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// The first `n` characters (Python's `s[:n]`).
fn prefix(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

fn is_required(item: &Value) -> bool {
    item.get("required").and_then(Value::as_bool).unwrap_or(true)
}

fn list<'a>(item: &'a Value, key: &str) -> &'a [Value] {
    item.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// How well a predicted quote matches a gold quote (0 = not at all).
pub fn quote_score(gold: &Value, pred: &Value) -> f64 {
    if gold.get("kind").and_then(Value::as_str) == Some("indirect") {
        let f = token_f1(text_of(gold, "text"), text_of(pred, "text"));
        return if f >= 0.8 { f } else { 0.0 };
    }
    if norm(text_of(gold, "text")) == norm(text_of(pred, "text")) {
        1.0
    } else {
        0.0
    }
}

/// 1 when start, end and precision agree and the predicted sentence contains the gold needle.
pub fn event_score(gold: &Value, pred: &Value) -> f64 {
    let same = ["start", "end", "precision"].iter().all(|k| py_str(gold.get(*k)) == py_str(pred.get(*k)));
    if !same {
        return 0.0;
    }
    let needle = norm(text_of(gold, "sentence_contains"));
    if norm(text_of(pred, "sentence")).contains(&needle) {
        1.0
    } else {
        0.0
    }
}

/// Greedy one-to-one matching, best pairs first (ties: lower gold, then lower prediction index).
/// Returns gold index -> prediction index.
pub fn greedy_match(golds: &[Value], preds: &[Value], score: fn(&Value, &Value) -> f64) -> HashMap<usize, usize> {
    let mut pairs = Vec::new();
    for (gi, g) in golds.iter().enumerate() {
        for (pi, p) in preds.iter().enumerate() {
            let s = score(g, p);
            if s > 0.0 {
                pairs.push((s, gi, pi));
            }
        }
    }
    // Stable sort on the score alone keeps the (gold, prediction) order of equal scores.
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut used_g, mut used_p, mut out) = (HashSet::new(), HashSet::new(), HashMap::new());
    for (_, gi, pi) in pairs {
        if used_g.contains(&gi) || used_p.contains(&pi) {
            continue;
        }
        used_g.insert(gi);
        used_p.insert(pi);
        out.insert(gi, pi);
    }
    out
}

pub fn prf(tp: usize, n_pred: usize, n_gold: usize) -> Prf {
    let p = if n_pred > 0 {
        tp as f64 / n_pred as f64
    } else if n_gold == 0 {
        1.0
    } else {
        0.0
    };
    let r = if n_gold > 0 { tp as f64 / n_gold as f64 } else { 1.0 };
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    Prf { p, r, f1 }
}

/// Speakers agree when both are null, or both are names equal after trimming and lower-casing.
pub fn same_speaker(a: Option<&Value>, b: Option<&Value>) -> bool {
    let name = |v: Option<&Value>| match v {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.trim().to_lowercase()),
        Some(other) => Some(other.to_string().to_lowercase()),
    };
    match (name(a), name(b)) {
        (None, None) => true,
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

#[derive(Default)]
struct Tally {
    q_pred: usize,
    q_opt: usize,
    q_req: usize,
    q_tp: usize,
    q_e2e: usize,
    q_kind: usize,
    e_pred: usize,
    e_opt: usize,
    e_req: usize,
    e_tp: usize,
    p_pred: usize,
    p_gold: usize,
    p_tp: usize,
    struct_ok: usize,
    struct_n: usize,
    w_gold: usize,
    w_tp: usize,
    not_quote_hits: usize,
}

/// The file name a prediction is filed under: its last path component.
fn base_name(file: Option<&Value>) -> String {
    let name = match file {
        None => String::new(),
        other => py_str(other),
    };
    name.replace('\\', "/").rsplit('/').next().unwrap_or("").to_string()
}

/// Scores a prediction (the extract command's JSON) against a gold file, as score.py does.
pub fn score(gold: &Value, predicted: &Value) -> Report {
    let mut by_file: HashMap<String, &Value> = HashMap::new();
    for article in list(predicted, "articles") {
        by_file.insert(base_name(article.get("file")), article);
    }
    let empty = Value::Object(Default::default());
    let mut t = Tally::default();
    let mut misses = Vec::new();
    for ga in list(gold, "articles") {
        let file = py_str(ga.get("file"));
        let pa = by_file.get(&file).copied().unwrap_or_else(|| {
            misses.push(format!("{file}: article missing from the prediction"));
            &empty
        });
        score_quotes(&file, ga, pa, &mut t, &mut misses);
        score_events(&file, ga, pa, &mut t, &mut misses);
        score_people(&file, ga, pa, &mut t, &mut misses);
        score_structure(&file, ga, pa, &mut t, &mut misses);
        score_date_warnings(&file, ga, pa, &mut t, &mut misses);
    }
    let ratio = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
    Report {
        quote_detection: prf(t.q_tp, t.q_pred - t.q_opt, t.q_req),
        quote_end_to_end: prf(t.q_e2e, t.q_pred - t.q_opt, t.q_req),
        speaker_accuracy: ratio(t.q_e2e, t.q_tp),
        kind_accuracy: ratio(t.q_kind, t.q_tp),
        events: prf(t.e_tp, t.e_pred - t.e_opt, t.e_req),
        people: prf(t.p_tp, t.p_pred, t.p_gold),
        structure_ok: t.struct_ok,
        structure_n: t.struct_n,
        date_warnings_found: t.w_tp,
        date_warnings_gold: t.w_gold,
        scare_quotes_taken: t.not_quote_hits,
        misses,
    }
}

fn score_quotes(file: &str, ga: &Value, pa: &Value, t: &mut Tally, misses: &mut Vec<String>) {
    let (gq, pq) = (list(ga, "quotes"), list(pa, "quotes"));
    let m = greedy_match(gq, pq, quote_score);
    t.q_pred += pq.len();
    t.q_opt += m.keys().filter(|&&gi| !is_required(&gq[gi])).count();
    for (gi, g) in gq.iter().enumerate() {
        if !is_required(g) {
            continue;
        }
        t.q_req += 1;
        let Some(&pi) = m.get(&gi) else {
            misses.push(format!(
                "{file}: quote not found [{}] {}: {}",
                py_str(g.get("kind")),
                py_str(g.get("speaker")),
                prefix(&py_str(g.get("text")), 70)
            ));
            continue;
        };
        let p = &pq[pi];
        t.q_tp += 1;
        if same_speaker(g.get("speaker"), p.get("speaker")) {
            t.q_e2e += 1;
        } else {
            misses.push(format!(
                "{file}: wrong speaker {} (gold {}): {}",
                py_repr(p.get("speaker")),
                py_repr(g.get("speaker")),
                prefix(&py_str(g.get("text")), 60)
            ));
        }
        if py_str(g.get("kind")) == py_str(p.get("kind")) {
            t.q_kind += 1;
        }
    }
    let matched: HashSet<usize> = m.values().copied().collect();
    for (pi, p) in pq.iter().enumerate() {
        if !matched.contains(&pi) {
            misses.push(format!(
                "{file}: spurious quote [{}] {}: {}",
                py_str(p.get("kind")),
                py_str(p.get("speaker")),
                prefix(&py_str(p.get("text")), 70)
            ));
        }
    }
    for nq in list(ga, "not_quotes") {
        let scare = norm(nq.as_str().unwrap_or(""));
        if pq.iter().any(|p| norm(text_of(p, "text")) == scare) {
            t.not_quote_hits += 1;
            misses.push(format!("{file}: scare quote taken for a quotation: {}", py_repr(Some(nq))));
        }
    }
}

fn score_events(file: &str, ga: &Value, pa: &Value, t: &mut Tally, misses: &mut Vec<String>) {
    let (ge, pe) = (list(ga, "events"), list(pa, "events"));
    let m = greedy_match(ge, pe, event_score);
    t.e_pred += pe.len();
    t.e_opt += m.keys().filter(|&&gi| !is_required(&ge[gi])).count();
    for (gi, g) in ge.iter().enumerate() {
        if !is_required(g) {
            continue;
        }
        t.e_req += 1;
        if m.contains_key(&gi) {
            t.e_tp += 1;
        } else {
            misses.push(format!(
                "{file}: event not found {}..{} ({}): {}",
                py_str(g.get("start")),
                py_str(g.get("end")),
                py_str(g.get("precision")),
                py_str(g.get("sentence_contains"))
            ));
        }
    }
    let matched: HashSet<usize> = m.values().copied().collect();
    for (pi, p) in pe.iter().enumerate() {
        if !matched.contains(&pi) {
            misses.push(format!(
                "{file}: spurious event {}..{} ({}): {}",
                py_str(p.get("start")),
                py_str(p.get("end")),
                py_str(p.get("precision")),
                prefix(&py_str(p.get("sentence")), 60)
            ));
        }
    }
}

fn score_people(file: &str, ga: &Value, pa: &Value, t: &mut Tally, misses: &mut Vec<String>) {
    let gold: BTreeSet<String> =
        list(ga, "people").iter().map(|n| py_str(Some(n)).to_lowercase()).collect();
    let mut predicted = BTreeSet::new();
    for x in list(pa, "people") {
        let name = if x.is_object() { x.get("name") } else { Some(x) };
        if let Some(name) = name.filter(|n| py_truthy(n)) {
            predicted.insert(py_str(Some(name)).to_lowercase());
        }
    }
    t.p_gold += gold.len();
    t.p_pred += predicted.len();
    t.p_tp += gold.intersection(&predicted).count();
    for n in gold.difference(&predicted) {
        misses.push(format!("{file}: person not found: {n}"));
    }
    for n in predicted.difference(&gold) {
        misses.push(format!("{file}: spurious person: {n}"));
    }
}

/// Python truthiness of a JSON value.
fn py_truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64() != Some(0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

fn score_structure(file: &str, ga: &Value, pa: &Value, t: &mut Tally, misses: &mut Vec<String>) {
    let headings = |a: &Value| list(a, "headings").iter().map(|h| norm(h.as_str().unwrap_or(""))).collect::<Vec<_>>();
    let comments = |a: &Value| {
        list(a, "comments")
            .iter()
            .map(|c| (c.get("author").cloned().unwrap_or(Value::Null), norm(text_of(c, "text"))))
            .collect::<Vec<_>>()
    };
    let checks = [
        ("title", norm(text_of(ga, "title")) == norm(text_of(pa, "title"))),
        ("headings", headings(ga) == headings(pa)),
        ("comments", comments(ga) == comments(pa)),
    ];
    for (name, ok) in checks {
        t.struct_n += 1;
        if ok {
            t.struct_ok += 1;
        } else {
            misses.push(format!("{file}: {name} differ"));
        }
    }
}

fn score_date_warnings(file: &str, ga: &Value, pa: &Value, t: &mut Tally, misses: &mut Vec<String>) {
    let raised: Vec<String> = list(pa, "date_warnings").iter().map(|x| norm(text_of(x, "text"))).collect();
    for w in list(ga, "date_warnings") {
        t.w_gold += 1;
        let wanted = norm(text_of(w, "text"));
        if raised.iter().any(|r| r.contains(&wanted)) {
            t.w_tp += 1;
        } else {
            misses.push(format!("{file}: date warning not raised: {}", py_str(w.get("text"))));
        }
    }
}

/// The report as score.py's `--json` object, for comparisons.
pub fn to_json(report: &Report) -> Value {
    let prf = |d: &Prf| serde_json::json!({"p": d.p, "r": d.r, "f1": d.f1});
    serde_json::json!({
        "quote_detection": prf(&report.quote_detection),
        "quote_end_to_end": prf(&report.quote_end_to_end),
        "speaker_accuracy": report.speaker_accuracy,
        "kind_accuracy": report.kind_accuracy,
        "events": prf(&report.events),
        "people": prf(&report.people),
        "structure": report.structure(),
        "date_warnings": report.date_warnings(),
        "scare_quotes_taken": report.scare_quotes_taken,
        "misses": report.misses,
    })
}

/// Where score.py is: `$NEWSLENS_SCORE_PY`, else the shared gold folder of this machine layout.
fn score_py_path() -> Option<std::path::PathBuf> {
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        std::env::var_os("NEWSLENS_SCORE_PY").map(std::path::PathBuf::from),
        Some(manifest.join("../shared/gold/score.py")),
        Some(manifest.join("../../shared/gold/score.py")),
        Some(std::path::PathBuf::from("/work/shared/gold/score.py")),
    ];
    candidates.into_iter().flatten().find(|p| p.is_file())
}

/// Runs `python3 score.py GOLD PRED --json` on the same inputs. `None` when python3 or score.py
/// is not available here (the caller skips); `Some(Err)` when it ran and failed.
pub fn run_score_py(gold: &Value, predicted: &Value) -> Option<Result<Value, String>> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let script = score_py_path()?;
    let call = CALLS.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir();
    let stem = format!("newslens-score-{}-{call}", std::process::id());
    let (gold_path, pred_path) = (dir.join(format!("{stem}-gold.json")), dir.join(format!("{stem}-pred.json")));
    let write = |path: &std::path::Path, v: &Value| std::fs::write(path, v.to_string()).map_err(|e| format!("{}: {e}", path.display()));
    if let Err(e) = write(&gold_path, gold).and_then(|_| write(&pred_path, predicted)) {
        return Some(Err(e));
    }
    let output = std::process::Command::new("python3").arg(&script).arg(&gold_path).arg(&pred_path).arg("--json").output();
    let _ = std::fs::remove_file(&gold_path);
    let _ = std::fs::remove_file(&pred_path);
    let output = match output {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => return Some(Err(format!("cannot run python3: {e}"))),
    };
    // Exit status 1 only means a --min threshold failed; none is given here, so any non-zero is an error.
    if !output.status.success() {
        return Some(Err(format!("score.py failed ({}): {}", output.status, String::from_utf8_lossy(&output.stderr))));
    }
    Some(serde_json::from_slice(&output.stdout).map_err(|e| format!("score.py printed no JSON: {e}")))
}
