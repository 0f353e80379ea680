#!/usr/bin/env bash
# `make test`: installs what is missing, then runs every suite and ends with "N passed, N failed".
#   1. native `cargo test` (extractor, query model, scorer, seed loading)
#   2. wasm-bindgen-test in headless Chromium (tests/web.rs)
#   3. clippy, native and wasm32, warnings denied (counts as one test)
#   3b. `trunk build --release` (counts as one test)
#   4. hardening test build: target/dist-test (hostile fixture seeds + `test-hooks` feature), and
#      a site of 300 generated articles: target/dist-large (scripts/gen_corpus.py)
#   5. end-to-end tests: Playwright (playwright-core + /usr/bin/chromium) against dist/ (and
#      tests/e2e/hardening_hostile.test.mjs against target/dist-test)
#   6. engine smoke: Firefox and WebKitGTK through WebDriver against dist/ (tests/engines/)
# Every suite runs even when an earlier one fails, so one run shows everything that is broken.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test || { echo "0 passed, 1 failed (setup)"; exit 1; }
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}

passed=0
failed=0
logs=$(mktemp -d)

# Adds up libtest's "test result: ... N passed; M failed" lines of a log.
count_libtest() {
  local p f
  read -r p f < <(awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
                      END { print p + 0, f + 0 }' "$1")
  passed=$((passed + p)); failed=$((failed + f))
}

suite() { printf '\n=== %s\n' "$1"; }

suite "native: cargo test"
cargo test --no-fail-fast --color never 2>&1 | tee "$logs/native.log"
status=${PIPESTATUS[0]}
count_libtest "$logs/native.log"
if [ "$status" -ne 0 ] && ! grep -qE '^test result: FAILED' "$logs/native.log"; then
  failed=$((failed + 1)); echo "native tests did not build or run"
fi

suite "wasm: wasm-bindgen-test in headless Chromium"
cargo test --target wasm32-unknown-unknown --test web --color never 2>&1 | tee "$logs/wasm.log"
status=${PIPESTATUS[0]}
count_libtest "$logs/wasm.log"
if [ "$status" -ne 0 ] && ! grep -qE '^test result: FAILED' "$logs/wasm.log"; then
  failed=$((failed + 1)); echo "wasm tests did not build or run"
fi

# Lints count as one test: a warning is a failure, so they cannot pile up unseen.
suite "lint: cargo clippy (native, all targets; the prerender step; wasm32 library) with warnings denied"
lint() { cargo clippy --quiet --color never "$@" -- -D warnings 2>&1 | grep -v 'is a Saturday'; return "${PIPESTATUS[0]}"; }
if ! cargo clippy --version >/dev/null 2>&1; then
  echo "clippy is not installed (rustup component add clippy): lint skipped"
# The prerender step compiles the view natively only with its feature: linted on its own.
elif lint --all-targets && lint --features prerender --bin prerender && lint --target wasm32-unknown-unknown --lib --bin newslens --bin widget --bin extract_worker; then
  passed=$((passed + 1)); echo "clippy: clean"
else
  failed=$((failed + 1)); echo "clippy: warnings or errors above"
fi

suite "build: trunk build --release"
if trunk build --release 2>&1 | tee "$logs/trunk.log" | grep -vE '^\s*$' | tail -n 5; [ "${PIPESTATUS[0]}" -eq 0 ]; then
  passed=$((passed + 1)); built=1
else
  failed=$((failed + 1)); built=0; cat "$logs/trunk.log"
fi

# ---- hardening: a second site built from tests/fixtures/hostile, with the `test-hooks` feature
# (an export that panics on purpose). Never dist/: tests/e2e/hardening.test.mjs checks that dist/
# has no hook. Built after dist/ so both share the compiled dependencies (about a minute more).
suite "build: hardening test site (target/dist-test)"
if NEWSLENS_SEEDS=tests/fixtures/hostile trunk build --release --features test-hooks --dist target/dist-test \
     > "$logs/trunk-test.log" 2>&1 \
   && cargo run --quiet --release --bin extract -- tests/fixtures/hostile/*.txt > target/e2e-hostile-corpus.json; then
  passed=$((passed + 1)); tail -n 2 "$logs/trunk-test.log"
else
  failed=$((failed + 1)); cat "$logs/trunk-test.log"
fi
# ---- end of the hardening block

# ---- a larger corpus: 300 generated articles (scripts/gen_corpus.py, deterministic) for the
# paging, long facets and histogram tests (tests/e2e/scale.test.mjs). Same features as dist/, so
# only build.rs and the crate are rebuilt.
suite "build: a generated 300-article site (target/dist-large)"
if python3 scripts/gen_corpus.py 300 target/corpus-300 > "$logs/gen.log" 2>&1 \
   && NEWSLENS_SEEDS=target/corpus-300 trunk build --release --dist target/dist-large > "$logs/trunk-large.log" 2>&1 \
   && cargo run --quiet --release --bin extract -- target/corpus-300/*.txt > target/e2e-large-corpus.json; then
  passed=$((passed + 1)); tail -n 1 "$logs/gen.log"
else
  failed=$((failed + 1)); cat "$logs/gen.log" "$logs/trunk-large.log"
fi

suite "end-to-end: Playwright + Chromium against dist/"
if [ "$built" -eq 1 ]; then
  # The tests compare the page with what the extractor makes of the same seeds.
  cargo run --quiet --release --bin extract -- seeds/*.txt > target/e2e-corpus.json
  node --test --test-concurrency=1 --test-timeout=120000 --test-reporter=spec --test-reporter-destination=stdout \
       --test-reporter=tap --test-reporter-destination="$logs/e2e.tap" tests/e2e/
  p=$(grep -E '^# pass ' "$logs/e2e.tap" | awk '{print $3}')
  f=$(grep -E '^# fail ' "$logs/e2e.tap" | awk '{print $3}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-1}))
else
  echo "skipped: the app did not build"; failed=$((failed + 1))
fi

# Firefox (headless, geckodriver) and WebKitGTK (MiniBrowser, WebKitWebDriver, which needs an X
# display: xvfb-run) through WebDriver. `timeout` inside xvfb-run, so Xvfb is cleaned up even then.
suite "engines: Firefox and WebKitGTK smoke through WebDriver against dist/"
if [ "$built" -eq 1 ]; then
  xvfb-run -a timeout -k 10 300 \
    node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
         --test-reporter=tap --test-reporter-destination="$logs/engines.tap" tests/engines/
  p=$(grep -E '^# pass ' "$logs/engines.tap" | awk '{print $3}')
  f=$(grep -E '^# fail ' "$logs/engines.tap" | awk '{print $3}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-1}))
else
  echo "skipped: the app did not build"; failed=$((failed + 1))
fi

printf '\n%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
