//! The one hash of our own tables (FxHash, the Firefox/rustc hash: a rotate, a xor and a
//! multiply per step). The lexicon's tables hash words a byte at a time, lower-casing on the
//! way; the search vocabulary (`query::index`) uses [`FxHasher`] with std's `HashMap`. Not
//! resistant to chosen keys, which is fine: every key is our own data. 32-bit, so wasm32 and
//! native hash alike. (The widget's speaker keys are FNV-1a, a format `embed.js` shares:
//! `slices.rs`.)

use std::hash::Hasher;

const SEED: u32 = 0x9e37_79b9;

/// One step: `h` with one more unit mixed in.
pub fn step(h: u32, unit: u32) -> u32 {
    (h.rotate_left(5) ^ unit).wrapping_mul(SEED)
}

/// The hash of `bytes`, a byte a step.
pub fn hash(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0, |h, &b| step(h, u32::from(b)))
}

/// [`step`] as a `std::hash::Hasher`, four bytes a step.
#[derive(Default)]
pub struct FxHasher(u32);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(4);
        for chunk in &mut chunks {
            self.0 = step(self.0, u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]));
        }
        for &b in chunks.remainder() {
            self.0 = step(self.0, u32::from(b));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.0 = step(self.0, u32::from(b));
    }

    /// Spread over 64 bits: hashbrown reads a key's 7-bit tag from the top bits of the hash
    /// (of its low 32 on wasm32), which a 32-bit hash left all zero natively, so every probe
    /// compared keys. The low 32 bits stay a one-to-one image of the hash (an odd multiplier).
    fn finish(&self) -> u64 {
        u64::from(self.0).wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::Hash;

    fn of(s: &str) -> u64 {
        let mut h = FxHasher::default();
        s.hash(&mut h);
        h.finish()
    }

    #[test]
    fn equal_keys_hash_alike_and_close_keys_apart() {
        assert_eq!(of("clinton"), of("clinton"));
        let words = ["clinton", "clintons", "clinton ", "Clinton", "a", "b", "ab", "ba", "", "abcd", "abce"];
        let mut hashes: Vec<u64> = words.iter().map(|w| of(w)).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), words.len(), "no two of these collide");
    }

    #[test]
    fn hash_is_step_folded_over_the_bytes() {
        assert_eq!(hash(b""), 0);
        assert_eq!(hash(b"ab"), step(step(0, u32::from(b'a')), u32::from(b'b')));
        assert_ne!(hash(b"ab"), hash(b"ba"));
    }
}
