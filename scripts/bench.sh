#!/usr/bin/env bash
# Benchmark: builds the release dist/ and prints the size and speed figures (issue #7); also
# writes them to artifacts/bench.json. Options after the script are passed on, e.g. --runs 21.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
. scripts/env.sh
trunk build --release
DIST="$PWD/dist" node tests/e2e/bench.mjs "$@"
