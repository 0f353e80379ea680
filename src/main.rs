//! The web app's entry point (Trunk builds it for wasm32).

fn main() {
    #[cfg(target_arch = "wasm32")]
    newslens::app::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("newslens is a web app: run `make serve` and open http://127.0.0.1:8080");
}
