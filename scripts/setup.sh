#!/usr/bin/env bash
# Installs what newslens needs and is missing; quick and silent when all is there.
#   scripts/setup.sh          build tools: wasm32 target, wasm-bindgen-cli, Trunk, npm packages
#   scripts/setup.sh --test   also, for the browser tests: Chromium + ChromeDriver, Firefox ESR +
#                             geckodriver (cargo), WebKitGTK's WebKitWebDriver, Xvfb (apt-get)
# Versions come from Cargo.lock / Trunk.toml / package-lock.json, so they cannot drift apart.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.22.1
say() { printf '[setup] %s\n' "$*"; }
need_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  say "need root to run: $*"; exit 1; fi; }
export PATH="$HOME/.cargo/bin:$PATH"

command -v cargo >/dev/null || { say "cargo is missing: install Rust with rustup (https://rustup.rs)"; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# A minimal rustup profile has no clippy; `make test` lints.
if ! rustup component list --installed 2>/dev/null | grep -q '^clippy'; then
  say "adding the clippy component"
  rustup component add clippy || say "clippy could not be installed: make test will skip its lint suite"
fi

# wasm-bindgen-cli must equal the wasm-bindgen version in Cargo.lock.
wbg_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wbg_version" ]; then
  say "installing wasm-bindgen-cli $wbg_version (about 3 minutes)"
  # Not --locked: one of its locked dependency versions is gone from the registry.
  cargo install --force wasm-bindgen-cli --version "$wbg_version"
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (about 11 minutes on 2 cores)"
  # Trunk declares a newer rustc than it needs; it builds and works on 1.95.
  cargo install --locked --force trunk --version "$TRUNK_VERSION" --ignore-rust-version
fi

if ! command -v npm >/dev/null; then
  say "installing Node.js and npm"
  need_root apt-get update -qq && need_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
fi
# npm ci only when node_modules does not hold exactly what package-lock.json lists.
npm_packages() { node -e 'const p = require(process.argv[1]).packages; delete p[""]; console.log(JSON.stringify(p))' "$1" 2>/dev/null; }
if [ "$(npm_packages ./package-lock.json)" != "$(npm_packages ./node_modules/.package-lock.json)" ] \
   || [ ! -x node_modules/.bin/wasm-opt ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--test" ]; then
  # Chromium (Playwright, wasm-bindgen-test); Firefox and WebKitGTK with their WebDriver servers
  # and a virtual display (WebKitGTK's MiniBrowser has no headless mode) for tests/engines/.
  # One apt-get update, only when a package is missing.
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v xauth >/dev/null || missing+=(xauth)
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing ${missing[*]}"
    need_root apt-get update -qq
    need_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
  if ! command -v geckodriver >/dev/null; then
    say "installing geckodriver (Firefox's WebDriver server; compiles for a few minutes)"
    cargo install --locked geckodriver
  fi
fi
