#!/usr/bin/env bash
# Builds the embed widget's own wasm module (src/bin/widget.rs) into Trunk's staging folder as
# widget.js + widget_bg.wasm, the way Trunk builds the page's: Trunk builds only one main module
# per page ("only one <link data-trunk rel="rust" data-type="main"> may be specified"), so this
# runs from the post-build hook (scripts/prerender.sh). Same tools and versions as Trunk's
# (wasm-bindgen and wasm-opt on PATH, pinned by Trunk.toml and `make setup`), same profile and
# the same cargo features as the page's module, so the library it links is the one cargo has
# just compiled and its data ID is the page's.
set -euo pipefail
staging="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
profile="${TRUNK_PROFILE:-release}"

# The page's module tells which features it was built with: the test sites (target/dist-test)
# export the panic hook, and their widget must too.
features=()
if grep -q '__newslens_panic_for_tests' "$staging/newslens.js"; then features=(--features test-hooks); fi

cargo_profile=(--release); out_dir=release
if [ "$profile" != release ]; then cargo_profile=(); out_dir=debug; fi
cargo build --quiet "${cargo_profile[@]}" "${features[@]}" --target wasm32-unknown-unknown --bin widget
wasm="$(cargo metadata --format-version 1 --no-deps | sed -E 's/.*"target_directory":"([^"]+)".*/\1/')/wasm32-unknown-unknown/$out_dir/widget.wasm"

wasm-bindgen --target web --no-typescript --out-dir "$staging" --out-name widget "$wasm"
if [ "$profile" = release ]; then
  # The page's flags (index.html, data-wasm-opt-params), with -Oz.
  wasm-opt -Oz --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    --converge --zero-filled-memory --low-memory-unused --strip-producers \
    -o "$staging/widget_bg.wasm" "$staging/widget_bg.wasm"
fi
