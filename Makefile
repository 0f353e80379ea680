# newslens — the two commands a newcomer needs:
#   make serve   install what is missing, build, serve on http://127.0.0.1:8080
#   make test    install what is missing, run every test, print "N passed, N failed"
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test setup build extract score bench bench-page size clean

serve: setup
	trunk serve --release

test:
	scripts/test.sh

setup:
	scripts/setup.sh

# The static site in dist/ (serve it at a site root).
build: setup
	trunk build --release

# The extraction of the seeds as JSON (the contract of the gold README).
extract:
	cargo run --quiet --profile native --bin extract -- seeds/*.txt

# Scores of the extractor on the seeds and on our own test articles.
score:
	cargo test --release --test extractor_score -- --nocapture

bench:
	scripts/bench.sh

# The page at the seeds, 1,000 and 10,000 generated articles: bytes, first card, INP, DOM, memory,
# build time (BENCHMARKS.md). Sizes as arguments: make bench-page SIZES="200".
bench-page: setup
	scripts/bench-page.sh $(SIZES)

# What the extractor costs the wasm app (gzip; budget 40 KB), and the size of dist/.
size:
	scripts/size.sh

clean:
	cargo clean
	rm -rf dist tests/e2e/screenshots
