//! A small gazetteer for news: countries (with demonyms and short forms), major cities and
//! regions, and well-known organisations. Each line is `Canonical|alias|…`; an alias starting
//! with `*` is an adjective or demonym ("Ukrainian"): it names the country as an actor, never a place.

use std::sync::OnceLock;

use super::lexicon::Table;
use super::substr;

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
Bahrain|*Bahraini
Bangladesh|*Bangladeshi
Belarus|*Belarusian
Belgium|*Belgian
Bolivia|*Bolivian
Bosnia|*Bosnian
Brazil|*Brazilian
Bulgaria|*Bulgarian
Burkina Faso
Cambodia|*Cambodian
Cameroon|*Cameroonian
Canada|*Canadian|*Canadians
Chile|*Chilean
China|*Chinese|People's Republic of China
Colombia|*Colombian
Costa Rica
Croatia|*Croatian
Cuba|*Cuban
Cyprus|*Cypriot
Czech Republic|Czechia|*Czech
Democratic Republic of the Congo|DR Congo|DRC|*Congolese
Denmark|*Danish
Ecuador|*Ecuadorian
Egypt|*Egyptian|*Egyptians
Eritrea|*Eritrean
Estonia|*Estonian
Ethiopia|*Ethiopian
Finland|*Finnish
France|*French
Georgia|*Georgian
Germany|*German|*Germans
Ghana|*Ghanaian
Greece|*Greek
Guatemala|*Guatemalan
Haiti|*Haitian
Honduras|*Honduran
Hungary|*Hungarian
Iceland|*Icelandic
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
Laos
Latvia|*Latvian
Lebanon|*Lebanese
Libya|*Libyan
Lithuania|*Lithuanian
Luxembourg
Malaysia|*Malaysian
Mali|*Malian
Mexico|*Mexican
Moldova|*Moldovan
Mongolia|*Mongolian
Montenegro
Morocco|*Moroccan
Mozambique
Myanmar|Burma|*Burmese
Nepal|*Nepalese|*Nepali
Netherlands|the Netherlands|*Dutch
New Zealand
Nicaragua|*Nicaraguan
Niger
Nigeria|*Nigerian
North Korea|*North Korean|DPRK
North Macedonia
Norway|*Norwegian
Oman|*Omani
Pakistan|*Pakistani
Palestine|*Palestinian|*Palestinians
Panama|*Panamanian
Paraguay
Peru|*Peruvian
Philippines|*Filipino|*Philippine
Poland|*Polish|*Poles
Portugal|*Portuguese
Qatar|*Qatari
Romania|*Romanian
Russia|Russian Federation|*Russian|*Russians
Rwanda|*Rwandan
Saudi Arabia|*Saudi|*Saudis
Senegal|*Senegalese
Serbia|*Serbian
Singapore|*Singaporean
Slovakia|*Slovak
Slovenia|*Slovenian
Somalia|*Somali
South Africa|*South African
South Korea|*South Korean
South Sudan
Spain|*Spanish
Sri Lanka|*Sri Lankan
Sudan|*Sudanese
Sweden|*Swedish
Switzerland|*Swiss
Syria|*Syrian|*Syrians
Taiwan|*Taiwanese
Tajikistan
Tanzania|*Tanzanian
Thailand|*Thai
Tunisia|*Tunisian
Turkey|Türkiye|*Turkish
Turkmenistan
Uganda|*Ugandan
Ukraine|*Ukrainian|*Ukrainians
United Arab Emirates|UAE|U.A.E.|*Emirati
United Kingdom|UK|U.K.|Britain|Great Britain|*British
United States|United States of America|U.S.|US|USA|U.S.A.|America|*American|*Americans
Uruguay
Uzbekistan|*Uzbek
Venezuela|*Venezuelan
Vietnam|*Vietnamese
Yemen|*Yemeni
Zambia
Zimbabwe|*Zimbabwean";

const PLACES: &str = "\
Abu Dhabi
Addis Ababa
Africa
Alaska
Aleppo
Amsterdam
Anchorage
Ankara
Arctic
Arizona
Asia
Athens
Avdiivka
Baghdad
Bakhmut
Baku
Bangkok
Barcelona
Basra
Beijing
Beirut
Belgorod
Benghazi
Berlin
Black Sea
Boston
Brussels
Bryansk
Bucharest
Budapest
Buenos Aires
Cairo
California
Cape Town
Caracas
Casablanca
Chernihiv
Chicago
Copenhagen
Crimea
Damascus
Darfur
Davos
Delhi
Dhaka
Dnipro
Doha
Donbas|Donbass
Donetsk
Dubai
Dublin
Europe
Florida
Frankfurt
Gaza|Gaza Strip
Geneva
Golan Heights
Greenland
Hamburg
Havana
Helsinki
Hong Kong
Houston
Idlib
Islamabad
Istanbul
Jakarta
Jeddah
Jenin
Jerusalem
Johannesburg
Kabul
Karachi
Kashmir
Khan Younis
Kharkiv|Kharkov
Khartoum
Kherson
Kinshasa
Kramatorsk
Kuala Lumpur
Kursk
Kyiv|Kiev
Lagos
Lahore
Latin America
Lisbon
London
Los Angeles
Luhansk
Lviv
Madrid
Manila
Mariupol
Melbourne
Mexico City
Miami
Middle East
Milan
Minsk
Mogadishu
Montreal
Moscow
Mosul
Mumbai
Munich
Mykolaiv
Nairobi
New Delhi
New York
Odesa|Odessa
Oslo
Ottawa
Paris
Pokrovsk
Prague
Pyongyang
Rafah
Ramallah
Red Sea
Riga
Riyadh
Rome
Rostov
San Francisco
Sanaa
Sao Paulo
Seoul
Sevastopol
Shanghai
Singapore
Sochi
St. Petersburg|Saint Petersburg
Stockholm
Strasbourg
Sumy
Sydney
Taipei
Tallinn
Tbilisi
Tehran
Tel Aviv
Texas
The Hague
Tigray
Tokyo
Toronto
Tripoli
Vancouver
Vienna
Vilnius
Warsaw
Washington
West Bank
Xinjiang
Yerevan
Zaporizhzhia|Zaporizhia";

