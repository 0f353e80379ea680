//! Speaker slices: what a widget of one speaker needs, so that it does not download the whole
//! corpus. A speaker's key is the hash of their name in lower case, and each alias of theirs is
//! a key too, so a widget that names someone as the articles do finds them. Keys fall into 256
//! buckets by their first two hex digits; `build.rs` writes one file per bucket,
//! `data/speakers/BB.bin`: its keys, and the articles in which their speakers are quoted, with
//! only those quotes (a speaker filter leaves events out) and no texts. Every bucket has a file,
//! so a name nobody is quoted under costs no failed request: `embed/embed.js` computes the key
//! (`speakerKey`), fetches the bucket, and falls back to `corpus.bin` when the key is not in it
//! (or the widget names several speakers); `loadCorpus` tells it the bucket's keys.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::extract::model::{Article, Corpus, Person, Quote};

/// The file name part for `name`: FNV-1a (32 bits) of its trimmed lower-case UTF-8, in hex. Two
/// names may share a key: their file then holds both, and the widget filters by name anyway.
pub fn speaker_key(name: &str) -> String {
    let hash = name.trim().to_lowercase().bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    format!("{hash:08x}")
}

/// The bucket of `key`: its first two hex digits.
pub fn bucket_of(key: &str) -> &str {
    &key[..2]
}

/// Where bucket `bucket` is, relative to the page (and to `embed.js`).
pub fn bucket_path(bucket: &str) -> String {
    format!("data/speakers/{bucket}.bin")
}

/// One bucket: the keys in it (sorted) and the slice of the corpus their speakers need.
#[derive(Debug, PartialEq)]
pub struct Bucket {
    pub name: String,
    pub keys: Vec<String>,
    pub corpus: Corpus,
}

/// All 256 buckets, in order. Linear in the quotes: each speaker's quotes are gathered once,
/// then copied into the buckets of their name and aliases.
pub fn speaker_buckets(corpus: &Corpus) -> Vec<Bucket> {
    let mut quotes_of: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        for (i, quote) in article.quotes.iter().enumerate() {
            if let Some(speaker) = &quote.speaker {
                quotes_of.entry(speaker.as_str()).or_default().push((a, i));
            }
        }
    }
    let mut speakers_of: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for &speaker in quotes_of.keys() {
        speakers_of.entry(speaker_key(speaker)).or_default().insert(speaker);
    }
    for person in corpus.articles.iter().flat_map(|a| &a.people) {
        if let Some((&speaker, _)) = quotes_of.get_key_value(person.name.as_str()) {
            for alias in &person.aliases {
                speakers_of.entry(speaker_key(alias)).or_default().insert(speaker);
            }
        }
    }
    (0..=255u8)
        .map(|b| {
            let name = format!("{b:02x}");
            let keys: Vec<String> = speakers_of.range(name.clone()..).take_while(|(k, _)| k.starts_with(&name)).map(|(k, _)| k.clone()).collect();
            let mut items: Vec<(usize, usize)> =
                keys.iter().flat_map(|k| &speakers_of[k]).flat_map(|s| quotes_of[s].iter().copied()).collect();
            items.sort_unstable();
            items.dedup();
            Bucket { corpus: slice(corpus, &items), name, keys }
        })
        .collect()
}

/// The articles of `items` (sorted quote positions) with only those quotes.
fn slice(corpus: &Corpus, items: &[(usize, usize)]) -> Corpus {
    let mut articles: Vec<Article> = Vec::new();
    let mut last = None;
    for &(a, i) in items {
        if last != Some(a) {
            let source = &corpus.articles[a];
            articles.push(Article {
                file: source.file.clone(),
                title: source.title.clone(),
                people: source.people.clone(),
                reference_date: source.reference_date.clone(),
                ..Article::default()
            });
            last = Some(a);
        }
        if let Some(article) = articles.last_mut() {
            article.quotes.push(corpus.articles[a].quotes[i].clone());
        }
    }
    for article in &mut articles {
        article.people.retain(|p| concerns(p, &article.quotes));
    }
    Corpus { articles }
}

