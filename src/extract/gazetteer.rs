//! A small gazetteer for news: countries (with demonyms and short forms), major cities and
//! regions, and well-known organisations. Each line is `Canonical|alias|…`; an alias starting
//! with `*` is an adjective or demonym ("Ukrainian"): it names the country as an actor, never a place.

use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GazKind {
    Country,
    /// A city or region.
    Place,
    Organisation,
}

/// One name the gazetteer knows, found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GazHit {
    /// Byte range in the searched text.
    pub start: usize,
    pub end: usize,
    pub canonical: &'static str,
    pub kind: GazKind,
    /// A demonym or adjective ("Russian"), not the name itself.
    pub adjective: bool,
}

const COUNTRIES: &str = "\
Afghanistan|*Afghan|*Afghans
Albania|*Albanian
Algeria|*Algerian
Argentina|*Argentine|*Argentinian
Armenia|*Armenian
Australia|*Australian|*Australians
Austria|*Austrian
Azerbaijan|*Azerbaijani
Bangladesh|*Bangladeshi
Belarus|*Belarusian
Belgium|*Belgian
Bolivia|*Bolivian
Bosnia|*Bosnian
Brazil|*Brazilian
Bulgaria|*Bulgarian
Cambodia|*Cambodian
Canada|*Canadian|*Canadians
Chile|*Chilean
China|*Chinese|People's Republic of China
Colombia|*Colombian
Croatia|*Croatian
Cuba|*Cuban
Cyprus|*Cypriot
Czech Republic|Czechia|*Czech
Denmark|*Danish
Egypt|*Egyptian|*Egyptians
Estonia|*Estonian
Ethiopia|*Ethiopian
Finland|*Finnish
France|*French
Georgia|*Georgian
Germany|*German|*Germans
Greece|*Greek
Hungary|*Hungarian
India|*Indian|*Indians
Indonesia|*Indonesian
Iran|*Iranian|*Iranians
Iraq|*Iraqi|*Iraqis
Ireland|*Irish
Israel|*Israeli|*Israelis
Italy|*Italian
Japan|*Japanese
Jordan|*Jordanian
Kazakhstan|*Kazakh
Kenya|*Kenyan
Kosovo
Kuwait|*Kuwaiti
Latvia|*Latvian
Lebanon|*Lebanese
Libya|*Libyan
Lithuania|*Lithuanian
Malaysia|*Malaysian
Mexico|*Mexican
Moldova|*Moldovan
Morocco|*Moroccan
Myanmar|Burma|*Burmese
Netherlands|the Netherlands|*Dutch
New Zealand
Nigeria|*Nigerian
North Korea|*North Korean|DPRK
Norway|*Norwegian
Pakistan|*Pakistani
Palestine|*Palestinian|*Palestinians
Peru|*Peruvian
Philippines|*Filipino|*Philippine
Poland|*Polish|*Poles
Portugal|*Portuguese
Qatar|*Qatari
Romania|*Romanian
Russia|Russian Federation|*Russian|*Russians
Saudi Arabia|*Saudi|*Saudis
Serbia|*Serbian
Slovakia|*Slovak
Slovenia|*Slovenian
Somalia|*Somali
South Africa|*South African
South Korea|*South Korean
Spain|*Spanish
Sudan|*Sudanese
Sweden|*Swedish
Switzerland|*Swiss
Syria|*Syrian|*Syrians
Taiwan|*Taiwanese
Thailand|*Thai
Turkey|Türkiye|*Turkish
Ukraine|*Ukrainian|*Ukrainians
United Arab Emirates|UAE|U.A.E.|*Emirati
United Kingdom|UK|U.K.|Britain|Great Britain|*British
United States|United States of America|U.S.|US|USA|U.S.A.|America|*American|*Americans
Uzbekistan|*Uzbek
Venezuela|*Venezuelan
Vietnam|*Vietnamese
Yemen|*Yemeni";

const PLACES: &str = "\
Abu Dhabi
Addis Ababa
Aleppo
Amsterdam
Ankara
Athens
Baghdad
Bakhmut
Baku
Bangkok
Beijing
Beirut
Belgorod
Berlin
Brussels
Bucharest
Budapest
Buenos Aires
Cairo
Caracas
Chicago
Copenhagen
Crimea
Damascus
Davos
Delhi
Dnipro
Doha
Donbas|Donbass
Donetsk
Dubai
Dublin
Gaza|Gaza Strip
Geneva
Golan Heights
Havana
Helsinki
Hong Kong
Islamabad
Istanbul
Jakarta
Jeddah
Jerusalem
Johannesburg
Kabul
Kashmir
Kharkiv|Kharkov
Kherson
Khartoum
Kyiv|Kiev
Kursk
Lagos
Lisbon
London
Los Angeles
Luhansk
Lviv
Madrid
Manila
Mariupol
Mexico City
Minsk
Moscow
Mumbai
Munich
Nairobi
New Delhi
New York
Odesa|Odessa
Oslo
Ottawa
Paris
Prague
Pyongyang
Rafah
Riga
Riyadh
Rome
Sevastopol
Seoul
Shanghai
Singapore
St. Petersburg|Saint Petersburg
Stockholm
Sydney
Taipei
Tallinn
Tbilisi
Tehran
Tel Aviv
The Hague
Tokyo
Tripoli
Vienna
Vilnius
Warsaw
Washington
West Bank
Yerevan
Zaporizhzhia|Zaporizhia
Europe
Asia
Africa
Middle East
Latin America
Arctic
Black Sea
Red Sea";

