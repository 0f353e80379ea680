//! Turning a seed file's bytes into article text, or a clear error naming the file and place.

use std::fmt;

use super::compose::{hex_byte, number};
use super::substr;

/// Why a file cannot be an article. `Display` names the file and the line/byte.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceError {
    pub file: String,
    /// 1-based line of the problem, when it has one.
    pub line: Option<usize>,
    /// 0-based byte offset of the problem, when it has one.
    pub byte: Option<usize>,
    pub message: String,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Written by hand rather than with write!, which would link the integer formatting.
        let mut out = self.file.clone();
        if let Some(line) = self.line {
            out += ":";
            out += &number(line as i64);
        }
        out += ": ";
        out += &self.message;
        if let Some(byte) = self.byte {
            out += " (byte ";
            out += &number(byte as i64);
            out += ")";
        }
        f.write_str(&out)
    }
}

impl std::error::Error for SourceError {}

/// Decodes and normalises an article: UTF-8 required, BOM dropped, CRLF/CR become LF.
/// An empty or whitespace-only file is an error: it would silently yield an empty article.
/// So is a NUL byte: valid UTF-8, but the mark of UTF-16 or binary data, never of an article.
pub fn decode(file: &str, bytes: &[u8]) -> Result<String, SourceError> {
    let at_byte = |at: usize, message: String| SourceError {
        file: file.to_string(),
        line: Some(line_of(bytes, at)),
        byte: Some(at),
        message,
    };
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(at_byte(0, "is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8".into()));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        at_byte(at, ["is not valid UTF-8 (0x", &hex_byte(bytes[at]), " here); save it as UTF-8"].concat())
    })?;
    if let Some(at) = text.find('\0') {
        return Err(at_byte(at, "contains a NUL byte: is it UTF-16 or a binary file? Save it as UTF-8 text".into()));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(SourceError {
            file: file.to_string(),
            line: None,
            byte: None,
            message: if text.is_empty() { "is empty" } else { "contains only white space" }
                .to_string(),
        });
    }
    Ok(normalize_newlines(text))
}

/// 1-based line of a byte offset (a CR-only file counts as one line: rare enough).
fn line_of(bytes: &[u8], at: usize) -> usize {
    1 + bytes[..at].iter().filter(|&&b| b == b'\n').count()
}

fn normalize_newlines(text: &str) -> String {
    if !substr::has_byte(text, b'\r') {
        return text.to_string();
    }
    // By hand: `replace("\r\n", "\n")` would bring the standard substring search.
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            chars.next_if_eq(&'\n');
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_file_line_and_byte() {
        let err = decode("a.txt", b"Title\nok \xff bad").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert_eq!(err.byte, Some(9));
        assert_eq!(err.to_string(), "a.txt:2: is not valid UTF-8 (0xFF here); save it as UTF-8 (byte 9)");
    }

    #[test]
    fn utf16_and_nul_bytes_are_named() {
        let bom = decode("u.txt", &[0xff, 0xfe, b'T', 0]).unwrap_err();
        assert!(bom.message.contains("UTF-16"), "{bom}");
        let nul = decode("n.txt", b"T\0i\0t\0").unwrap_err();
        assert_eq!((nul.line, nul.byte), (Some(1), Some(1)));
        assert!(nul.message.contains("NUL"), "{nul}");
    }

    #[test]
    fn empty_and_blank_files_are_errors() {
        assert!(decode("e.txt", b"").unwrap_err().to_string().contains("e.txt: is empty"));
        assert!(decode("w.txt", b" \n\t\n").unwrap_err().message.contains("white space"));
    }

    #[test]
    fn bom_and_crlf_are_normalised() {
        assert_eq!(decode("b.txt", "\u{feff}T\r\nP\rQ".as_bytes()).unwrap(), "T\nP\nQ");
    }
}
