#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs dependencies when needed, builds dist/,
# installs and starts the real servers the store tests use (nginx, Ceph radosgw,
# turborepo-remote-cache, Redis, all on 127.0.0.1), runs every test, and stops the servers
# it started.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
npm run -s build

servers_dir="${TASKCACHE_SERVERS_DIR:-/tmp/taskcache-servers}"
bash scripts/servers/install.sh
if [ ! -f "$servers_dir/servers.env" ]; then
  trap 'bash scripts/servers/stop.sh' EXIT
fi
bash scripts/servers/start.sh all

npx vitest run "$@"