const ORGANISATIONS: &str = "\
United Nations|UN|U.N.
UN Security Council|Security Council
NATO
European Union|EU|E.U.
European Commission
Kremlin
White House
Pentagon
State Department
Congress
Downing Street
International Monetary Fund|IMF
World Bank
World Health Organization|WHO
World Trade Organization|WTO
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
OPEC
G7
G20
BRICS
ASEAN
African Union
OSCE
Red Cross|ICRC
Hamas
Hezbollah
Taliban
Houthis
Federal Reserve
European Central Bank|ECB";

struct Entry {
    surface: &'static str,
    canonical: &'static str,
    kind: GazKind,
    adjective: bool,
}

/// Entries keyed by their first word; each list longest surface first.
fn index() -> &'static HashMap<&'static str, Vec<Entry>> {
    static INDEX: OnceLock<HashMap<&'static str, Vec<Entry>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<Entry>> = HashMap::new();
        let tables = [(COUNTRIES, GazKind::Country), (PLACES, GazKind::Place), (ORGANISATIONS, GazKind::Organisation)];
        for (table, kind) in tables {
            for line in table.lines() {
                let mut names = line.split('|');
                let Some(canonical) = names.next() else { continue };
                for name in std::iter::once(canonical).chain(names) {
                    let adjective = name.starts_with('*');
                    let surface = name.trim_start_matches('*');
                    let entry = Entry { surface, canonical, kind, adjective };
                    map.entry(first_word(surface)).or_default().push(entry);
                }
            }
        }
        for entries in map.values_mut() {
            entries.sort_by_key(|e| std::cmp::Reverse(e.surface.len()));
        }
        map
    })
}

/// The leading run of letters and digits ("U" of "U.S.", "Abu" of "Abu Dhabi").
fn first_word(s: &str) -> &str {
    let end = s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    &s[..end]
}

/// Every gazetteer name in `text`, left to right, longest first, not overlapping.
pub fn scan(text: &str) -> Vec<GazHit> {
    let index = index();
    let mut out = Vec::new();
    let mut at = 0;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if i < at || prev.is_some_and(char::is_alphanumeric) || !c.is_uppercase() {
            prev = Some(c);
            continue;
        }
        prev = Some(c);
        let rest = &text[i..];
        let Some(entries) = index.get(first_word(rest)) else { continue };
        let found = entries.iter().find(|e| {
            rest.starts_with(e.surface) && !rest[e.surface.len()..].starts_with(|c: char| c.is_alphanumeric())
        });
        if let Some(e) = found {
            let end = i + e.surface.len();
            out.push(GazHit { start: i, end, canonical: e.canonical, kind: e.kind, adjective: e.adjective });
            at = end;
        }
    }
    out
}

/// Whether `name` is one of the gazetteer's names (any kind).
pub fn knows(name: &str) -> bool {
    index().get(first_word(name)).is_some_and(|entries| entries.iter().any(|e| e.surface == name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(&'static str, GazKind, bool)> {
        scan(text).into_iter().map(|h| (h.canonical, h.kind, h.adjective)).collect()
    }

    #[test]
    fn countries_demonyms_and_short_forms() {
        assert_eq!(
            names("Ukrainian and U.S. officials met Russia's envoy."),
            vec![
                ("Ukraine", GazKind::Country, true),
                ("United States", GazKind::Country, false),
                ("Russia", GazKind::Country, false)
            ]
        );
        assert_eq!(names("the U.S.-led talks"), vec![("United States", GazKind::Country, false)]);
    }

    #[test]
    fn longest_name_wins_and_words_must_be_whole() {
        assert_eq!(names("in New Delhi"), vec![("New Delhi", GazKind::Place, false)]);
        assert_eq!(names("the UN Security Council"), vec![("UN Security Council", GazKind::Organisation, false)]);
        assert!(names("Americana and Parisian Moscowitz").is_empty());
        assert!(names("us and un").is_empty());
    }

    #[test]
    fn hits_point_at_the_text() {
        let text = "Talks in Abu Dhabi — and Kyiv.";
        for h in scan(text) {
            assert!(knows(&text[h.start..h.end]), "{}", &text[h.start..h.end]);
        }
        assert!(!knows("Atlantis"));
    }
}
