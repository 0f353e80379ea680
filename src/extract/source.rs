//! Turning a seed file's bytes into article text, or a clear error naming the file and place.

use std::fmt;

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
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(byte) = self.byte {
            write!(f, " (byte {byte})")?;
        }
        Ok(())
    }
}

impl std::error::Error for SourceError {}

/// Decodes and normalises an article: UTF-8 required, BOM dropped, CRLF/CR become LF.
/// An empty or whitespace-only file is an error: it would silently yield an empty article.
pub fn decode(file: &str, bytes: &[u8]) -> Result<String, SourceError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
        SourceError {
            file: file.to_string(),
            line: Some(line),
            byte: Some(at),
            message: "is not valid UTF-8; save it as UTF-8".to_string(),
        }
    })?;
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

fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_file_line_and_byte() {
        let err = decode("a.txt", b"Title\nok \xff bad").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert_eq!(err.byte, Some(9));
        assert_eq!(err.to_string(), "a.txt:2: is not valid UTF-8; save it as UTF-8 (byte 9)");
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
