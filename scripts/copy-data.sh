#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): copies this build's data into dist/data/.
# build.rs writes the data to $OUT_DIR/newslens-data-ID/, ID being a hash of its content, and
# gives the crate the same ID; the built wasm names it. So the folder copied is the one this
# build reads, even when cargo reused a build script's output from an earlier run, or another
# build (other seeds, other features) wrote its own data since.
set -euo pipefail
staging="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
wasm="$staging/newslens_bg.wasm"
id=$(grep -aoE 'newslens-data-[0-9a-f]{16}' "$wasm" | head -n 1 || true)
[ -n "$id" ] || { echo "copy-data: $wasm names no data folder (newslens-data-…)" >&2; exit 1; }
target="${CARGO_TARGET_DIR:-${TRUNK_SOURCE_DIR:-.}/target}"
# Build scripts' outputs are target/[TRIPLE/]PROFILE/build/newslens-*/out: globs, not a walk of
# target/ (which may hold thousands of generated articles).
folder=""
for candidate in "$target"/*/build/newslens-*/out/"$id" "$target"/*/*/build/newslens-*/out/"$id"; do
  if [ -d "$candidate" ]; then folder=$candidate; break; fi
done
[ -n "$folder" ] || { echo "copy-data: no $id folder under $target (build.rs writes it)" >&2; exit 1; }
rm -rf "$staging/data"
mkdir -p "$staging/data"
cp -R "$folder/." "$staging/data/"
