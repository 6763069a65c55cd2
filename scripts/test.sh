#!/usr/bin/env bash
# Install what the tests need and run every test level:
#   0. format and lints (rustfmt, clippy with warnings as errors, natively and for wasm)
#   1. native: unit, table, property and snapshot tests, and the assess command (cargo test)
#   2. components: wasm-bindgen-test in headless Chromium
#   3. the release build into dist/ and its size budget
#   4. end-to-end: the built dist/ driven in headless Chromium (node --test)
# Artefacts (screenshots, PDFs, PNGs) go to artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
. scripts/env.sh

step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step "format"
cargo fmt --check

step "lints (clippy, warnings are errors)"
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --lib --bins --target wasm32-unknown-unknown -- -D warnings

step "1/4 native tests"
cargo test --locked

step "2/4 component tests (wasm-bindgen-test, headless Chromium)"
if [ -f tests/web.rs ]; then
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --locked --target wasm32-unknown-unknown --test web
else
  echo "tests/web.rs is missing" >&2
  exit 1
fi

step "3/4 release build"
trunk build --release
cargo build --locked --release --bin assess

step "4/4 end-to-end tests (headless Chromium)"
mkdir -p artifacts
# --test-force-exit: a browser or server left open by a failed test must not hang CI.
DIST="$PWD/dist" node --test --test-concurrency=1 --test-force-exit tests/e2e/
