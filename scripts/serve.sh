#!/usr/bin/env bash
# Install what is missing, build the release app and serve it on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
exec trunk serve --release --address 127.0.0.1 --port 8080