/// Whether the slice needs `person`: a speaker of `quotes` (their roles and aliases), or named in
/// one of their sentences (the widget's mention filter finds people that way).
fn concerns(person: &Person, quotes: &[Quote]) -> bool {
    let names = || std::iter::once(&person.name).chain(&person.aliases).filter(|n| !n.is_empty());
    quotes.iter().any(|q| q.speaker.as_ref() == Some(&person.name) || names().any(|n| q.sentence.contains(n.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::model::{QuoteKind, Span};

    fn quote(speaker: &str, text: &str) -> Quote {
        Quote {
            speaker: Some(speaker.into()),
            kind: QuoteKind::Direct,
            text: text.into(),
            cue: None,
            sentence: text.into(),
            span: Span::default(),
            sentence_span: Span::default(),
            date: None,
        }
    }

    fn person(name: &str, aliases: &[&str]) -> Person {
        Person { name: name.into(), aliases: aliases.iter().map(|a| a.to_string()).collect(), roles: vec![] }
    }

    #[test]
    fn the_key_is_fnv1a_of_the_lower_case_name() {
        // FNV-1a 32 reference values: "" → 811c9dc5, "a" → e40c292c.
        assert_eq!(speaker_key(""), "811c9dc5");
        assert_eq!(speaker_key("a"), "e40c292c");
        assert_eq!(speaker_key(" A "), "e40c292c");
        assert_eq!(speaker_key("Ana Ruiz"), speaker_key("ana ruiz"));
        assert_ne!(speaker_key("Ana Ruiz"), speaker_key("Ana Ruis"));
        assert_eq!(bucket_path(bucket_of("e40c292c")), "data/speakers/e4.bin");
    }

    #[test]
    fn a_bucket_holds_its_speakers_quotes_only_and_each_alias_finds_them() {
        let first = Article {
            file: "a.txt".into(),
            title: "A".into(),
            people: vec![person("Ana Ruiz", &["Ruiz", "Mayor Ruiz"]), person("Bo Lee", &[]), person("Cy Dunn", &["Dunn"])],
            quotes: vec![quote("Ana Ruiz", "one"), quote("Bo Lee", "two"), quote("Ana Ruiz", "three, with Dunn")],
            text: "the whole text".into(),
            ..Article::default()
        };
        let second = Article { file: "b.txt".into(), quotes: vec![quote("Bo Lee", "four")], ..Article::default() };
        let third = Article { file: "c.txt".into(), quotes: vec![quote("Ana Ruiz", "five")], ..Article::default() };
        let corpus = Corpus { articles: vec![first, second, third] };
        let buckets = speaker_buckets(&corpus);
        assert_eq!(buckets.len(), 256);
        assert_eq!(buckets.iter().map(|b| b.keys.len()).sum::<usize>(), 4, "Ana Ruiz, Ruiz, Mayor Ruiz, Bo Lee");
        let of = |name: &str| {
            let key = speaker_key(name);
            let bucket = buckets.iter().find(|b| b.name == bucket_of(&key)).unwrap();
            assert!(bucket.keys.contains(&key), "{name} is in its bucket");
            bucket
        };
        let said_by = |bucket: &Bucket, who: &str| -> Vec<String> {
            let quotes = bucket.corpus.articles.iter().flat_map(|a| &a.quotes);
            quotes.filter(|q| q.speaker.as_deref() == Some(who)).map(|q| q.text.clone()).collect()
        };
        for name in ["Ana Ruiz", "mayor ruiz", "RUIZ"] {
            let bucket = of(name);
            assert_eq!(said_by(bucket, "Ana Ruiz"), ["one", "three, with Dunn", "five"], "{name}");
            let article = bucket.corpus.articles.iter().find(|a| a.file == "a.txt").unwrap();
            let people: Vec<&str> = article.people.iter().map(|p| p.name.as_str()).collect();
            // Her entry (roles, aliases) and Cy Dunn, whom she names; not Bo Lee, unless his
            // quotes share the bucket.
            assert!(people.contains(&"Ana Ruiz") && people.contains(&"Cy Dunn"), "{people:?}");
            assert_eq!(article.people[0], corpus.articles[0].people[0], "roles and aliases stay");
            let bo_here = !said_by(bucket, "Bo Lee").is_empty();
            assert_eq!(people.contains(&"Bo Lee"), bo_here, "{people:?}");
            assert!(article.text.is_empty() && article.events.is_empty());
        }
        assert_eq!(said_by(of("Bo Lee"), "Bo Lee"), ["two", "four"]);
        let nobody = speaker_key("Nobody Atall");
        assert!(!buckets.iter().any(|b| b.keys.contains(&nobody)));
    }
}
