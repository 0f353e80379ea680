//! The codec: round trips (the seeds' real corpus, and a corpus made of edge cases), and damaged
//! bytes of every kind at every position, which must give an error with an offset, never a panic.

use super::*;
use crate::extract::model::*;

/// The seeds' corpus, extracted here (the same code as `build.rs`), so the round trip is checked
/// against the extractor's output and not against an earlier decode.
fn seeds_corpus() -> Corpus {
    let set = crate::seeds::load_dir(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")));
    assert!(set.errors.is_empty() && !set.articles.is_empty());
    crate::extract::extract_corpus(&set.articles)
}

fn span(start: usize, end: usize) -> Span {
    Span { start, end }
}

/// Every field with a value that could trip a writer or a reader: nones and somes, empty and
/// non-ASCII strings, a quote text that is not part of its sentence, spans backwards or at the
/// ends of the offsets' range, a name used in several roles.
fn odd_corpus() -> Corpus {
    let date = |text: &str, s: Span| DateValue { start: "2026-01-23".into(), end: "2026-01-24".into(), precision: Precision::Day, text: text.into(), span: s };
    let article = Article {
        file: "ünï côdé.txt".into(),
        title: "Tïtle «quoted» 🎉".into(),
        headings: vec!["".into(), "Heading".into()],
        footer: Some(String::new()),
        comments: vec![
            Comment { author: "Ann".into(), text: "First".into(), span: span(90, 95) },
            Comment { author: "Ann".into(), text: "".into(), span: span(10, 3) },
        ],
        declared_comment_count: Some(0),
        people: vec![
            Person { name: "Ana Ruiz".into(), aliases: vec!["Ruiz".into(), "Mayor Ruiz".into()], roles: vec!["Mayor".into()] },
            Person { name: "Ruiz".into(), aliases: vec![], roles: vec![] },
        ],
        quotes: vec![
            Quote {
                speaker: Some("Ana Ruiz".into()),
                kind: QuoteKind::Direct,
                text: "we will «win»".into(),
                cue: Some("said".into()),
                sentence: "“We will «win»,” Ruiz said on Friday.".into(),
                span: span(12, 25),
                sentence_span: span(10, 48),
                date: Some(date("Friday", span(40, 46))),
            },
            Quote {
                speaker: None,
                kind: QuoteKind::Comment,
                text: "not in the sentence".into(),
                cue: None,
                sentence: "".into(),
                span: span(usize::MAX, 0),
                sentence_span: span(0, usize::MAX),
                date: Some(date("elsewhere", span(3, 2))),
            },
            Quote {
                speaker: Some("Ruiz".into()),
                kind: QuoteKind::Indirect,
                text: "".into(),
                cue: Some("according to".into()),
                sentence: "x".into(),
                span: span(5, 5),
                sentence_span: span(2, 1),
                date: None,
            },
        ],
        events: vec![Event {
            start: "2026-01".into(),
            end: "2026-01-24".into(),
            precision: Precision::Vague,
            sentence: "On January 23-24, 2026, Kyiv met Ruiz.".into(),
            sentence_span: span(200, 240),
            date: date("January 23-24, 2026", span(203, 222)),
            actors: vec!["Ana Ruiz".into(), "Kyiv".into()],
            places: vec!["Kyiv".into()],
        }],
        date_warnings: vec![DateWarning { text: "Sunday, January 31, 2026".into(), why: "a Saturday".into(), span: span(7, 30) }],
        reference_date: Some("2026-01-24".into()),
        warnings: vec!["5 comments announced, 2 found".into()],
        blocks: vec![Block { kind: BlockKind::Title, span: span(0, 9) }, Block { kind: BlockKind::Footer, span: span(3, 2) }],
        text: "Tïtle\n\nThe whole text, «with» 🎉.\n".into(),
    };
    let bare = Article { file: "b.txt".into(), ..Article::default() };
    Corpus { articles: vec![article, bare] }
}

fn groups(corpus: &Corpus) -> EventGroups {
    crate::query::group_events(corpus)
}

/// The corpus's event groups, and chunks of search words named by a word of every length.
fn prebuilt(corpus: &Corpus) -> Prebuilt {
    let word_chunks = vec!["".into(), "b".into(), "ünïcode".into(), "a word longer than twenty-four bytes".repeat(2)];
    let mut word_chunks: Vec<String> = word_chunks;
    word_chunks.sort();
    Prebuilt { event_groups: groups(corpus), word_chunks, named: Some(crate::query::named_people(corpus)), preset: None }
}

/// Groups as the build writes them, without chunks of words.
fn with_groups(event_groups: EventGroups) -> Prebuilt {
    Prebuilt { event_groups, ..Prebuilt::default() }
}

/// The corpus written with what the build computed and read back; that must come back too.
fn round_trip(corpus: &Corpus) -> Corpus {
    let written = prebuilt(corpus);
    let bytes = corpus_body(corpus, &written).into_file("newslens-data-test");
    let file = open(&bytes).unwrap();
    assert_eq!((file.id(), file.kind()), ("newslens-data-test", Kind::Corpus));
    let (read, read_prebuilt) = file.corpus_and_prebuilt().unwrap();
    assert_eq!(read_prebuilt, written);
    read
}

#[test]
fn the_seeds_corpus_round_trips_unchanged() {
    let corpus = seeds_corpus();
    assert!(corpus.articles.iter().any(|a| !a.quotes.is_empty() && !a.events.is_empty() && !a.text.is_empty()));
    assert_eq!(round_trip(&corpus), corpus);
    // The corpus as the worker answers it (a reader's article joined): no ID, nothing prebuilt.
    let bytes = encode_corpus(&corpus);
    let answer = open(&bytes).unwrap();
    assert_eq!(answer.id(), "");
    let (answered, prebuilt) = answer.corpus_and_prebuilt().unwrap();
    assert_eq!(answered, corpus);
    assert!(prebuilt.word_chunks.is_empty() && prebuilt.named.is_none());
    // Each article as the worker answers it, and each article's file.
    for article in &corpus.articles {
        assert_eq!(&open(&encode_article(article)).unwrap().article().unwrap(), article);
        let bytes = article_body(article).into_file("id");
        assert_eq!(&open(&bytes).unwrap().article().unwrap(), article);
    }
}

#[test]
fn the_seeds_buckets_round_trip_unchanged() {
    let corpus = seeds_corpus();
    let buckets = crate::slices::speaker_buckets(&corpus, 2);
    assert!(buckets.iter().any(|b| !b.keys.is_empty()));
    for bucket in buckets {
        let bytes = bucket_body(&bucket.keys, &bucket.corpus).into_file("id");
        assert_eq!(open(&bytes).unwrap().bucket().unwrap(), (bucket.keys, bucket.corpus), "bucket {}", bucket.name);
    }
}

#[test]
fn every_odd_value_round_trips_unchanged() {
    let corpus = odd_corpus();
    assert_eq!(round_trip(&corpus), corpus);
    assert_eq!(round_trip(&Corpus::default()), Corpus::default());
}

#[test]
fn repeated_names_are_written_once() {
    let quote = |speaker: &str, cue: &str| Quote {
        speaker: Some(speaker.into()),
        kind: QuoteKind::Direct,
        text: "Yes".into(),
        cue: Some(cue.into()),
        sentence: "“Yes,” she said.".into(),
        span: span(1, 4),
        sentence_span: span(0, 16),
        date: None,
    };
    let article = |n: usize| Article {
        file: format!("{n}.txt"),
        people: vec![Person { name: "Volodymyr Zelenskyy".into(), aliases: vec!["President Zelenskyy".into()], roles: vec![] }],
        quotes: (0..20).map(|_| quote("Volodymyr Zelenskyy", "according to")).collect(),
        ..Article::default()
    };
    let corpus = Corpus { articles: (0..10).map(article).collect() };
    let bytes = corpus_body(&corpus, &prebuilt(&corpus)).into_file("");
    let copies = |s: &str| bytes.windows(s.len()).filter(|w| *w == s.as_bytes()).count();
    assert_eq!((copies("Volodymyr Zelenskyy"), copies("President Zelenskyy"), copies("according to")), (1, 1, 1));
    // A quote's text inside its sentence is an offset into it, not a copy.
    assert_eq!(copies("Yes"), 200);
    assert_eq!(round_trip(&corpus), corpus);
}

#[test]
fn a_repeated_long_string_is_written_once_and_read_back_everywhere() {
    let sentence = "“We will rebuild,” the mayor said after the storm.";
    let date = DateValue { start: "2026-01-23".into(), end: "2026-01-23".into(), precision: Precision::Day, text: "storm".into(), span: span(45, 50) };
    let quote = |text: &str| Quote {
        speaker: None,
        kind: QuoteKind::Direct,
        text: text.into(),
        cue: None,
        sentence: sentence.into(),
        span: span(1, 16),
        sentence_span: span(0, 50),
        date: None,
    };
    let event = Event {
        start: date.start.clone(),
        end: date.end.clone(),
        precision: Precision::Day,
        sentence: sentence.into(),
        sentence_span: span(0, 50),
        date: date.clone(),
        actors: vec![],
        places: vec![],
    };
    let article = |n: usize| Article {
        file: format!("{n}.txt"),
        // Wire copy: the same sentence in every article, for two quotes, and as an event.
        quotes: vec![quote("We will rebuild"), quote("a text that is not in the sentence at all")],
        events: vec![event.clone()],
        ..Article::default()
    };
    let corpus = Corpus { articles: (0..50).map(article).collect() };
    // The fifty reports are one event.
    assert_eq!(groups(&corpus).len(), 1);
    let bytes = corpus_body(&corpus, &prebuilt(&corpus)).into_file("");
    let copies = |s: &str| bytes.windows(s.len()).filter(|w| *w == s.as_bytes()).count();
    assert_eq!(copies(sentence), 1);
    assert_eq!(copies("a text that is not in the sentence at all"), 1);
    assert_eq!(round_trip(&corpus), corpus);
    // Without sharing (the worker's answer) every copy is written.
    assert_eq!(open(&encode_article(&article(0))).unwrap().article().unwrap(), article(0));
}

#[test]
fn a_repeat_of_a_long_string_not_read_yet_is_an_error() {
    let article = Article { file: "f.txt".into(), title: "a title longer than twenty-four bytes".into(), ..Article::default() };
    let mut bytes = encode_article(&article);
    let at = bytes.iter().rposition(|&b| u64::from(b) == LongString::New(article.title.len()).encode()).unwrap();
    bytes[at] = LongString::Back(0).encode() as u8;
    assert_eq!(open(&bytes).unwrap().article().unwrap_err(), Error::Damaged { at, what: "a repeat of a string not read yet".into() });
}

#[test]
fn event_groups_come_back_in_order_of_their_first_report_whatever_order_they_were_given_in() {
    let mut corpus = seeds_corpus();
    corpus.articles.extend(corpus.articles.clone());
    let mut given = groups(&corpus);
    assert!(given.iter().any(|g| g.len() > 1), "the seeds twice: each event is reported twice");
    given.reverse();
    let bytes = corpus_body(&corpus, &with_groups(given.clone())).into_file("");
    let (_, read) = open(&bytes).unwrap().corpus_and_prebuilt().unwrap();
    given.reverse();
    assert_eq!(read.event_groups, given);
    // An event left out of every group comes back as a group of its own.
    let (&first, rest) = given.split_first().map(|(g, rest)| (&g[0], rest)).unwrap();
    let bytes = corpus_body(&corpus, &with_groups(rest.to_vec())).into_file("");
    let (_, read) = open(&bytes).unwrap().corpus_and_prebuilt().unwrap();
    assert!(read.event_groups.contains(&vec![first]));
}

#[test]
fn a_group_that_does_not_exist_is_an_error_at_its_byte() {
    // Every string short, so the content ends the file (long strings would follow it).
    let date = DateValue { start: "2026-01-23".into(), end: "2026-01-23".into(), precision: Precision::Day, text: "Jan 23".into(), span: span(4, 10) };
    let event = Event {
        start: date.start.clone(),
        end: date.end.clone(),
        precision: Precision::Day,
        sentence: "Met Jan 23.".into(),
        sentence_span: span(0, 11),
        date,
        actors: vec![],
        places: vec![],
    };
    let corpus = Corpus { articles: vec![Article { events: vec![event], ..Article::default() }] };
    let mut bytes = corpus_body(&corpus, &with_groups(groups(&corpus))).into_file("");
    // The last byte (the stream of groups, after which no people named and no long strings
    // come) is the only event's group: "one group back" where none was started.
    let at = bytes.len() - 1;
    assert_eq!(bytes[at], 0);
    bytes[at] = 1;
    let error = open(&bytes).unwrap().corpus().unwrap_err();
    assert!(matches!(&error, Error::Damaged { what, .. } if what == "an event in a group that does not exist"), "{error:?}");
}

/// A small file of each kind, for the damage tests.
fn small_files() -> Vec<(Kind, Vec<u8>)> {
    let corpus = odd_corpus();
    let first = &corpus.articles[0];
    vec![
        (Kind::Corpus, corpus_body(&corpus, &prebuilt(&corpus)).into_file("newslens-data-0123456789abcdef")),
        (Kind::Article, article_body(first).into_file("newslens-data-0123456789abcdef")),
        (Kind::Bucket, bucket_body(&["e40c292c".into()], &corpus).into_file("newslens-data-0123456789abcdef")),
        (Kind::Article, encode_article(first)),
        (Kind::Words, words_body(&some_words()).into_file("newslens-data-0123456789abcdef")),
        (Kind::Slice, slice_body(&sliced(&corpus)).into_file("newslens-data-0123456789abcdef")),
        (Kind::First, first_body(&sliced(&corpus), &preset(&corpus)).into_file("newslens-data-0123456789abcdef")),
    ]
}

/// The counts of `corpus`'s index, as the build stores them with the first screen.
fn preset(corpus: &Corpus) -> crate::query::Preset {
    let index = crate::query::Index::deferring_search(std::rc::Rc::new(corpus.clone()), Some(&prebuilt(corpus)));
    index.preset(2)
}

#[test]
fn the_first_screen_round_trips_its_slice_and_counts() {
    let corpus = odd_corpus();
    let (slice, preset) = (sliced(&corpus), preset(&corpus));
    assert!(preset.views[0].facets.speakers.len() + preset.views[0].facets.timeline.len() > 0, "counts to write");
    let bytes = first_body(&slice, &preset).into_file("newslens-data-test");
    let (decoded, built) = open(&bytes).unwrap().first_screen().unwrap();
    let (as_slice, slice_built) = open(&slice_body(&slice).into_file("newslens-data-test")).unwrap().slice_and_prebuilt().unwrap();
    assert_eq!((decoded, built.event_groups, built.named), (as_slice, slice_built.event_groups, slice_built.named));
    assert_eq!(built.preset.as_deref(), Some(&preset));
    assert!(open(&bytes).unwrap().slice_and_prebuilt().is_err(), "the first screen is not a speaker's slice");
    // An article of the counts must be in the slice: its title labels it.
    let mut stray = preset.clone();
    std::rc::Rc::make_mut(&mut stray.views[0].facets.articles).push(("nowhere.txt".into(), 1));
    let error = open(&first_body(&slice, &stray).into_file("")).unwrap().first_screen().unwrap_err();
    assert!(error.to_string().starts_with("an article the slice does not hold"), "{error}");
}

/// `corpus` as a speaker's slice of a corpus of two more articles, one before and one after
/// (a slice leaves out the articles that do not quote its speakers).
fn sliced(corpus: &Corpus) -> Slice {
    let prebuilt = prebuilt(corpus);
    Slice { total: corpus.articles.len() + 2, places: (1..=corpus.articles.len()).collect(), kept: corpus.clone(), prebuilt }
}

#[test]
fn a_slice_round_trips_its_kept_articles_in_their_places() {
    let corpus = odd_corpus();
    let slice = sliced(&corpus);
    assert!(slice.kept.articles.iter().any(|a| !a.events.is_empty()), "events to place in groups");
    let bytes = slice_body(&slice).into_file("newslens-data-test");
    let (decoded, built) = open(&bytes).unwrap().slice_and_prebuilt().unwrap();
    let mut expected = vec![Article::default()];
    expected.extend(corpus.articles.iter().cloned());
    expected.push(Article::default());
    assert_eq!(decoded.articles, expected, "each kept article in its place, the others empty");
    let moved = |groups: &EventGroups| -> EventGroups { groups.iter().map(|g| g.iter().map(|&(a, i)| (a + 1, i)).collect()).collect() };
    assert_eq!(built.event_groups, moved(&slice.prebuilt.event_groups), "the groups' reports in their places");
    assert_eq!(built.named, slice.prebuilt.named);
    assert!(open(&bytes).unwrap().corpus().is_err(), "a slice is not corpus.bin");
    // The articles left out cost nothing: a slice of nobody among 100,000 articles is a few bytes.
    let nobody = Slice { total: 100_000, ..Slice::default() };
    let bytes = slice_body(&nobody).into_file("newslens-data-test");
    assert!(bytes.len() < 64, "{} bytes", bytes.len());
    assert_eq!(open(&bytes).unwrap().slice_and_prebuilt().unwrap().0.articles.len(), 100_000);
}

#[test]
fn a_slice_of_more_articles_than_a_corpus_holds_is_an_error() {
    // Written by hand: the articles themselves would take gigabytes.
    let (empty, nothing) = (Corpus::default(), Prebuilt::default());
    let bytes = body::<true>(Kind::Slice, |w| {
        w.usize(MOST_ARTICLES + 1);
        w.usize(0);
        w.prebuilt(&empty, &nothing);
    })
    .into_file("");
    let error = open(&bytes).unwrap().slice_and_prebuilt().unwrap_err();
    assert!(error.to_string().starts_with("a slice of more articles than a corpus holds"), "{error}");
}

fn decode_as(kind: Kind, bytes: &[u8]) -> Result<(), Error> {
    let file = open(bytes)?;
    match kind {
        Kind::Corpus => file.corpus().map(drop),
        Kind::Bucket => file.bucket().map(drop),
        Kind::Article => file.article().map(drop),
        Kind::Words => file.words().map(drop),
        Kind::Slice => file.slice_and_prebuilt().map(drop),
        Kind::First => file.first_screen().map(drop),
    }
}

/// Words that share prefixes (one inside a multi-byte char), ids near and far apart.
fn some_words() -> Vec<(Box<str>, Vec<u32>)> {
    let words = ["", "a", "ab", "abc", "b", "zz", "ábc", "ábd"];
    words.iter().enumerate().map(|(k, w)| (Box::from(*w), (0..k as u32).map(|n| n * n * 1000 + n).collect())).collect()
}

#[test]
fn a_chunk_of_search_words_round_trips() {
    let words = some_words();
    let bytes = words_body(&words).into_file("newslens-data-test");
    assert_eq!(open(&bytes).unwrap().words().unwrap(), words);
    assert_eq!(shared_prefix("ábc", "ábd"), "áb".len());
    assert_eq!(shared_prefix("\u{e1}", "\u{e2}"), 0, "two chars that share their first byte share nothing");
}

#[test]
fn search_words_or_ids_out_of_order_are_errors() {
    let error = |words: &[(&str, Vec<u32>)]| open(&words_body(words).into_file("")).unwrap().words().unwrap_err().to_string();
    assert!(error(&[("b", vec![1]), ("a", vec![2])]).starts_with("a search word out of order"));
    assert!(error(&[("a", vec![1]), ("a", vec![2])]).starts_with("a search word out of order"));
    assert!(error(&[("a", vec![5, 5])]).starts_with("card ids out of order"));
    assert!(error(&[("a", vec![5, 3])]).starts_with("card ids out of order"), "a backwards step wraps to a huge one");
    let unnamed = Prebuilt { word_chunks: vec!["a".into()], ..Prebuilt::default() };
    let bytes = corpus_body(&Corpus::default(), &unnamed).into_file("");
    assert!(open(&bytes).unwrap().corpus().unwrap_err().to_string().starts_with("chunks of search words out of order"));
}

fn offset(error: &Error) -> usize {
    match error {
        Error::Damaged { at, .. } => *at,
        Error::Version { .. } => MAGIC.len(),
    }
}

#[test]
fn a_file_cut_short_anywhere_is_an_error_at_a_byte_inside_it() {
    for (kind, bytes) in small_files() {
        decode_as(kind, &bytes).unwrap();
        for len in 0..bytes.len() {
            let error = decode_as(kind, &bytes[..len]).expect_err("a cut file decodes");
            assert!(offset(&error) <= len, "{kind:?} cut at {len}: {error}");
            assert!(error.to_string().ends_with(&format!("at byte {}", offset(&error))), "{error}");
        }
        // And one byte too many.
        let mut longer = bytes.clone();
        longer.push(0);
        let error = decode_as(kind, &longer).unwrap_err();
        assert_eq!(error, Error::Damaged { at: bytes.len(), what: "more bytes after the end of the content".into() });
    }
}

#[test]
fn a_changed_byte_anywhere_never_panics() {
    for (kind, bytes) in small_files() {
        for at in 0..bytes.len() {
            for value in [0x00, 0x01, 0x02, 0x7f, 0x80, 0xc3, 0xff, bytes[at] ^ 0x01, bytes[at] ^ 0x40, bytes[at].wrapping_add(1)] {
                let mut damaged = bytes.clone();
                damaged[at] = value;
                // Some changes give another valid file (a letter of a text); none may panic,
                // and an error names a byte inside the file.
                if let Err(error) = decode_as(kind, &damaged) {
                    assert!(offset(&error) <= damaged.len(), "{kind:?}, byte {at} = {value}: {error}");
                }
            }
        }
    }
}

/// A small xorshift generator: reproducible noise without a crate.
fn noise(seed: u64) -> impl FnMut() -> u64 {
    let mut x = seed;
    move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    }
}

