#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs dependencies when needed, builds dist/,
# and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
npm run -s build
npx vitest run "$@"
