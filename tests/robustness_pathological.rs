//! Pathological inputs (tests/robustness_support: 1 MB of unbalanced quotes, 100k-character
//! sentences, 10k nested marks, 1 MB of "Jan. " …): no panic, and sane output. How fast each one
//! runs is measured by `make bench` (examples/bench_extract.rs), not here: timed tests are flaky.

mod robustness_support;

use newslens::extract::extract_article;
use robustness_support::{assert_sane, check_dates, pathological_cases};

fn run(case: &str) {
    let (name, text) = pathological_cases().into_iter().find(|(n, _)| *n == case).expect("a known case");
    let article = extract_article("pathological.txt", &text);
    assert_sane(name, &text, &article);
    assert_eq!(article.title, "Pathological Input", "{name}: the title line is still the title");
    check_dates(name, &text);
}

macro_rules! cases {
    ($($test:ident => $case:literal,)*) => {
        $( #[test] fn $test() { run($case) } )*

        #[test]
        fn every_case_has_a_test() {
            let tested = [$($case),*];
            for (name, _) in pathological_cases() {
                assert!(tested.contains(&name), "no test runs the case {name:?}");
            }
        }
    };
}

cases! {
    unbalanced_opening_quotes => "1 MB of unbalanced opening quotes",
    straight_double_quotes => "1 MB of straight double quotes",
    sentence_of_100k_chars => "100k-character sentence, no punctuation",
    single_line_without_spaces => "1 MB single line without spaces",
    nested_quote_marks => "10k nested quote marks",
    jan_dot_repeated => "1 MB of \"Jan. \"",
    abbreviations_repeated => "1 MB of abbreviations (Mr. U.S. Dr.)",
    full_dates_repeated => "1 MB of full dates",
    weekday_dated_sentences => "1 MB of weekday-dated sentences",
    numbers_repeated => "1 MB of numbers",
    attributed_quotes_repeated => "1 MB of attributed quotes",
    hundred_thousand_lines => "100k lines",
    comments_header_then_100k_lines => "a comments header then 100k lines",
    zero_width_and_bidi => "10k zero-width spaces and bidi overrides",
    capitalised_names_repeated => "1 MB of capitalised names",
    transcript_turns_repeated => "1 MB of transcript turns",
    joined_quotations_repeated => "1 MB of quotations joined across attributions",
    distinct_lone_surnames => "distinct lone surnames speaking",
    stage_directions_in_a_long_turn => "a 1 MB transcript turn of open parentheses and stage directions",
    long_attributions_repeated => "1 MB of long attributions between quotation halves",
    unnamed_shouters_repeated => "1 MB of unnamed shouters and thousands",
    stops_closed_by_an_unopened_parenthesis => "1 MB of stops closed by a parenthesis never opened",
    story_told_from_the_last_day => "1 MB of a story told from the last day",
}

#[test]
fn full_dates_are_all_found() {
    // Sanity beyond "no panic": a megabyte of dates is a megabyte of dates, not zero.
    let text = robustness_support::repeat_to("January 5, 2026 ", 100_000);
    assert_eq!(check_dates("dates", &text), 100_000 / 16);
}
