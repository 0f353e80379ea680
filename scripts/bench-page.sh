#!/usr/bin/env bash
# `make bench-page`: builds the site for the seeds and for generated corpora, then measures each
# page in headless Chromium (tests/bench/page.mjs) and prints one table. Figures, not a test.
#   scripts/bench-page.sh [SIZE...]       default: 1000 10000 (the seeds always come first)
# Environment:
#   BENCH_RUNS=3            page loads per corpus (best of; alternated with the static page)
#   BENCH_BUILD_TIMEOUT=1200  seconds before a build is reported "timed out"
#   BENCH_SEED=10           the generator's seed (same seed, same corpus)
#   BENCH_WARMUP=1          one untimed build first, so "build − seeds" is not the dependencies' compile
#   BENCH_RUN_BUDGET=1200   seconds of measuring per corpus after which no new run starts
#   BENCH_LOAD_TIMEOUT=180  seconds to wait for a page's first card (then ">180 s", and no more runs)
# Outputs under target/bench/: NAME/ (the sites), NAME.log (build logs), corpus/ (generated
# articles), page.json (the figures). See BENCHMARKS.md for how to read the table.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
runs=${BENCH_RUNS:-3}
limit=${BENCH_BUILD_TIMEOUT:-1200}
out=target/bench
mkdir -p "$out/corpus"
say() { printf '[bench-page] %s\n' "$*" >&2; }

for tool in trunk wasm-opt node; do
  command -v "$tool" >/dev/null || { say "$tool is missing: run scripts/setup.sh (make setup)"; exit 1; }
done
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { say "Chromium is missing: run scripts/setup.sh --test"; exit 1; }

# build NAME SEEDS_DIR: prints the build time in seconds, or "failed" / "timed out".
build() {
  local name=$1 seeds=$2 start end rc
  start=$(date +%s.%N)
  NEWSLENS_SEEDS="$seeds" timeout "$limit" trunk build --release --dist "$out/$name" >"$out/$name.log" 2>&1
  rc=$?
  end=$(date +%s.%N)
  if [ $rc -eq 124 ]; then echo "timed out"
  elif [ $rc -ne 0 ]; then echo "failed"
  else awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
  fi
}

if [ "${BENCH_WARMUP:-1}" = 1 ]; then
  say "warm-up build (untimed): compiles the dependencies once"
  NEWSLENS_SEEDS=seeds timeout "$limit" trunk build --release --dist "$out/warmup" >"$out/warmup.log" 2>&1 \
    || say "warm-up build failed, see $out/warmup.log"
fi

specs=()
# The timed seeds build still recompiles newslens (its NEWSLENS_SEEDS, an absolute path, differs
# from the warm-up's, so build.rs reruns): it is the reference for "compiling code", and what
# another corpus takes beyond it is that corpus's own cost.
corpora=("seeds:$PWD/seeds")
for n in "${sizes[@]}"; do
  dir="$out/corpus/g$n"
  say "generating $n articles into $dir"
  python3 scripts/gen_corpus.py "$n" "$dir" --seed "${BENCH_SEED:-10}" >&2 || { say "the generator found bad files"; exit 1; }
  corpora+=("g$n:$PWD/$dir")
done

for spec in "${corpora[@]}"; do
  name=${spec%%:*} seeds=${spec#*:}
  say "building $name (timeout ${limit}s, log in $out/$name.log)"
  rm -rf "${out:?}/$name"
  result=$(build "$name" "$seeds")
  say "  $name: $result"
  [ "$result" = failed ] && grep -E '^(error|warning: newslens.*error)' "$out/$name.log" | head -5 >&2
  articles=$(find "$seeds" -maxdepth 1 -name '*.txt' | wc -l)
  specs+=("$name:$out/$name:$articles:$result")
done

node tests/bench/page.mjs --runs "$runs" --json "$out/page.json" "${specs[@]}"
