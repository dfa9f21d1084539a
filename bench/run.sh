#!/usr/bin/env bash
# Benchmark entry point (`npm run bench`): installs what the measurements need, generates the data
# sets, measures taskcache's peers and the floor on the same trees in one run, prints the table.
#
#   bash bench/run.sh [--sets medium,large,out200,tiny] [--quick] [--no-taskcache]
#
#   --quick       medium + out200 + tiny with fewer runs (a few minutes)
#   --sets LIST   choose data sets; the default (full) is all four, large included (~17 min)
#   --no-taskcache  measure only the peers and the floor (taskcache's rows need dist/cli.cjs)
#
# Everything it installs or generates stays in gitignored places: apt packages system-wide,
# the peers in bench/.peers, the data sets and raw results in bench/.work. Results that are meant
# to be committed land in bench/results/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$here/.work"
peers="$here/.peers"

sets=""
quick=""
taskcache=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --taskcache) taskcache=1 ;;
    --no-taskcache) taskcache="" ;;
    --sets) sets="$2"; shift ;;
    --sets=*) sets="${1#--sets=}" ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$sets" ]; then
  if [ -n "$quick" ]; then sets="medium,out200,tiny"; else sets="medium,large,out200,tiny"; fi
fi

log() { printf '\n### %s\n' "$*"; }

# --- system tools ------------------------------------------------------------------------------
missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v b3sum >/dev/null || missing+=(b3sum)
command -v zstd >/dev/null || missing+=(zstd)
[ -x /usr/bin/time ] || missing+=(time)
command -v git >/dev/null || missing+=(git)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} with apt-get"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- peers: pinned by bench/peers/package-lock.json, installed once per lockfile --------------
lock_sum="$(cat "$here/peers/package.json" "$here/peers/package-lock.json" | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$peers/.installed" 2>/dev/null || true)" != "$lock_sum" ]; then
  log "installing peers into bench/.peers"
  rm -rf "$peers"
  mkdir -p "$peers"
  cp "$here/peers/package.json" "$here/peers/package-lock.json" "$peers/"
  # npm ci refuses a lockfile that lacks other platforms' optional packages (turbo/nx binaries),
  # which happens when the lockfile was written against a registry without them; npm install
  # still honours every version the lockfile pins.
  if ! (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error) >"$peers/npm-ci.log" 2>&1; then
    echo "npm ci refused the lockfile (see bench/.peers/npm-ci.log); npm install with the same lockfile" >&2
    (cd "$peers" && npm install --no-audit --no-fund --loglevel=error)
  fi
  echo "$lock_sum" >"$peers/.installed"
fi

# --- data sets: regenerated only when absent or made by another generator version --------------
mkdir -p "$work"
IFS=',' read -r -a set_list <<<"$sets"
for set in "${set_list[@]}"; do
  dir="$work/$set"
  want="$(node "$here/generate.mjs" --stamp "$set")"
  have="$(cat "$dir/.git/bench-generator" 2>/dev/null || true)"
  if [ "$have" != "$want" ]; then
    log "generating $set"
    rm -rf "$dir"
    node "$here/generate.mjs" "$set" "$dir"
  else
    echo "data set $set: up to date ($want)"
  fi
done

# --- measure and report ----------------------------------------------------------------------
log "measuring (sets: $sets${quick:+, quick}${taskcache:+, with taskcache})"
args=(--sets "$sets")
[ -n "$quick" ] && args+=(--quick)
[ -n "$taskcache" ] && args+=(--taskcache)
node "$here/measure.mjs" "${args[@]}"

log "report"
node "$here/report.mjs" "$work/measurements.json"