const ORGANISATIONS: &str = "\
African Union
Amnesty International
ASEAN
BRICS
Bundestag
CIA
Congress
Downing Street
Duma|State Duma
European Central Bank|ECB
European Commission
European Union|EU|E.U.
FBI
Federal Reserve
G20
G7
Hamas
Hezbollah
Houthis
Human Rights Watch
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
International Monetary Fund|IMF
Justice Department
Knesset
Kremlin
NATO
OPEC
OSCE
Pentagon
Red Cross|ICRC
State Department
Supreme Court
Taliban
Treasury
UN Security Council|Security Council
United Nations|UN|U.N.
Wagner Group
White House
World Bank
World Health Organization|WHO
World Trade Organization|WTO";

struct Entry {
    surface: &'static str,
    canonical: &'static str,
    kind: GazKind,
    adjective: bool,
}

struct Gazetteer {
    /// Every entry, sorted by first word and, for one first word, longest surface first.
    entries: Vec<Entry>,
    /// First word → where its entries are in `entries` (start << 16 | count): one hash lookup
    /// per capitalised word of a text, rather than a binary search.
    by_first: Table,
}

fn index() -> &'static Gazetteer {
    static INDEX: OnceLock<Gazetteer> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut entries = Vec::new();
        let tables = [(COUNTRIES, GazKind::Country), (PLACES, GazKind::Place), (ORGANISATIONS, GazKind::Organisation)];
        for (table, kind) in tables {
            for line in table.lines() {
                let mut names = line.split('|');
                let Some(canonical) = names.next() else { continue };
                for name in std::iter::once(canonical).chain(names) {
                    let adjective = name.starts_with('*');
                    let surface = name.trim_start_matches('*');
                    entries.push(Entry { surface, canonical, kind, adjective });
                }
            }
        }
        let key = |e: &Entry| (first_word(e.surface), std::cmp::Reverse(e.surface.len()));
        super::sort::sort_by(&mut entries, |a, b| key(a) < key(b));
        let mut runs: Vec<(&'static str, u32)> = Vec::new();
        let mut start = 0;
        while start < entries.len() {
            let first = first_word(entries[start].surface);
            let count = entries[start..].iter().take_while(|e| first_word(e.surface) == first).count();
            runs.push((first, (start << 16 | count) as u32));
            start += count;
        }
        Gazetteer { entries, by_first: Table::new(runs) }
    })
}

/// The entries whose first word is `word`, longest surface first.
fn entries_for(word: &str) -> &'static [Entry] {
    let index = index();
    let Some(&run) = index.by_first.get(word, false) else { return &[] };
    let (start, count) = (run as usize >> 16, run as usize & 0xffff);
    &index.entries[start..start + count]
}

/// The leading run of letters and digits ("U" of "U.S.", "Abu" of "Abu Dhabi").
fn first_word(s: &str) -> &str {
    let end = s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    substr::upto(s, end)
}

/// Every gazetteer name in `text`, left to right, longest first, not overlapping.
pub fn scan(text: &str) -> Vec<GazHit> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if i < at || prev.is_some_and(char::is_alphanumeric) || !c.is_uppercase() {
            prev = Some(c);
            continue;
        }
        prev = Some(c);
        let rest = substr::from(text, i);
        let found = entries_for(first_word(rest)).iter().find(|e| {
            rest.starts_with(e.surface) && !substr::from(rest, e.surface.len()).starts_with(|c: char| c.is_alphanumeric())
        });
        if let Some(e) = found {
            let end = i + e.surface.len();
            out.push(GazHit { start: i, end, canonical: e.canonical, kind: e.kind, adjective: e.adjective });
            at = end;
        }
    }
    out
}

/// Whether `name` is a demonym or an adjective of a country ("British", "Ukrainian").
pub fn is_demonym(name: &str) -> bool {
    entries_for(first_word(name)).iter().any(|e| e.surface == name && e.adjective)
}

/// Whether `name` is one of the gazetteer's names (any kind).
pub fn knows(name: &str) -> bool {
    entries_for(first_word(name)).iter().any(|e| e.surface == name)
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

    #[test]
    fn every_name_is_found_by_its_first_word() {
        for e in &index().entries {
            assert!(first_word(e.surface).len() <= super::super::lexicon::LONGEST, "{}", e.surface);
            assert!(knows(e.surface), "{}", e.surface);
        }
    }
}
