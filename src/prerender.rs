//! Where the prerendered first screen goes in the built `index.html` (pure, native; used by
//! `src/bin/prerender.rs`): inside the element `id="app"`, replacing its placeholder.

/// The attribute that marks `#app` as holding the prerendered screen: `boot.js` hydrates only
/// then (and only when the address asks for that screen).
pub const MARK: &str = "data-prerendered";

const OPEN: &str = "<div";
const CLOSE: &str = "</div>";

/// The attribute of `#app` that lists the articles the prerendered screen shows (their numbers,
/// space-separated): `boot.js` fetches their files (`data/articles/N.bin`) with the data, as
/// hydration draws their texts.
pub const ARTICLES: &str = "data-articles";

/// The attribute of `#app` that says how many hex digits of a speaker's key name their slice
/// (`data/quoted/K.bin`, `slices::quoted_digits`): `boot.js` starts an address that names one
/// speaker from it. Without it, it starts from `data/corpus.bin`.
pub const QUOTED_DIGITS: &str = "data-quoted-digits";

/// `page` with `screen` as the content of its `<div id="app">` (marked with [`MARK`], and the
/// `articles` it shows in [`ARTICLES`]), or a message naming `file` (and the line, when there
/// is one) when there is no such element.
pub fn insert_first_screen(file: &str, page: &str, screen: &str, articles: &[usize], digits: usize) -> Result<String, String> {
    let id = page
        .find(r#"id="app""#)
        .ok_or_else(|| format!("{file}: no element with id=\"app\": the prerendered screen goes into it"))?;
    let line = page[..id].matches('\n').count() + 1;
    let tag_start = page[..id].rfind('<').filter(|&at| page[at..].starts_with(OPEN));
    let tag_start = tag_start.ok_or_else(|| format!("{file}:{line}: the element with id=\"app\" must be a <div>"))?;
    let tag_end = page[id..].find('>').map(|at| id + at).ok_or_else(|| format!("{file}:{line}: <div id=\"app\" is not closed by '>'"))?;
    let content_end = matching_close(page, tag_end + 1).ok_or_else(|| format!("{file}:{line}: <div id=\"app\"> has no matching </div>"))?;
    // A page prerendered before gets this screen's marks instead of its own.
    let open_tag = [ARTICLES, MARK, QUOTED_DIGITS].iter().fold(page[tag_start..tag_end].to_string(), |tag, name| without_attribute(&tag, name));
    let list: Vec<String> = articles.iter().map(usize::to_string).collect();
    let mark = format!(" {MARK} {ARTICLES}=\"{}\" {QUOTED_DIGITS}=\"{digits}\"", list.join(" "));
    Ok(format!("{}{open_tag}{mark}>{screen}{}", &page[..tag_start], &page[content_end..]))
}

/// `tag` without the attribute `name` (` name` or ` name="…"`).
fn without_attribute(tag: &str, name: &str) -> String {
    let Some(at) = tag.find(&format!(" {name}")) else { return tag.to_string() };
    let rest = &tag[at + 1 + name.len()..];
    let after = match rest.strip_prefix("=\"") {
        Some(value) => value.find('"').map_or("", |end| &value[end + 1..]),
        None => rest,
    };
    format!("{}{after}", &tag[..at])
}

/// The byte offset of the `</div>` that closes a `<div>` whose content starts at `from`.
fn matching_close(page: &str, from: usize) -> Option<usize> {
    let mut depth = 1usize;
    let mut at = from;
    loop {
        let next_open = page[at..].find(OPEN).map(|i| at + i);
        let next_close = page[at..].find(CLOSE).map(|i| at + i)?;
        match next_open {
            Some(open) if open < next_close => {
                depth += 1;
                at = open + OPEN.len();
            }
            _ => {
                depth -= 1;
                if depth == 0 {
                    return Some(next_close);
                }
                at = next_close + CLOSE.len();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html>\n<body>\n  <div id=\"app\">\n    <p class=\"loading\">Loading…</p>\n  </div>\n  <div id=\"other\"></div>\n</body>\n</html>\n";

    #[test]
    fn the_screen_replaces_the_placeholder_inside_app() {
        let page = insert_first_screen("index.html", PAGE, "<div class=\"layout\"><div>card</div></div>", &[0, 4], 1).unwrap();
        assert_eq!(
            page,
            "<html>\n<body>\n  <div id=\"app\" data-prerendered data-articles=\"0 4\" data-quoted-digits=\"1\"><div class=\"layout\"><div>card</div></div></div>\n  <div id=\"other\"></div>\n</body>\n</html>\n"
        );
    }

    #[test]
    fn nested_divs_in_the_placeholder_are_replaced_whole() {
        let page = "<div id=\"app\"><div><div>a</div></div><p>b</p></div><footer></footer>";
        assert_eq!(insert_first_screen("x.html", page, "S", &[], 1).unwrap(), "<div id=\"app\" data-prerendered data-articles=\"\" data-quoted-digits=\"1\">S</div><footer></footer>");
    }

    #[test]
    fn a_page_already_marked_is_not_marked_twice() {
        let page = "<div id=\"app\" data-prerendered data-articles=\"1 2\" data-quoted-digits=\"2\" class=\"x\">old</div>";
        assert_eq!(insert_first_screen("x.html", page, "new", &[3], 1).unwrap(), "<div id=\"app\" class=\"x\" data-prerendered data-articles=\"3\" data-quoted-digits=\"1\">new</div>");
    }

    #[test]
    fn a_page_without_app_is_an_error_naming_the_file() {
        let message = insert_first_screen("dist/index.html", "<body><main></main></body>", "S", &[], 1).unwrap_err();
        assert_eq!(message, "dist/index.html: no element with id=\"app\": the prerendered screen goes into it");
    }

    #[test]
    fn an_unclosed_app_is_an_error_naming_the_line() {
        let message = insert_first_screen("index.html", "<body>\n<div id=\"app\"><div>\n</body>", "S", &[], 1).unwrap_err();
        assert_eq!(message, "index.html:2: <div id=\"app\"> has no matching </div>");
    }

    #[test]
    fn app_on_another_element_is_an_error() {
        let message = insert_first_screen("index.html", "<main id=\"app\"></main>", "S", &[], 1).unwrap_err();
        assert_eq!(message, "index.html:1: the element with id=\"app\" must be a <div>");
    }
}