#[test]
fn random_bodies_and_spliced_files_never_panic() {
    let mut next = noise(0x9e37_79b9_7f4a_7c15);
    let files = small_files();
    for round in 0..3000 {
        let (kind, bytes) = &files[round % files.len()];
        let mut damaged = bytes.clone();
        match next() % 3 {
            // Noise after a valid header.
            0 => {
                let keep = 6 + (next() as usize % 30).min(bytes.len() - 6);
                damaged.truncate(keep);
                damaged.extend((0..next() % 200).map(|_| next() as u8));
            }
            // A run of bytes overwritten.
            1 => {
                let at = next() as usize % bytes.len();
                for b in damaged.iter_mut().skip(at).take(1 + next() as usize % 8) {
                    *b = next() as u8;
                }
            }
            // A part of the file repeated or removed.
            _ => {
                let a = next() as usize % bytes.len();
                let b = a + next() as usize % (bytes.len() - a);
                if next() % 2 == 0 {
                    damaged.drain(a..b);
                } else {
                    let part = bytes[a..b].to_vec();
                    damaged.splice(a..a, part);
                }
            }
        }
        if let Err(error) = decode_as(*kind, &damaged) {
            assert!(offset(&error) <= damaged.len(), "{error}");
        }
    }
}

#[test]
fn a_huge_count_is_refused_before_anything_is_allocated() {
    let mut bytes = MAGIC.to_vec();
    bytes.extend([VERSION, Kind::Corpus as u8, 0]);
    bytes.push(0); // an empty string table
    bytes.push(9); // the content's length
    let at = bytes.len();
    bytes.extend([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]); // 2^63 - 1 articles
    let error = open(&bytes).unwrap().corpus().unwrap_err();
    assert_eq!(error, Error::Damaged { at, what: "a count larger than the rest of the file".into() });
    // A string as long as the file and one byte more.
    let mut bytes = MAGIC.to_vec();
    bytes.extend([VERSION, Kind::Article as u8, 4, b'a', b'b', b'c']);
    assert_eq!(open(&bytes).err().unwrap(), Error::Damaged { at: 6, what: "a count larger than the rest of the file".into() });
}

