// The extractor's Web Worker (src/bin/extract_worker.rs, built by Trunk as extract_worker.js +
// extract_worker_bg.wasm). The page starts it on the first "Read your own article". A file of
// our own rather than Trunk's loader shim, which calls wasm-bindgen's deprecated form of init.
importScripts('./extract_worker.js');
wasm_bindgen({ module_or_path: './extract_worker_bg.wasm' });
