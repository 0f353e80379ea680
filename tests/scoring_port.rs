//! The Rust port of score.py: one test per matching rule, and a cross-check against score.py
//! itself (run with `python3` when it and the script are present; skipped with a note otherwise).

mod scoring;

use serde_json::{json, Value};

fn article(file: &str, extra: Value) -> Value {
    let mut a = json!({"file": file, "title": "T", "headings": [], "comments": [], "people": [],
                       "quotes": [], "events": [], "date_warnings": []});
    for (k, v) in extra.as_object().expect("extra fields are an object") {
        a[k] = v.clone();
    }
    a
}

fn corpus(articles: Vec<Value>) -> Value {
    json!({ "articles": articles })
}

fn quotes_only(gold: Vec<Value>, pred: Vec<Value>) -> scoring::Report {
    scoring::score(&corpus(vec![article("a.txt", json!({"quotes": gold}))]),
                   &corpus(vec![article("a.txt", json!({"quotes": pred}))]))
}

fn q(speaker: Option<&str>, kind: &str, text: &str) -> Value {
    json!({"speaker": speaker, "kind": kind, "text": text})
}

#[test]
fn norm_folds_quotes_space_case_and_trims_punctuation() {
    assert_eq!(scoring::norm("  “Hello,\n  World.”  "), "hello, world");
    assert_eq!(scoring::norm("‘It’s fine…’"), "it's fine");
    assert_eq!(scoring::norm("«Oui»!?"), "oui");
    assert_ne!(scoring::norm("a b"), scoring::norm("ab"));
}

#[test]
fn direct_quotes_match_after_normalisation_only() {
    let r = quotes_only(vec![q(Some("Ann"), "direct", "We will win, he said.")], vec![q(Some("Ann"), "direct", "“we will  WIN, he said”")]);
    assert_eq!(r.quote_detection.f1, 1.0);
    let r = quotes_only(vec![q(Some("Ann"), "direct", "We will win")], vec![q(Some("Ann"), "direct", "We will win today")]);
    assert_eq!(r.quote_detection.f1, 0.0);
    assert!(r.misses.iter().any(|m| m.contains("quote not found [direct] Ann: We will win")));
    assert!(r.misses.iter().any(|m| m.contains("spurious quote [direct] Ann: We will win today")));
}

