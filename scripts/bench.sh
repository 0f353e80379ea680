#!/usr/bin/env bash
# `make bench`: extractor throughput and the pathological inputs' timings, in release mode.
#   scripts/bench.sh [CORPUS_MB [PATHOLOGICAL_MB]]   (defaults 4 and 1)
# See BENCHMARKS.md for what is measured and the last figures.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet --release --example bench_extract -- "${1:-4}" "${2:-1}"
