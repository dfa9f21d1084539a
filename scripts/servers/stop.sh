#!/usr/bin/env bash
# scripts/servers/stop.sh — stops the servers that scripts/servers/start.sh started.
#
# Owns: the processes recorded in ${TASKCACHE_SERVERS_DIR:-/tmp/taskcache-servers}/pids/ and
# that run directory. Each process is stopped by its PID (only if it is still the process
# start.sh started: same start time), first with SIGTERM, then SIGKILL after
# TASKCACHE_SERVERS_STOP_TIMEOUT seconds (default 15); the script waits until every one has
# exited. The run directory is removed afterwards unless KEEP=1.
# Usage: bash scripts/servers/stop.sh [name...]   (default: all; names as in pids/, e.g. nginx)
set -eEuo pipefail
trap 'echo "stop: failed (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR

# shellcheck source=scripts/servers/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
STOP_TIMEOUT="${TASKCACHE_SERVERS_STOP_TIMEOUT:-15}"

if [ ! -d "$RUN_DIR/pids" ]; then
  if [ -d "$RUN_DIR" ] && [ "${KEEP:-0}" != 1 ] && [ -f "$RUN_DIR/servers.env" ]; then rm -rf "$RUN_DIR"; fi
  echo "stop: nothing to stop in $RUN_DIR"
  exit 0
fi

# stop_group NAME...: SIGTERM to each, wait for all of them, SIGKILL the ones still there.
stop_group() {
  local name pid pids=() names=() deadline i t0
  t0=$(ms)
  for name in "$@"; do
    [ -f "$RUN_DIR/pids/$name.pid" ] || continue
    if running "$name"; then
      pid="$(pid_of "$name")"
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid")
      names+=("$name")
    else
      forget_pid "$name"
    fi
  done
  [ "${#pids[@]}" -gt 0 ] || return 0
  deadline=$(($(ms) + STOP_TIMEOUT * 1000))
  while :; do
    local left=0
    for i in "${!pids[@]}"; do
      if alive "${pids[$i]}"; then left=1; fi
    done
    [ "$left" = 1 ] || break
    if [ "$(ms)" -gt "$deadline" ]; then
      for i in "${!pids[@]}"; do
        if alive "${pids[$i]}"; then
          echo "stop: ${names[$i]} (pid ${pids[$i]}) ignored SIGTERM for ${STOP_TIMEOUT}s; SIGKILL" >&2
          kill -KILL "${pids[$i]}" 2>/dev/null || true
        fi
      done
      deadline=$(($(ms) + 10000))
      while :; do
        left=0
        for i in "${!pids[@]}"; do if alive "${pids[$i]}"; then left=1; fi; done
        [ "$left" = 1 ] || break
        [ "$(ms)" -le "$deadline" ] || { echo "stop: a process survived SIGKILL" >&2; return 1; }
        sleep 0.1
      done
      break
    fi
    sleep 0.05
  done
  for i in "${!names[@]}"; do
    forget_pid "${names[$i]}"
    echo "stop: ${names[$i]} (pid ${pids[$i]}) stopped ($(secs_since "$t0"))"
  done
}

if [ "$#" -gt 0 ]; then
  stop_group "$@"
  [ ! -f "$RUN_DIR/servers.env" ] || assemble_env
  exit 0
fi

# Clients of Ceph first, then radosgw, then the OSD (it reports to the mon as it stops), then
# the mon; anything else recorded in pids/ goes with the first group.
first=(turbo turbo-s3 nginx redis)
for f in "$RUN_DIR"/pids/*.pid; do
  [ -e "$f" ] || continue
  name="$(basename "$f" .pid)"
  case "$name" in
  turbo | turbo-s3 | nginx | redis | radosgw | ceph-osd | ceph-mon) ;;
  *) first+=("$name") ;;
  esac
done
stop_group "${first[@]}"
stop_group radosgw
stop_group ceph-osd
stop_group ceph-mon

if [ "${KEEP:-0}" = 1 ]; then
  rm -f "$RUN_DIR/servers.env"
  echo "stop: kept $RUN_DIR (KEEP=1)"
else
  rm -rf "$RUN_DIR"
  echo "stop: removed $RUN_DIR"
fi
