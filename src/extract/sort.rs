//! One stable sort for every list the extractor orders. The standard sort is instantiated anew
//! for each element type and key (several KB of wasm each, see scripts/size.sh); here only the
//! small wrapper is generic, and a merge sort of indices does the work once for all types.

/// Sorts `items` stably: `less(a, b)` says whether `a` must come before `b`.
pub fn sort_by<T>(items: &mut [T], less: impl Fn(&T, &T) -> bool) {
    let mut order = stable_order(items.len(), &|a, b| less(&items[a], &items[b]));
    permute(&mut order, &mut |a, b| items.swap(a, b));
}

/// Moves the item at `order[k]` to `k`, for every `k`, by swaps along the permutation's cycles
/// (`order` is used up as the record of what is done).
fn permute(order: &mut [usize], swap: &mut dyn FnMut(usize, usize)) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut k = start;
        while order[k] != DONE {
            let from = std::mem::replace(&mut order[k], DONE);
            if from == start {
                break;
            }
            swap(k, from);
            k = from;
        }
    }
}

/// The indices `0..len` in the order `less` gives (a bottom-up merge sort: O(n log n) on any input).
fn stable_order(len: usize, less: &dyn Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let mid = len.min(start + width);
            let end = len.min(start + 2 * width);
            merge(&order[start..mid], &order[mid..end], &mut merged[start..end], less);
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Merges two sorted runs into `out`; on ties the left run goes first, which keeps it stable.
fn merge(left: &[usize], right: &[usize], out: &mut [usize], less: &dyn Fn(usize, usize) -> bool) {
    let (mut l, mut r) = (0, 0);
    for slot in out {
        let from_right = r < right.len() && (l == left.len() || less(right[r], left[l]));
        if from_right {
            *slot = right[r];
            r += 1;
        } else {
            *slot = left[l];
            l += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by(&mut items, |a, b| a.0 < b.0);
        assert_eq!(items, vec![(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut many: Vec<u32> = (0..500).rev().collect();
        sort_by(&mut many, |a, b| a < b);
        assert!(many.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        let mut seed = 7u32;
        for len in 0..70 {
            let mut items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (seed >> 28, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|&(key, _)| key);
            sort_by(&mut items, |a, b| a.0 < b.0);
            assert_eq!(items, expected);
        }
    }
}
