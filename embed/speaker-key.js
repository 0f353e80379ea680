// A speaker's key: FNV-1a (32 bits) of the trimmed lower-case name, in hex. src/slices.rs's
// speaker_key, which names the data files build.rs writes for one speaker (a widget's bucket,
// data/speakers/K.bin; the page's slice, data/quoted/K.bin). Imported only where a name
// needs its file, so other pages never fetch it. The e2e tests check that both find their file.
export function speakerKey(name) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(name.trim().toLowerCase())) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
