#!/usr/bin/env bash
# The main job, for the README's quick start: the bundled CLI on examples/hello, run twice
# on a fresh local store: the first run misses and runs the build, the second restores it.
set -euo pipefail
cd "$(dirname "$0")/../examples/hello"

export TASKCACHE_DIR="${TASKCACHE_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/taskcache-example-XXXXXX")}"
rm -rf dist

echo "── first run: a miss — the build runs and its outputs are stored"
node ../../dist/cli.cjs run build
rm -rf dist
echo
echo "── second run: a hit — dist/ is restored and the log replayed; the build does not run"
node ../../dist/cli.cjs run build
echo
echo "── dist/greeting.txt: $(cat dist/greeting.txt)"
echo "── the local store ($TASKCACHE_DIR):"
node ../../dist/cli.cjs stats