#[test]
fn numbers_have_at_most_ten_bytes_and_sixty_four_bits() {
    let read = |bytes: &[u8]| Reader::new(bytes).uint();
    for n in [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX - 1, u64::MAX] {
        let mut out = Vec::new();
        put_uint(&mut out, n);
        assert!(out.len() <= 10);
        assert_eq!(read(&out), Ok(n));
    }
    let too_large = Err(Error::Damaged { at: 0, what: "a number too large".into() });
    assert_eq!(read(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02]), too_large);
    assert_eq!(read(&[0x80; 11]), too_large);
    assert!(read(&[0x80, 0x80]).is_err());
}

#[test]
fn another_version_or_kind_is_named() {
    let mut bytes = encode_article(&Article::default());
    assert_eq!(open(&bytes).unwrap().corpus().unwrap_err(), Error::Damaged { at: 5, what: "an article where a corpus was expected".into() });
    bytes[5] = 9;
    assert_eq!(open(&bytes).err().unwrap(), Error::Damaged { at: 5, what: "an unknown kind of file (9)".into() });
    bytes[4] = VERSION + 1;
    assert_eq!(open(&bytes).err().unwrap(), Error::Version { found: VERSION + 1 });
    assert_eq!(Error::Version { found: 7 }.to_string(), format!("data format 7, this page reads format {VERSION}"));
    assert!(open(b"{\"id\":").is_err());
}

