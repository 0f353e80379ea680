#!/usr/bin/env bash
# What the extractor costs the wasm app: builds the size probes (examples/extract_size_*.rs) for
# wasm32 in release, optimises them as Trunk does (wasm-opt -Oz with index.html's features),
# gzips them (-9) and prints the difference; then, if dist/ is built, its two wasm modules and
# the page's first load: every file a first visit fetches (HTML, CSS, icon, scripts, wasm, data).
# Budgets: the extractor within 40 KB gzip, the first load within 150 KB gzip (issue 10).
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir=${CARGO_TARGET_DIR:-target}
wasm_opt=node_modules/.bin/wasm-opt
[[ -x $wasm_opt ]] || wasm_opt=$(command -v wasm-opt || true)
if [[ -z $wasm_opt ]]; then
    echo "size.sh: wasm-opt not found (run 'npm ci' or 'make setup')" >&2
    exit 1
fi
# The features index.html gives wasm-opt (data-wasm-opt-params).
features=(--enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int --enable-sign-ext
    --enable-mutable-globals --enable-reference-types --enable-multivalue)

cargo build --quiet --release --target wasm32-unknown-unknown \
    --example extract_size_probe --example extract_size_baseline

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gzip_bytes() { gzip -9 -c "$1" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

# Prints "raw optimised gzip" byte counts of one example.
measure() {
    local raw=$target_dir/wasm32-unknown-unknown/release/examples/$1.wasm
    "$wasm_opt" -Oz "${features[@]}" "$raw" -o "$work/$1.wasm"
    echo "$(wc -c <"$raw") $(wc -c <"$work/$1.wasm") $(gzip_bytes "$work/$1.wasm")"
}

read -r probe_raw probe_opt probe_gz < <(measure extract_size_probe)
read -r base_raw base_opt base_gz < <(measure extract_size_baseline)
echo "probe     raw $(kb "$probe_raw"), wasm-opt $(kb "$probe_opt"), gzip $(kb "$probe_gz")"
echo "baseline  raw $(kb "$base_raw"), wasm-opt $(kb "$base_opt"), gzip $(kb "$base_gz")"
echo "extractor $(kb $((probe_opt - base_opt))) optimised, $(kb $((probe_gz - base_gz))) gzip (budget 40 KB gzip)"

# What every reader downloads, the extractor's worker (fetched on "Read your own article") and
# the embed widget's module (fetched by host pages).
for wasm in dist/newslens_bg.wasm dist/extract_worker_bg.wasm dist/widget_bg.wasm; do
    if [[ -f $wasm ]]; then
        echo "$wasm  raw $(kb "$(wc -c <"$wasm")"), gzip $(kb "$(gzip_bytes "$wasm")")"
    else
        echo "$wasm  not built (make build)"
    fi
done

# The page's first load: what index.html links (stylesheets, icon, boot.js), then what boot.js
# fetches (the module, its wasm, the data). The worker and the widget's files load on demand.
first_load() {
    local html=dist/index.html
    local linked
    linked=$(grep -oE '(href|src)="[^"#]+"' "$html" | sed -E 's/^(href|src)="\.?\/?//; s/"$//' | grep -vE '^(https?:|data:|\?|#)' || true)
    printf '%s\n' index.html $linked newslens.js newslens_bg.wasm data/corpus.bin | awk '!seen[$0]++'
}
if [[ -f dist/index.html ]]; then
    total=0
    while read -r file; do
        if [[ ! -f dist/$file ]]; then
            echo "size.sh: dist/$file is linked but missing (rebuild with make build)" >&2
            exit 1
        fi
        bytes=$(gzip_bytes "dist/$file")
        total=$((total + bytes))
        printf '  %-22s gzip %s\n' "$file" "$(kb "$bytes")"
    done < <(first_load)
    echo "first load (gzip) $(kb "$total") (budget 150 KB)"
fi
