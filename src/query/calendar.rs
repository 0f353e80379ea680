//! Dates as the page shows and compares them: ISO days, period bounds, day numbers, display.

use crate::extract::model::Precision;

/// `(year, month, day)` of a well-formed ISO date (`YYYY-MM-DD`, digits only). Read byte by
/// byte: the index reads two per card (a tenth of its making at 10,000 articles by `split`).
pub fn parse_iso(s: &str) -> Option<(u32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |digits: &[u8]| digits.iter().try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')));
    let (year, month, day) = (number(&b[..4])?, number(&b[5..7])?, number(&b[8..])?);
    ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day)).then_some((year, month, day))
}

pub fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A period bound as a full ISO day: `2026` → `2026-01-01` (or `-12-31` for an end), `2026-02`
/// → `2026-02-01` (or the month's last day). Anything else is `None`.
pub fn period_bound(s: &str, is_end: bool) -> Option<String> {
    let s = s.trim();
    if parse_iso(s).is_some() {
        return Some(s.to_string());
    }
    let year: u32 = s.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?.parse().ok()?;
    match s.len() {
        4 => Some(if is_end { format!("{year:04}-12-31") } else { format!("{year:04}-01-01") }),
        7 if s.as_bytes()[4] == b'-' => {
            let month: u32 = s[5..].parse().ok().filter(|m| (1..=12).contains(m))?;
            let day = if is_end { days_in_month(year, month) } else { 1 };
            Some(format!("{year:04}-{month:02}-{day:02}"))
        }
        _ => None,
    }
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

pub fn month_name(month: u32) -> &'static str {
    MONTHS.get(month.wrapping_sub(1) as usize).copied().unwrap_or("?")
}

/// A date for people: `Jan 23–24, 2026`, `Feb 2022`, `early Feb 2026`, `2014`. Malformed
/// dates are shown as written.
pub fn display_date(start: &str, end: &str, precision: Precision) -> String {
    let (Some((y1, m1, d1)), Some((y2, m2, d2))) = (parse_iso(start), parse_iso(end)) else {
        return if start == end { start.to_string() } else { format!("{start} – {end}") };
    };
    let (mn1, mn2) = (month_name(m1), month_name(m2));
    match precision {
        Precision::Year if y1 == y2 => format!("{y1}"),
        Precision::Year => format!("{y1}–{y2}"),
        Precision::Month if (y1, m1) == (y2, m2) => format!("{mn1} {y1}"),
        Precision::Month if y1 == y2 => format!("{mn1}–{mn2} {y1}"),
        Precision::Month => format!("{mn1} {y1} – {mn2} {y2}"),
        Precision::Vague => {
            let part = match d1 {
                1..=10 => "early",
                11..=20 => "mid",
                _ => "late",
            };
            format!("{part} {mn1} {y1}")
        }
        Precision::Day if start == end => format!("{mn1} {d1}, {y1}"),
        Precision::Day if (y1, m1) == (y2, m2) => format!("{mn1} {d1}–{d2}, {y1}"),
        Precision::Day if y1 == y2 => format!("{mn1} {d1} – {mn2} {d2}, {y1}"),
        Precision::Day => format!("{mn1} {d1}, {y1} – {mn2} {d2}, {y2}"),
    }
}


/// Days since 1970-01-01 of an ISO day (negative before), for cheap comparisons and sorting.
pub fn day_number(iso: &str) -> Option<i32> {
    let (y, m, d) = parse_iso(iso)?;
    // Count from March so that the leap day ends a year (the usual civil-calendar shift).
    let (y, m) = if m <= 2 { (y as i64 - 1, m + 9) } else { (y as i64, m - 3) };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let day_of_year = (153 * m as i64 + 2) / 5 + d as i64 - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    i32::try_from(era * 146_097 + day_of_era - 719_468).ok()
}

/// `(year, month)` of a day number (the inverse of [`day_number`], to the month).
pub fn year_month(day: i32) -> (u32, u32) {
    let z = day as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year as u32, month as u32)
}

/// With more years than this, a histogram draws only some year labels (all are still spoken).
pub const LABELLED_YEARS: usize = 12;