#[test]
fn indirect_quotes_need_token_f1_of_at_least_point_eight() {
    // 4 of 5 gold tokens, nothing extra: P 1, R 0.8, F1 0.889 -> match.
    assert!(scoring::quote_score(&q(None, "indirect", "the plan will cost more"), &q(None, "x", "the plan will cost")) > 0.0);
    // 3 of 5: F1 0.75 -> no match.
    assert_eq!(scoring::quote_score(&q(None, "indirect", "the plan will cost more"), &q(None, "x", "the plan will")), 0.0);
    assert!((scoring::token_f1("a b c d e", "a b c d") - 8.0 / 9.0).abs() < 1e-12);
    // Repeated tokens count once each.
    assert!((scoring::token_f1("a a b", "a b b") - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(scoring::token_f1("", "a"), 0.0);
}

#[test]
fn a_prediction_matches_at_most_one_gold_quote() {
    let r = quotes_only(vec![q(None, "direct", "Yes")], vec![q(None, "direct", "Yes"), q(None, "direct", "yes.")]);
    assert_eq!(r.quote_detection.p, 0.5);
    assert_eq!(r.quote_detection.r, 1.0);
}

#[test]
fn greedy_matching_takes_the_best_pair_first() {
    let gold = vec![q(None, "indirect", "prices will rise next year"), q(None, "indirect", "prices will rise next year sharply")];
    let pred = vec![q(None, "indirect", "prices will rise next year sharply")];
    let m = scoring::greedy_match(&gold, &pred, scoring::quote_score);
    assert_eq!(m.get(&1), Some(&0));
    assert_eq!(m.get(&0), None);
}

#[test]
fn optional_gold_items_are_neither_rewarded_nor_penalised() {
    let mut optional = q(None, "direct", "Maybe");
    optional["required"] = json!(false);
    let gold = vec![q(None, "direct", "Sure"), optional];
    let with = quotes_only(gold.clone(), vec![q(None, "direct", "Sure"), q(None, "direct", "Maybe")]);
    let without = quotes_only(gold.clone(), vec![q(None, "direct", "Sure")]);
    assert_eq!(with.quote_detection, scoring::Prf { p: 1.0, r: 1.0, f1: 1.0 });
    assert_eq!(without.quote_detection, with.quote_detection);
    let wrong = quotes_only(gold, vec![q(None, "direct", "Sure"), q(None, "direct", "Nope")]);
    assert_eq!(wrong.quote_detection.p, 0.5);
}

#[test]
fn end_to_end_needs_the_same_speaker_ignoring_case_and_spaces() {
    let r = quotes_only(
        vec![q(Some("Ann Lee"), "direct", "One"), q(None, "direct", "Two"), q(Some("Bo"), "direct", "Three"), q(None, "direct", "Four")],
        vec![q(Some(" ann lee "), "direct", "One"), q(None, "direct", "Two"), q(Some("Ann Lee"), "direct", "Three"), q(Some("X"), "direct", "Four")],
    );
    assert_eq!(r.quote_detection.f1, 1.0);
    assert_eq!(r.quote_end_to_end.p, 0.5);
    assert_eq!(r.speaker_accuracy, 0.5);
    assert!(r.misses.iter().any(|m| m == "a.txt: wrong speaker 'Ann Lee' (gold 'Bo'): Three"));
    assert!(r.misses.iter().any(|m| m == "a.txt: wrong speaker 'X' (gold None): Four"));
}

#[test]
fn kind_accuracy_counts_matched_quotes_of_the_right_kind() {
    let r = quotes_only(vec![q(None, "direct", "One"), q(None, "partial", "two")], vec![q(None, "direct", "One"), q(None, "direct", "two")]);
    assert_eq!(r.kind_accuracy, 0.5);
}

#[test]
fn scare_quotes_taken_as_quotations_are_counted() {
    let gold = corpus(vec![article("a.txt", json!({"not_quotes": ["talks", "peace"]}))]);
    let pred = corpus(vec![article("a.txt", json!({"quotes": [q(None, "partial", "‘talks’")]}))]);
    let r = scoring::score(&gold, &pred);
    assert_eq!(r.scare_quotes_taken, 1);
    assert!(r.misses.contains(&"a.txt: scare quote taken for a quotation: 'talks'".to_string()));
}

fn ev(start: &str, end: &str, precision: &str, sentence: &str) -> Value {
    json!({"start": start, "end": end, "precision": precision, "sentence": sentence, "sentence_contains": sentence})
}

#[test]
fn events_need_equal_dates_precision_and_the_sentence() {
    let gold = ev("2026-01-29", "2026-01-29", "day", "announced on January 29, 2026");
    assert_eq!(scoring::event_score(&gold, &ev("2026-01-29", "2026-01-29", "day", "Trump Announced on January 29,\n 2026, that")), 1.0);
    assert_eq!(scoring::event_score(&gold, &ev("2026-01-29", "2026-01-29", "month", "announced on January 29, 2026")), 0.0);
    assert_eq!(scoring::event_score(&gold, &ev("2026-01-29", "2026-01-30", "day", "announced on January 29, 2026")), 0.0);
    assert_eq!(scoring::event_score(&gold, &ev("2026-01-29", "2026-01-29", "day", "on January 29, 2026")), 0.0);
}

#[test]
fn event_precision_recall_and_misses() {
    let gold = corpus(vec![article("a.txt", json!({"events": [ev("2022-02-01", "2022-02-28", "month", "in February 2022")]}))]);
    let pred = corpus(vec![article("a.txt", json!({"events": [ev("2022-02-01", "2022-02-28", "month", "since the invasion in February 2022."), ev("2014-01-01", "2014-12-31", "year", "in 2014")]}))]);
    let r = scoring::score(&gold, &pred);
    assert_eq!(r.events, scoring::prf(1, 2, 1));
    assert!(r.misses.contains(&"a.txt: spurious event 2014-01-01..2014-12-31 (year): in 2014".to_string()));
}

#[test]
fn people_compare_as_case_insensitive_sets_of_names_or_records() {
    let gold = corpus(vec![article("a.txt", json!({"people": ["Ann Lee", "Bo Chan"]}))]);
    let pred = corpus(vec![article("a.txt", json!({"people": [{"name": "ann lee"}, "Ann Lee", "Cy Dee", {"name": ""}]}))]);
    let r = scoring::score(&gold, &pred);
    assert_eq!(r.people, scoring::prf(1, 2, 2));
    assert!(r.misses.contains(&"a.txt: person not found: bo chan".to_string()));
    assert!(r.misses.contains(&"a.txt: spurious person: cy dee".to_string()));
}

#[test]
fn structure_checks_title_headings_and_comments() {
    let gold = corpus(vec![article("a.txt", json!({"title": "A “Big” Day", "headings": ["One", "Two"],
        "comments": [{"author": "Kat", "text": "It's 'fine'."}]}))]);
    let same = corpus(vec![article("a.txt", json!({"title": "a \"big\" day.", "headings": ["one", "two"],
        "comments": [{"author": "Kat", "text": "It’s ‘fine’"}]}))]);
    assert_eq!(scoring::score(&gold, &same).structure(), "3/3");
    let differ = corpus(vec![article("a.txt", json!({"title": "A Big Day", "headings": ["Two", "One"],
        "comments": [{"author": "kat", "text": "It's 'fine'."}]}))]);
    let r = scoring::score(&gold, &differ);
    assert_eq!(r.structure(), "0/3");
    assert_eq!(r.misses, vec!["a.txt: title differ", "a.txt: headings differ", "a.txt: comments differ"]);
}

#[test]
fn date_warnings_are_found_by_normalised_substring() {
    let gold = corpus(vec![article("a.txt", json!({"date_warnings": [{"text": "Sunday, January 31, 2026"}]}))]);
    let raised = corpus(vec![article("a.txt", json!({"date_warnings": [{"text": "on sunday, January 31, 2026,"}]}))]);
    assert_eq!(scoring::score(&gold, &raised).date_warnings(), "1/1");
    let none = corpus(vec![article("a.txt", json!({}))]);
    let r = scoring::score(&gold, &none);
    assert_eq!(r.date_warnings(), "0/1");
    assert!(r.misses.contains(&"a.txt: date warning not raised: Sunday, January 31, 2026".to_string()));
}

#[test]
fn articles_are_paired_by_file_name_and_missing_ones_reported() {
    let gold = corpus(vec![article("a.txt", json!({"quotes": [q(None, "direct", "Hi")]})), article("b.txt", json!({}))]);
    let pred = corpus(vec![article("C:\\seeds\\a.txt", json!({"quotes": [q(None, "direct", "Hi")]}))]);
    let r = scoring::score(&gold, &pred);
    assert_eq!(r.quote_detection.f1, 1.0);
    assert_eq!(r.misses[0], "b.txt: article missing from the prediction");
    // b.txt: title differs, its (empty) headings and comments agree.
    assert_eq!(r.structure(), "5/6");
}

#[test]
fn prf_handles_empty_sides() {
    assert_eq!(scoring::prf(0, 0, 0), scoring::Prf { p: 1.0, r: 1.0, f1: 1.0 });
    assert_eq!(scoring::prf(0, 0, 3), scoring::Prf { p: 0.0, r: 0.0, f1: 0.0 });
    assert_eq!(scoring::prf(0, 2, 0), scoring::Prf { p: 0.0, r: 1.0, f1: 0.0 });
}

#[test]
fn malformed_input_is_scored_not_panicked_on() {
    let gold = corpus(vec![article("a.txt", json!({"quotes": [q(None, "direct", "Hi")]}))]);
    let odd = json!({"articles": [{"file": "a.txt", "quotes": [{"text": 5, "speaker": 7}], "events": null, "people": [3]}]});
    let r = scoring::score(&gold, &odd);
    assert_eq!(r.quote_detection.f1, 0.0);
    assert_eq!(scoring::score(&gold, &json!({})).quote_detection.r, 0.0);
}

// ---- cross-check against score.py ------------------------------------------------------------

fn load(path: &str) -> Value {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// A deliberately imperfect "prediction" built from a gold file, touching every rule: dropped,
/// re-attributed, re-kinded, paraphrased and spurious quotes, scare quotes, shifted events,
/// changed people, titles, headings and comments, a Windows path, a missing article.
fn perturbed(gold: &Value) -> Value {
    let mut out = Vec::new();
    for (ai, ga) in gold["articles"].as_array().expect("gold has articles").iter().enumerate() {
        if ai % 5 == 4 {
            continue; // a missing article
        }
        let mut quotes = Vec::new();
        for (i, g) in ga["quotes"].as_array().into_iter().flatten().enumerate() {
            let mut p = g.clone();
            p.as_object_mut().expect("quote is an object").remove("required");
            match (i + ai) % 7 {
                0 => continue,
                1 => p["speaker"] = json!("Somebody Else"),
                2 => p["kind"] = json!("indirect"),
                3 => {
                    let text = p["text"].as_str().unwrap_or("").to_string();
                    let words: Vec<&str> = text.split(' ').collect();
                    p["text"] = json!(words[..words.len().saturating_sub(1).max(1)].join(" "));
                }
                4 => p["speaker"] = json!(g["speaker"].as_str().map(|s| s.to_uppercase())),
                5 => quotes.push(json!({"speaker": null, "kind": "direct", "text": "An invented quotation that isn't there"})),
                _ => {}
            }
            quotes.push(p);
        }
        for nq in ga["not_quotes"].as_array().into_iter().flatten().take(1) {
            quotes.push(json!({"speaker": null, "kind": "partial", "text": format!("‘{}’", nq.as_str().unwrap_or(""))}));
        }
        let mut events = Vec::new();
        for (i, g) in ga["events"].as_array().into_iter().flatten().enumerate() {
            let sentence = format!("So, {}.", g["sentence_contains"].as_str().unwrap_or(""));
            let mut e = json!({"start": g["start"], "end": g["end"], "precision": g["precision"], "sentence": sentence});
            match (i + ai) % 4 {
                0 => continue,
                1 => e["precision"] = json!("vague"),
                2 => events.push(json!({"start": "1999-01-01", "end": "1999-12-31", "precision": "year", "sentence": "In 1999."})),
                _ => {}
            }
            events.push(e);
        }
        let mut people: Vec<Value> = ga["people"].as_array().into_iter().flatten().skip(ai % 2).map(|n| json!({"name": n})).collect();
        people.push(json!("Spurious Person"));
        let mut headings = ga["headings"].clone();
        if ai % 3 == 1 {
            headings.as_array_mut().expect("headings").push(json!("Extra heading"));
        }
        let title = if ai % 3 == 2 { json!("Another title") } else { ga["title"].clone() };
        let file = if ai % 2 == 1 { format!("C:\\news\\{}", ga["file"].as_str().unwrap_or("")) } else { format!("seeds/{}", ga["file"].as_str().unwrap_or("")) };
        let warnings: Vec<Value> = if ai % 2 == 0 { ga["date_warnings"].as_array().cloned().unwrap_or_default() } else { vec![] };
        out.push(json!({"file": file, "title": title, "headings": headings, "comments": ga["comments"],
                        "people": people, "quotes": quotes, "events": events, "date_warnings": warnings}));
    }
    json!({ "articles": out })
}

/// Equal JSON, floats within 1e-12: serde_json's default float parser may land one unit in the
/// last place away from Python's shortest repr, so exact equality would test the parser, not the port.
fn same_figures(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_f64() || y.is_f64() => {
            matches!((x.as_f64(), y.as_f64()), (Some(x), Some(y)) if (x - y).abs() <= 1e-12)
        }
        (Value::Object(x), Value::Object(y)) => x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same_figures(v, w))),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same_figures(v, w)),
        _ => a == b,
    }
}

