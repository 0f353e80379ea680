//! `prerender DIST`: renders the app's first screen (the page without a query) to HTML and
//! writes it into `DIST/index.html`'s `#app`, so the cards arrive with the page and the wasm
//! hydrates them. Run by Trunk's post-build hook (`scripts/prerender.sh`) on the staging folder,
//! after the data is copied there. Reads the data through the library, as the page does: the
//! first screen's slice (`data/first.bin`), its articles with every text (`data/whole.bin`),
//! and checks that `data/corpus.bin` renders the same screen.

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
    let data = read(bundle::DATA_PATH)?;
    let (cards, _) = bundle::decode_with_prebuilt(&data)?;
    // The build named the speakers' slices with as many digits (build.rs).
    let digits = slices::quoted_digits(slices::speaker_count(&cards));
    let whole = bundle::decode_whole(&read(bundle::WHOLE_PATH)?)?;
    // The page starts from the first screen's slice: rendered from it, checked against the
    // whole corpus's screen (they must be the same, or the page would show another).
    let (screen, articles) = app::render_first_screen(&whole, bundle::FIRST_PATH, &read(bundle::FIRST_PATH)?)?;
    let (from_whole, whole_articles) = app::render_first_screen(&whole, bundle::DATA_PATH, &data)?;
    if (&screen, &articles) != (&from_whole, &whole_articles) {
        return Err(format!("{} renders another first screen than {} (a newslens bug: please report it)", bundle::FIRST_PATH, bundle::DATA_PATH));
    }
    let page_file = dist.join("index.html");
    let page = std::fs::read_to_string(&page_file).map_err(|e| format!("{}: {e}", page_file.display()))?;
    let page = prerender::insert_first_screen(&page_file.display().to_string(), &page, &screen, &articles, digits)?;
    std::fs::write(&page_file, page).map_err(|e| format!("{}: {e}", page_file.display()))
}
