# Sourced by the scripts: the tools on PATH, npm's wasm-opt first (never Debian's binaryen,
# whose wasm-opt 108 produces a wasm that fails at start-up).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