/// Labels this many bars apart or closer would overlap when drawn.
const LABEL_SPACING: usize = 4;

/// Gaps of more years than this are not drawn (one stray date from 1850 must not squeeze the rest).
const MAX_GAP: usize = 40;

/// How many empty bars a histogram draws between the years `before` (if any) and `at`.
pub fn years_gap(before: Option<u32>, at: u32) -> usize {
    let missing = before.map_or(0, |b| at.saturating_sub(b + 1) as usize);
    if missing <= MAX_GAP { missing } else { 0 }
}

/// Which of a histogram's years (ascending) have their label drawn: every one of a few; of many,
/// the first, the last and each decade not so close to the first or last that their texts overlap.
pub fn labelled_years(years: &[u32]) -> Vec<bool> {
    if years.len() <= LABELLED_YEARS {
        return vec![true; years.len()];
    }
    // Each year's place among the drawn bars, empty ones included.
    let mut place = 0;
    let places: Vec<usize> = years
        .iter()
        .enumerate()
        .map(|(n, &y)| {
            place += years_gap(n.checked_sub(1).map(|p| years[p]), y) + usize::from(n > 0);
            place
        })
        .collect();
    let last = place;
    let clear = |at: usize| at >= LABEL_SPACING && last - at >= LABEL_SPACING;
    years.iter().zip(&places).map(|(&y, &at)| at == 0 || at == last || (y % 10 == 0 && clear(at))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_years_label_the_ends_and_the_decades_that_do_not_crowd_them() {
        let years: Vec<u32> = (1999..=2031).collect();
        let drawn: Vec<u32> = years.iter().zip(labelled_years(&years)).filter(|(_, on)| *on).map(|(y, _)| *y).collect();
        // 2000 is one year after the first label and 2030 one before the last: left out.
        assert_eq!(drawn, [1999, 2010, 2020, 2031]);
        let few: Vec<u32> = (2020..2026).collect();
        assert_eq!(labelled_years(&few), vec![true; 6]);
        assert_eq!(labelled_years(&[]), Vec::<bool>::new());
        // A gap of over 40 years is not drawn: 1930 is the bar beside 1888, too close to label.
        let sparse: Vec<u32> = [1888].into_iter().chain(1930..=1960).collect();
        let drawn: Vec<u32> = sparse.iter().zip(labelled_years(&sparse)).filter(|(_, on)| *on).map(|(y, _)| *y).collect();
        assert_eq!(drawn, [1888, 1940, 1950, 1960]);
    }

    #[test]
    fn gaps_between_years_are_drawn_up_to_forty_years() {
        assert_eq!(years_gap(None, 2020), 0);
        assert_eq!(years_gap(Some(2019), 2020), 0);
        assert_eq!(years_gap(Some(2010), 2020), 9);
        assert_eq!(years_gap(Some(1939), 1980), 40);
        assert_eq!(years_gap(Some(1888), 1930), 0);
    }

    #[test]
    fn only_whole_iso_days_parse() {
        assert_eq!(parse_iso("2026-12-03"), Some((2026, 12, 3)));
        assert_eq!(parse_iso("0001-01-01"), Some((1, 1, 1)));
        assert_eq!(parse_iso("2024-02-29"), Some((2024, 2, 29)));
        for bad in ["", "2026", "2026-12", "2026-12-3", "2026-12-031", "26-12-03", "2026/12/03", "2026-13-01", "2026-00-10",
            "2026-04-31", "2023-02-29", "+026-12-03", "2026-1a-03", "２０２６-12-03", "2026-12-03 "] {
            assert_eq!(parse_iso(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn day_numbers_count_days_and_invert_to_the_month() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(day_number("2024-02-29").zip(day_number("2024-03-01")).map(|(a, b)| b - a), Some(1));
        assert_eq!(day_number("1969-12-31"), Some(-1));
        assert_eq!(day_number("2023-02-29"), None);
        for iso in ["1899-12-31", "1970-01-01", "2000-02-29", "2026-12-03", "2100-03-01"] {
            let (y, m, _) = parse_iso(iso).unwrap();
            assert_eq!(year_month(day_number(iso).unwrap()), (y, m), "{iso}");
        }
    }
}