#[test]
fn long_strings_follow_the_content_and_are_checked_there() {
    let long = "a sentence longer than twenty-four bytes";
    let article = Article { file: "f.txt".into(), title: long.into(), ..Article::default() };
    let bytes = encode_article(&article);
    // The title's bytes are the file's last ones, after the content's numbers.
    assert!(bytes.ends_with(long.as_bytes()));
    assert_eq!(open(&bytes).unwrap().article().unwrap(), article);
    // A long string's length beyond the file's end is an error at that length.
    let mut longer = bytes.clone();
    let at = longer.iter().rposition(|&b| u64::from(b) == LongString::New(long.len()).encode()).unwrap();
    longer[at] += 2;
    assert_eq!(open(&longer).unwrap().article().unwrap_err(), Error::Damaged { at, what: "a string longer than the rest of the file".into() });
}

/// The people a card names are checked against its article's, and their count against the
/// corpus's quotes and events; "the same as before" repeats the item before.
#[test]
fn people_named_round_trip_and_are_checked() {
    let corpus = seeds_corpus();
    let named = crate::query::named_people(&corpus);
    assert!(!named.people.is_empty(), "the seeds' sentences name people");
    let written = Prebuilt { named: Some(named.clone()), ..Prebuilt::default() };
    let read = |prebuilt: &Prebuilt| open(&corpus_body(&corpus, prebuilt).into_file("")).unwrap().corpus_and_prebuilt().map(|(_, p)| p);
    assert_eq!(read(&written).unwrap().named, Some(named.clone()));
    // One item too few.
    let mut short = named.clone();
    short.starts.pop();
    let error = read(&Prebuilt { named: Some(short), ..Prebuilt::default() }).unwrap_err().to_string();
    assert!(error.starts_with("people named for another number of quotes and events"), "{error}");
    // A place past the article's people.
    let mut far = named;
    let last = far.people.len() - 1;
    far.people[last] = 10_000;
    let error = read(&Prebuilt { named: Some(far), ..Prebuilt::default() }).unwrap_err().to_string();
    assert!(error.starts_with("a person the article does not name"), "{error}");
}

