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

/// Below this many keys, [`sorted_positions`] sorts pairs by comparison rather than by digits.
const RADIX_FROM: usize = 256;

/// The positions of `keys` in key order, ties in position order.
///
/// Long lists (every card of the index, at start) are sorted by their keys' bytes, least
/// significant first, each pass stable: a pass per byte that varies among the keys, so day
/// numbers or an article and an offset take three to five passes of two plain loops. It was a
/// sixth of building the index at 10,000 articles as a comparison sort of pairs.
fn sorted_positions(keys: Vec<u64>) -> Vec<usize> {
    if keys.len() < RADIX_FROM || keys.len() > u32::MAX as usize {
        let mut pairs: Vec<(u64, usize)> = keys.into_iter().enumerate().map(|(at, k)| (k, at)).collect();
        sort_pairs(&mut pairs);
        return pairs.into_iter().map(|(_, at)| at).collect();
    }
    let n = keys.len();
    let mut order: Vec<u32> = (0..n as u32).collect();
    let mut next = vec![0u32; n];
    let used = keys.iter().fold(0, |bits, &k| bits | k);
    let mut shift = 0;
    while shift < 64 && used >> shift != 0 {
        let digit = |at: u32| ((keys[at as usize] >> shift) & 0xff) as usize;
        let mut starts = [0usize; 256];
        for &at in &order {
            starts[digit(at)] += 1;
        }
        // A byte that every key shares orders nothing.
        if !starts.contains(&n) {
            let mut total = 0;
            for start in starts.iter_mut() {
                (*start, total) = (total, total + *start);
            }
            for &at in &order {
                let d = digit(at);
                next[starts[d]] = at;
                starts[d] += 1;
            }
            std::mem::swap(&mut order, &mut next);
        }
        shift += 8;
    }
    order.into_iter().map(|at| at as usize).collect()
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
    fn long_lists_sort_by_digits_stably_like_the_standard_sort() {
        // Pseudo-random keys (a linear congruential generator), masked to a few varying bytes,
        // with many ties; lengths on both sides of the switch from comparisons to digits.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut random = move || {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            state >> 11
        };
        for (len, mask) in [(RADIX_FROM - 1, 0xff), (RADIX_FROM, 0xff_0000_00ff), (5_000, 0x3f), (5_000, u64::MAX), (20_000, 0xffff_0000_0000_0fff)] {
            let items: Vec<(u64, usize)> = (0..len).map(|i| (random() & mask, i)).collect();
            let (mut ours, mut standard) = (items.clone(), items);
            sort_by_key(&mut ours, |&(k, _)| k);
            standard.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, standard, "{len} items, mask {mask:x}");
        }
        // Every key the same: nothing moves.
        let same: Vec<(u64, usize)> = (0..1_000).map(|i| (42, i)).collect();
        let mut ours = same.clone();
        sort_by_key(&mut ours, |&(k, _)| k);
        assert_eq!(ours, same);
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
