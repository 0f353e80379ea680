//! The HTML a host pastes to embed what the app currently shows: the custom element (two lines)
//! or the iframe fallback. `base` is the URL of the folder the app is deployed in.

use super::params::WidgetParams;
use crate::query::encode;

/// `<script type="module">` + `<news-lens …>`.
pub fn element_snippet(params: &WidgetParams, base: &str) -> String {
    let base = folder(base);
    let mut tag = String::from("<news-lens");
    for (name, value) in params.to_attributes() {
        if value.is_empty() {
            tag.push_str(&format!(" {name}"));
        } else {
            tag.push_str(&format!(" {name}=\"{}\"", escape_attr(&value)));
        }
    }
    tag.push_str("></news-lens>");
    format!("<script type=\"module\" src=\"{}\"></script>\n{tag}", escape_attr(&format!("{base}embed.js")))
}

/// An `<iframe>` of `embed.html` + the script that sizes it to its content.
pub fn iframe_snippet(params: &WidgetParams, base: &str) -> String {
    let base = folder(base);
    let src = format!("{base}embed.html{}", frame_query(params));
    format!(
        "<iframe src=\"{}\" title=\"{}\" data-news-lens loading=\"lazy\"></iframe>\n<script src=\"{}\" defer></script>",
        escape_attr(&src),
        escape_attr(&frame_title(params)),
        escape_attr(&format!("{base}embed-frame.js")),
    )
}

/// The query string of `embed.html`: the attributes, one `key=value` per list item (like the
/// app's permalinks; `embed.html` joins repeated keys with commas).
pub fn frame_query(params: &WidgetParams) -> String {
    let mut pairs = Vec::new();
    for (name, value) in params.to_attributes() {
        let list = matches!(name, "speaker" | "kind" | "article" | "mention");
        if list {
            pairs.extend(value.split(',').map(|item| format!("{name}={}", encode(item))));
        } else {
            pairs.push(format!("{name}={}", encode(&value)));
        }
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

fn frame_title(params: &WidgetParams) -> String {
    if params.speakers.is_empty() {
        "newslens: quotes and events from the news".to_string()
    } else {
        format!("newslens: quotes by {}", params.speakers.join(", "))
    }
}

/// `base` with exactly one trailing slash, and without a file name such as `index.html`.
fn folder(base: &str) -> String {
    let base = base.split(['?', '#']).next().unwrap_or("");
    let dir = match base.rfind('/') {
        Some(i) if !base[i + 1..].is_empty() && base[i + 1..].contains('.') && !base[..i].ends_with('/') => &base[..=i],
        _ => base,
    };
    format!("{}/", dir.trim_end_matches('/'))
}

fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::params::{Theme, WidgetView};
    use crate::extract::model::QuoteKind;

    fn zelenskyy_quotes() -> WidgetParams {
        WidgetParams { speakers: vec!["Volodymyr Zelenskyy".into()], view: WidgetView::Quotes, ..WidgetParams::default() }
    }

    #[test]
    fn element_snippet_is_two_lines_with_the_filters_as_attributes() {
        assert_eq!(
            element_snippet(&zelenskyy_quotes(), "https://example.org/newslens/"),
            "<script type=\"module\" src=\"https://example.org/newslens/embed.js\"></script>\n\
             <news-lens speaker=\"Volodymyr Zelenskyy\" view=\"quotes\"></news-lens>"
        );
    }

    #[test]
    fn defaults_give_a_bare_element_and_the_base_is_normalised() {
        let snippet = element_snippet(&WidgetParams::default(), "https://example.org/newslens/index.html?speaker=A#x");
        assert!(snippet.ends_with("\n<news-lens></news-lens>"), "{snippet}");
        assert!(snippet.contains("src=\"https://example.org/newslens/embed.js\""), "{snippet}");
        assert!(element_snippet(&WidgetParams::default(), "https://example.org").contains("\"https://example.org/embed.js\""));
        assert!(element_snippet(&WidgetParams::default(), "https://example.org/app").contains("\"https://example.org/app/embed.js\""));
    }

    #[test]
    fn attribute_values_are_escaped() {
        let params = WidgetParams {
            speakers: vec!["A \"B\" <C> & D".into()],
            text: "x\"><script>".into(),
            theme: Theme::Dark,
            compact: true,
            ..WidgetParams::default()
        };
        let snippet = element_snippet(&params, "https://e.org/");
        assert!(snippet.contains("speaker=\"A &quot;B&quot; &lt;C&gt; &amp; D\""), "{snippet}");
        assert!(snippet.contains("q=\"x&quot;&gt;&lt;script&gt;\" theme=\"dark\" compact>"), "{snippet}");
        assert_eq!(snippet.matches("<script").count(), 1);
    }

    #[test]
    fn iframe_snippet_repeats_list_keys_and_loads_the_sizer() {
        let params = WidgetParams {
            speakers: vec!["Ana Lima".into(), "Bo".into()],
            kinds: vec![QuoteKind::Direct],
            max_height: Some("300px".into()),
            ..WidgetParams::default()
        };
        assert_eq!(frame_query(&params), "?speaker=Ana%20Lima&speaker=Bo&kind=direct&max-height=300px");
        let snippet = iframe_snippet(&params, "https://e.org/nl/");
        assert_eq!(
            snippet,
            "<iframe src=\"https://e.org/nl/embed.html?speaker=Ana%20Lima&amp;speaker=Bo&amp;kind=direct&amp;max-height=300px\" \
             title=\"newslens: quotes by Ana Lima, Bo\" data-news-lens loading=\"lazy\"></iframe>\n\
             <script src=\"https://e.org/nl/embed-frame.js\" defer></script>"
        );
        assert_eq!(frame_query(&WidgetParams::default()), "");
    }
}
