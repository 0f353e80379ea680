//! The sorts of the hot paths (building the index, a keystroke's results and counts), fast and
//! still few: each standard sort instantiation costs the wasm module several KB, so every list
//! here is sorted through one of two — strings, or `(u64 key, position)` pairs. Cold and short
//! lists use the extractor's merge sort (`extract::sort`).

/// Sorts `items` by `key`, stably (ties keep their order): the keys and positions are sorted as
/// pairs, then the items are moved into that order.
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let order = sorted_positions(items.iter().map(key).collect());
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|at| slots[at].take()));
}

/// The positions of `keys` in key order, ties in position order.
fn sorted_positions(keys: Vec<u64>) -> Vec<usize> {
    let mut pairs: Vec<(u64, usize)> = keys.into_iter().enumerate().map(|(at, k)| (k, at)).collect();
    sort_pairs(&mut pairs);
    pairs.into_iter().map(|(_, at)| at).collect()
}

/// Sorts `(key, position)` pairs (the instantiation `sort_by_key` uses), for keys that are
/// unique or whose ties the position orders.
pub fn sort_pairs(pairs: &mut [(u64, usize)]) {
    pairs.sort_unstable();
}

/// Sorts strings and removes repeats.
pub fn sort_dedup(words: &mut Vec<String>) {
    words.sort_unstable();
    words.dedup();
}

/// Sorts `items` by the string `text` gives each, stably, in `str`'s order: by the first eight
/// bytes as a number, then by the whole strings only where those tie. A sort of names by string
/// comparisons spent most of its time in `memcmp` calls (building the index at 10,000 articles).
pub fn sort_by_text<'s, T>(items: &mut Vec<T>, text: impl Fn(&T) -> &'s str) {
    sort_by_key(items, |item| prefix_key(text(item)));
    let mut start = 0;
    while start < items.len() {
        let key = prefix_key(text(&items[start]));
        let end = start + items[start..].iter().take_while(|item| prefix_key(text(item)) == key).count();
        if end - start > 1 {
            crate::extract::sort::sort_by(&mut items[start..end], |a, b| text(a) < text(b));
        }
        start = end;
    }
}

/// The first eight bytes of `s`, big-endian, zero-padded: a shorter string sorts first, as in
/// `str`'s order, and strings that share these bytes tie.
fn prefix_key(s: &str) -> u64 {
    let mut bytes = [0u8; 8];
    let n = s.len().min(8);
    bytes[..n].copy_from_slice(&s.as_bytes()[..n]);
    u64::from_be_bytes(bytes)
}

/// A signed day number as a key that sorts as the number does.
pub fn day_key(day: i32) -> u64 {
    u64::from((day as u32) ^ 0x8000_0000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_stably_like_the_standard_sort() {
        // Keys with many ties, in no order: (7i mod 5), plus a few large ones.
        let items: Vec<(u64, usize)> = (0..60).map(|i| (if i % 13 == 0 { u64::MAX } else { (i as u64 * 7) % 5 }, i)).collect();
        for len in [0, 1, 2, 13, 60] {
            let (mut ours, mut standard) = (items[..len].to_vec(), items[..len].to_vec());
            sort_by_key(&mut ours, |&(k, _)| k);
            standard.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, standard, "{len} items");
        }
    }

    #[test]
    fn sorts_by_text_like_the_standard_sort() {
        // Shared prefixes longer and shorter than eight bytes, repeats, the empty string, bytes
        // above ASCII, a zero byte (it pads a short key: "ab" and "ab\0" tie on the key).
        let words = ["newslens", "newslens2", "news", "", "ab\0", "ab", "abc", "é", "zz", "newslens", "Zebra", "newsletter", "a"];
        let items: Vec<(&str, usize)> = words.iter().copied().zip(0..).collect();
        let mut ours = items.clone();
        sort_by_text(&mut ours, |&(w, _)| w);
        let mut standard = items;
        standard.sort_by_key(|&(w, _)| w);
        assert_eq!(ours, standard);
    }

    #[test]
    fn day_keys_keep_the_order_of_days() {
        let days = [i32::MIN, -800_000, -1, 0, 1, 20_000, i32::MAX];
        assert!(days.windows(2).all(|w| day_key(w[0]) < day_key(w[1])));
    }
}
