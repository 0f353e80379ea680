//! Sorted lists of card ids ("postings") and the set operations the filters need. Every list is
//! strictly increasing, so each operation is linear in what it reads.

use crate::extract::sort::sort_by;

/// A card's number in the index: its place in article order.
pub type CardId = u32;

/// Every id in any of `lists`, sorted. A bitset over the `n` ids: linear in the ids read plus
/// `n / 64`, whatever the overlap (a prefix search may union thousands of lists).
pub fn union(lists: &[&[CardId]], n: usize) -> Vec<CardId> {
    match lists {
        [] => Vec::new(),
        [only] => only.to_vec(),
        _ => {
            let mut bits = vec![0u64; n.div_ceil(64)];
            for &id in lists.iter().flat_map(|l| l.iter()) {
                bits[id as usize / 64] |= 1 << (id % 64);
            }
            ids_of(&bits)
        }
    }
}

/// The ids set in a bitset, in order.
fn ids_of(bits: &[u64]) -> Vec<CardId> {
    let mut out = Vec::new();
    for (w, &word) in bits.iter().enumerate() {
        let mut rest = word;
        while rest != 0 {
            out.push((w * 64) as CardId + rest.trailing_zeros());
            rest &= rest - 1;
        }
    }
    out
}

/// The ids in every one of `lists`. Walks the shortest list and looks the others up by binary
/// search, so a rare value narrows a common one at the cost of the rare one.
pub fn intersect(mut lists: Vec<Vec<CardId>>) -> Vec<CardId> {
    sort_by(&mut lists, |a, b| a.len() < b.len());
    let mut lists = lists.into_iter();
    let Some(mut out) = lists.next() else { return Vec::new() };
    for other in lists {
        out.retain(|id| other.binary_search(id).is_ok());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_merges_and_deduplicates() {
        assert_eq!(union(&[&[1, 5, 64], &[0, 5, 130]], 131), vec![0, 1, 5, 64, 130]);
        assert_eq!(union(&[&[3, 4]], 5), vec![3, 4]);
        assert!(union(&[], 10).is_empty());
    }

    #[test]
    fn intersect_keeps_the_common_ids() {
        assert_eq!(intersect(vec![vec![1, 2, 3, 9], vec![2, 9, 10], vec![0, 2, 4, 9]]), vec![2, 9]);
        assert_eq!(intersect(vec![vec![1, 2], vec![]]), Vec::<CardId>::new());
        assert!(intersect(vec![]).is_empty());
    }
}
