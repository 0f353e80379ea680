//! Numbers written by hand. `format!` and `to_string` on numbers link `std::fmt`'s machinery
//! (argument dispatch, padding, integer formatting: a few KB of wasm, see scripts/size.sh), so
//! the extractor builds its strings with `concat` and these.

/// `n` in decimal, zero-padded to at least `width` chars, sign included (as `{n:0width$}`).
pub fn padded(n: i64, width: usize) -> String {
    let mut out = String::new();
    push_padded(&mut out, n, width);
    out
}

/// Appends [`padded`]`(n, width)` to `out`, without a string of its own (ISO dates are written
/// three numbers at a time).
pub fn push_padded(out: &mut String, n: i64, width: usize) {
    let mut digits = [0u8; 20]; // least significant first; i64 has at most 19 digits
    let mut count = 0;
    let mut rest = n.unsigned_abs();
    loop {
        digits[count] = b'0' + (rest % 10) as u8;
        count += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let sign = if n < 0 { "-" } else { "" };
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', width.saturating_sub(sign.len() + count)));
    out.extend(digits[..count].iter().rev().map(|&d| char::from(d)));
}

/// `n` in decimal (as `n.to_string()`).
pub fn number(n: i64) -> String {
    padded(n, 0)
}

/// A byte as two upper-case hex digits (as `{:02X}`).
pub fn hex_byte(byte: u8) -> String {
    let digit = |d: u8| char::from(if d < 10 { b'0' + d } else { b'A' + d - 10 });
    [digit(byte >> 4), digit(byte & 0xf)].iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_std_fmt_writes_them() {
        for n in [0, 1, 9, 10, 42, 999, 1000, 2026, 12345, -1, -5, -42, i64::MAX, i64::MIN] {
            assert_eq!(number(n), n.to_string());
            for width in 0..6 {
                assert_eq!(padded(n, width), format!("{n:0width$}"), "{n} {width}");
            }
        }
        for byte in 0..=255u8 {
            assert_eq!(hex_byte(byte), format!("{byte:02X}"));
        }
    }
}