fn assert_same_as_score_py(gold: &Value, pred: &Value, what: &str) -> bool {
    let rust = scoring::to_json(&scoring::score(gold, pred));
    match scoring::run_score_py(gold, pred) {
        None => {
            eprintln!("note: python3 or score.py not available, {what} not cross-checked");
            false
        }
        Some(Err(e)) => panic!("{what}: {e}"),
        Some(Ok(python)) => {
            for key in ["quote_detection", "quote_end_to_end", "speaker_accuracy", "kind_accuracy", "events", "people",
                        "structure", "date_warnings", "scare_quotes_taken", "misses"] {
                assert!(same_figures(&rust[key], &python[key]), "{what}: `{key}` differs from score.py:\n  rust   {}\n  python {}", rust[key], python[key]);
            }
            let keys = |v: &Value| v.as_object().map(|o| o.keys().cloned().collect::<Vec<_>>());
            assert_eq!(keys(&rust), keys(&python), "{what}: report fields differ");
            true
        }
    }
}

#[test]
fn port_equals_score_py_on_perturbed_seed_and_article_gold() {
    for gold_file in ["tests/gold/seeds.json", "tests/gold/articles.json"] {
        let gold = load(gold_file);
        let pred = perturbed(&gold);
        let report = scoring::score(&gold, &pred);
        // The perturbation must exercise the interesting paths, or the comparison proves little.
        assert!(report.quote_detection.f1 > 0.0 && report.quote_detection.f1 < 1.0, "{gold_file}: {report}");
        assert!(report.quote_end_to_end.f1 < report.quote_detection.f1, "{gold_file}");
        assert!(report.events.f1 > 0.0 && report.events.f1 < 1.0, "{gold_file}");
        assert!(report.misses.iter().any(|m| m.contains("missing from the prediction")) || gold_file.ends_with("seeds.json"));
        assert_same_as_score_py(&gold, &pred, gold_file);
        // And the gold scored against itself is perfect on both sides.
        assert_same_as_score_py(&gold, &gold, &format!("{gold_file} vs itself"));
    }
}