/// ISO days are day numbers, both ways, for every day of the years 0 to 9999 tried; anything
/// else is not a day (and is written as a name).
#[test]
fn iso_days_are_day_numbers_both_ways() {
    assert_eq!(day_number("1970-01-01"), Some(0));
    assert_eq!(day_number("2026-12-04"), Some(20_791));
    assert_eq!(day_number("1969-12-31"), Some(u64::MAX), "before 1970 wraps");
    for day in (-719_528i64..=2_932_896).step_by(997).chain([-719_528, 2_932_896, 11_016, 11_017, 11_075]) {
        let iso = iso_day(day as u64).unwrap();
        assert_eq!(day_number(&iso), Some(day as u64), "{iso}");
    }
    assert_eq!(iso_day(2_932_897), None, "the year 10000");
    assert_eq!(iso_day(-719_529i64 as u64), None, "the year -1");
    assert_eq!(iso_day(day_number("2000-02-29").unwrap()).as_deref(), Some("2000-02-29"));
    for not_a_day in ["2026-02-30", "1900-02-29", "2026-2-01", "2026-02-01x", "abcd-ef-gh", "2026", "", "2026-13-01", "2026-00-10", "+026-01-01"] {
        assert_eq!(day_number(not_a_day), None, "{not_a_day}");
    }
}

