//! Size probe (wasm32 cdylib, see scripts/size.sh): the extractor and the JSON of its output.
//! `extract_size_baseline` does the same minus the extractor, so the difference of the two
//! optimised, gzipped modules is what the extractor costs the app.

// The extractor's own source, as build.rs compiles it: not the `newslens` library, whose
// wasm-bindgen exports would drag the whole app into the module.
#[path = "../src/extract/mod.rs"]
#[allow(dead_code)]
mod extract;

use extract::{extract_article, source};

/// Lends the host `len` bytes to write an article into (never freed: a probe runs once).
#[no_mangle]
pub extern "C" fn probe_alloc(len: usize) -> *mut u8 {
    Box::leak(vec![0u8; len].into_boxed_slice()).as_mut_ptr()
}

/// Extracts the article in `ptr[..len]` and returns the length of its JSON (or of the error).
///
/// # Safety
/// `ptr..ptr + len` must be readable bytes (as given by [`probe_alloc`]).
#[no_mangle]
pub unsafe extern "C" fn probe_run(ptr: *const u8, len: usize) -> usize {
    // SAFETY: the caller guarantees `len` readable bytes at `ptr`.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    match source::decode("probe.txt", bytes) {
        Ok(text) => serde_json::to_string(&extract_article("probe.txt", &text)).map_or(0, |json| json.len()),
        Err(e) => e.to_string().len(),
    }
}
