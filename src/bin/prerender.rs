//! `prerender DIST`: renders the app's first screen (the page without a query) to HTML and
//! writes it into `DIST/index.html`'s `#app`, so the cards arrive with the page and the wasm
//! hydrates them. Run by Trunk's post-build hook (`scripts/prerender.sh`) on the staging folder,
//! after the data is copied there. Reads the data through the library, as the page does: the
//! cards with every text (`data/whole.bin`), and `data/corpus.bin` for what the build computed.

use std::path::Path;
use std::process::ExitCode;

use newslens::{app, bundle, prerender, slices};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist] = args.as_slice() else {
        eprintln!("usage: prerender DIST (the built site's folder, with index.html and {})", bundle::DATA_PATH);
        return ExitCode::from(2);
    };
    match run(Path::new(dist)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(dist: &Path) -> Result<(), String> {
    let read = |path: &str| {
        let file = dist.join(path);
        std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))
    };
    let (cards, prebuilt) = bundle::decode_with_prebuilt(&read(bundle::DATA_PATH)?)?;
    // The build named the speakers' slices with as many digits (build.rs).
    let digits = slices::quoted_digits(slices::speaker_count(&cards));
    let whole = bundle::decode_whole(&read(bundle::WHOLE_PATH)?)?;
    let (screen, articles) = app::render_first_screen(whole, prebuilt)?;
    let page_file = dist.join("index.html");
    let page = std::fs::read_to_string(&page_file).map_err(|e| format!("{}: {e}", page_file.display()))?;
    let page = prerender::insert_first_screen(&page_file.display().to_string(), &page, &screen, &articles, digits)?;
    std::fs::write(&page_file, page).map_err(|e| format!("{}: {e}", page_file.display()))
}
