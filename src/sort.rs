//! Sorting short lists without the standard library's sort code.
//!
//! Every distinct `sort`, `sort_by_key` or `collect()` into a `BTreeMap`
//! instantiates the standard library's driftsort and quicksort for its type,
//! about 3 KB of wasm each (docs/quality.md, "Size"). The newcomer's program
//! sorts only short lists (a checklist's steps, a file's diagnostics), for
//! which this stable insertion sort is enough and costs a few hundred bytes.
//! Never use it for a list whose length is not bounded by content or by a
//! documented limit (it takes up to n²/2 comparisons).

/// Sorts `items` stably by `key` (equal keys keep their order).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties included.
        #[test]
        fn sorts_like_the_standard_stable_sort(list in proptest::collection::vec((0u8..8, any::<u16>()), 0..60)) {
            let mut ours = list.clone();
            super::sort_by_key(&mut ours, |(k, _)| *k);
            let mut std = list;
            std.sort_by_key(|(k, _)| *k);
            prop_assert_eq!(ours, std);
        }
    }
}
