//! Baseline of `extract_size_probe` (see scripts/size.sh): the same exports and the same JSON of
//! an article, which the optimiser cannot see is empty, but no extractor.

// Compiled as in `extract_size_probe`; only the output types are used.
#[path = "../src/extract/mod.rs"]
#[allow(dead_code)]
mod extract;

use extract::model::Article;

/// Lends the host `len` bytes (never freed: a probe runs once).
#[no_mangle]
pub extern "C" fn probe_alloc(len: usize) -> *mut u8 {
    Box::leak(vec![0u8; len].into_boxed_slice()).as_mut_ptr()
}

/// Returns the length of the JSON of an article the optimiser knows nothing about, plus the
/// length of the UTF-8 prefix of the input.
///
/// # Safety
/// `ptr..ptr + len` must be readable bytes (as given by [`probe_alloc`]).
#[no_mangle]
pub unsafe extern "C" fn probe_run(ptr: *const u8, len: usize) -> usize {
    // SAFETY: the caller guarantees `len` readable bytes at `ptr`.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    let valid = std::str::from_utf8(bytes).map_or_else(|e| e.valid_up_to(), str::len);
    let article: Article = std::hint::black_box(Article::default());
    valid + serde_json::to_string(&article).map_or(0, |json| json.len())
}
