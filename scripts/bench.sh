#!/usr/bin/env bash
# Benchmark: builds the release into $DIST (default dist/) and prints the size and speed figures
# (issues #7 and #17: loopback and an emulated phone link, each beside a plain page); also
# writes them to artifacts/bench.json. Method: docs/PERFORMANCE.md. Options after the script
# are passed on, e.g. --runs 21 or --load-only; BENCH_NO_BUILD=1 measures the build as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
. scripts/env.sh
DIST="${DIST:-$PWD/dist}"
[ -n "${BENCH_NO_BUILD:-}" ] || trunk build --release --dist "$DIST"
DIST="$DIST" node tests/e2e/bench.mjs "$@"
