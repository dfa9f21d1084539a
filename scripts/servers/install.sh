#!/usr/bin/env bash
# scripts/servers/install.sh — installs the real servers the remote-store tests run against.
#
# Owns: the Debian packages nginx, apache2-utils, radosgw, ceph-mon, ceph-osd, redis-server,
# redis-tools, openssl, curl, and zstd (the binary GitHub's runners have, which large entries
# are compressed with) from apt, and turborepo-remote-cache in a folder of its own
# (${TASKCACHE_SERVERS_NPM_DIR:-<repo>/.servers/npm}, never the project's package.json).
# Idempotent: `apt-get update` and `apt-get install` run only when a package is missing (checked
# with `dpkg -s`); npm runs only when the pinned version is not already there. Works with
# CI=true and no stdin. No service is started by the packages (policy-rc.d answers 101 while
# installing); scripts/servers/start.sh starts what the tests need.
set -eEuo pipefail
trap 'echo "install: failed (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NPM_DIR="${TASKCACHE_SERVERS_NPM_DIR:-$ROOT/.servers/npm}"
TURBO_VERSION="2.12.0"
APT_PACKAGES=(nginx apache2-utils radosgw ceph-mon ceph-osd redis-server redis-tools openssl curl zstd)

export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1fs", b - a }'; }

# --- apt ---------------------------------------------------------------------------------
t0=$(now)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "install: apt packages already installed ($(elapsed "$t0"))"
else
  # Keep package maintainer scripts from starting nginx/redis/ceph as system services.
  created_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
    created_policy=1
  fi
  cleanup_policy() { if [ -n "$created_policy" ]; then $SUDO rm -f /usr/sbin/policy-rc.d; fi; }
  trap cleanup_policy EXIT
  log="$(mktemp -t taskcache-apt.XXXXXX)"
  if ! { $SUDO apt-get update -qq &&
    $SUDO apt-get install -y -qq --no-install-recommends \
      -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"; } \
    </dev/null >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "install: apt-get failed (full log: $log)" >&2
    exit 1
  fi
  rm -f "$log"
  cleanup_policy
  trap - EXIT
  echo "install: apt installed ${missing[*]} ($(elapsed "$t0"))"
fi

# --- npm: turborepo-remote-cache -----------------------------------------------------------
t0=$(now)
pkg_json="$NPM_DIR/node_modules/turborepo-remote-cache/package.json"
have=""
if [ -f "$pkg_json" ]; then
  have="$(node -p 'require(process.argv[1]).version' "$pkg_json" 2>/dev/null || true)"
fi
if [ "$have" = "$TURBO_VERSION" ]; then
  echo "install: turborepo-remote-cache@$TURBO_VERSION already installed ($(elapsed "$t0"))"
else
  mkdir -p "$NPM_DIR"
  # The default folder is a tool cache inside the work tree, not project source: keep it out of
  # git whatever the project's .gitignore says.
  if [ "$NPM_DIR" = "$ROOT/.servers/npm" ]; then printf '*\n' >"$ROOT/.servers/.gitignore"; fi
  if [ ! -f "$NPM_DIR/package.json" ]; then
    printf '{ "name": "taskcache-test-servers", "private": true }\n' >"$NPM_DIR/package.json"
  fi
  log="$(mktemp -t taskcache-npm.XXXXXX)"
  if ! npm install --prefix "$NPM_DIR" --no-audit --no-fund --loglevel=error \
    "turborepo-remote-cache@$TURBO_VERSION" </dev/null >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "install: npm install turborepo-remote-cache@$TURBO_VERSION failed (full log: $log)" >&2
    exit 1
  fi
  rm -f "$log"
  echo "install: npm installed turborepo-remote-cache@$TURBO_VERSION into $NPM_DIR ($(elapsed "$t0"))"
fi