#[test]
fn port_equals_score_py_on_hand_made_edge_cases() {
    let gold = corpus(vec![article("a.txt", json!({
        "title": "Title", "people": ["Ann Lee"], "not_quotes": ["talks"],
        "quotes": [q(Some("Ann Lee"), "indirect", "the plan will cost more than expected"),
                   q(Some("Ann Lee"), "partial", "reckless"),
                   {"speaker": null, "kind": "direct", "text": "Maybe", "required": false}],
        "events": [ev("2026-01-29", "2026-01-29", "day", "on January 29, 2026")],
        "date_warnings": [{"text": "Sunday, January 31, 2026"}]}))]);
    let pred = json!({"articles": [{"file": "x/a.txt", "title": "Title!", "people": ["ANN LEE", {"name": null}],
        "quotes": [{"speaker": "ann lee", "kind": "indirect", "text": "the plan will cost more than"},
                   {"speaker": "Ann", "kind": "direct", "text": "“Reckless.”"},
                   {"speaker": null, "kind": "direct", "text": "maybe"},
                   {"speaker": null, "kind": "partial", "text": "talks"},
                   {"kind": "direct", "text": "It’s \"odd\"\n\ttext\\ with 'quotes'"}],
        "events": [{"start": "2026-01-29", "end": "2026-01-29", "precision": "day", "sentence": "He spoke on January 29, 2026."}, {"start": null}],
        "date_warnings": [{"text": "It says Sunday, January 31, 2026 but"}]}]});
    assert_same_as_score_py(&gold, &pred, "edge cases");
    assert_same_as_score_py(&gold, &json!({"articles": []}), "empty prediction");
}
