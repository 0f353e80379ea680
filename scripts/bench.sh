#!/usr/bin/env bash
# `make bench`: extractor throughput and the pathological inputs' timings, built with the `native` profile (opt-level 3).
#   scripts/bench.sh [CORPUS_MB [PATHOLOGICAL_MB]]   (defaults 4 and 1)
# See BENCHMARKS.md for what is measured and the last figures.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet --profile native --example bench_extract -- "${1:-4}" "${2:-1}"