/// Dates that are not ISO days, and speakers who are not among the article's people, are
/// written as names and come back unchanged.
#[test]
fn odd_dates_and_speakers_round_trip() {
    let mut corpus = seeds_corpus();
    let article = &mut corpus.articles[0];
    let date = article.events[1].date.clone();
    let quote = &mut article.quotes[0];
    quote.speaker = Some("Somebody Not Among The People".into());
    quote.date = Some(DateValue { start: "sometime".into(), ..date });
    let event = &mut article.events[0];
    (event.start, event.end) = ("0000-01-01".into(), "9999-12-31".into());
    let bytes = corpus_body(&corpus, &Prebuilt::default()).into_file("");
    assert_eq!(open(&bytes).unwrap().corpus().unwrap(), corpus);
}

#[test]
fn a_corpus_decoded_at_a_pace_that_waits_is_the_corpus_decoded_at_once() {
    use crate::pace::tests::{run, Stutter};
    let corpus = odd_corpus();
    let mut bigger = seeds_corpus();
    bigger.articles.extend(corpus.articles.iter().cloned());
    let written = prebuilt(&bigger);
    let bytes = corpus_body(&bigger, &written).into_file("id");
    let at_once = open(&bytes).unwrap().corpus_and_prebuilt().unwrap();
    let stutter = Stutter::default();
    let (paced, polls) = run(open(&bytes).unwrap().corpus_and_prebuilt_paced(&mut stutter.pace(1)));
    assert_eq!(paced.unwrap(), at_once);
    assert_eq!(stutter.ticks.get(), bigger.articles.len(), "a tick after each article");
    assert_eq!(polls, stutter.waits.get() + 1, "it waited at each tick, and went on");
    // A damaged file is the same error, whenever it is found.
    for at in (0..bytes.len()).step_by(7) {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0x55;
        let at_once = open(&damaged).and_then(|f| f.corpus_and_prebuilt());
        let paced = run(async { open(&damaged)?.corpus_and_prebuilt_paced(&mut Stutter::default().pace(2)).await }).0;
        assert_eq!(paced, at_once, "byte {at}");
    }
}
