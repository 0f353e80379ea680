//! The wasm binary Trunk builds. It deliberately does nothing on load: `boot.js` calls the
//! exported `startApp` for the page, while the embed widget uses the same module its own way.

// Link the library so its `#[wasm_bindgen]` exports end up in this binary.
extern crate newslens;

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("newslens is a web app: run `make serve` and open http://127.0.0.1:8080");
}
