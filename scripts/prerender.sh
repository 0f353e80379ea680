#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): copies this build's data into the staging folder
# (scripts/copy-data.sh), builds the embed widget's own module (scripts/build-widget.sh: Trunk
# builds one main module per page), then renders the app's first screen into its index.html
# (src/bin/prerender.rs, compiled natively with the `prerender` profile). One hook for all:
# Trunk starts all hooks of a stage at once, and the prerender reads the copied data.
set -euo pipefail
staging="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
here="$(dirname "$0")"
bash "$here/copy-data.sh"
bash "$here/build-widget.sh"
# Trunk builds for wasm32; the prerender runs here, on the build machine (cargo's host target).
cargo run --quiet --profile prerender --features prerender --bin prerender -- "$staging"
