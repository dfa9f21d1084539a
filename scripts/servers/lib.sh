#!/usr/bin/env bash
# scripts/servers/lib.sh — helpers shared by scripts/servers/start.sh and stop.sh (sourced).
#
# Owns the layout of the run directory's pids/ folder: pids/<name>.pid holds the PID of a
# process that start.sh started, pids/<name>.start its start time (field 22 of /proc/PID/stat),
# so that a PID reused by an unrelated process after a crash or a reboot is never signalled.

# shellcheck disable=SC2034 # used by the scripts that source this file
SERVERS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="${TASKCACHE_SERVERS_DIR:-/tmp/taskcache-servers}"
case "$RUN_DIR" in
*[[:space:]]*) echo "servers: TASKCACHE_SERVERS_DIR must not contain whitespace: '$RUN_DIR'" >&2; exit 2 ;;
/*) ;;
*) RUN_DIR="$PWD/$RUN_DIR" ;;
esac
RUN_DIR="${RUN_DIR%/}"
case "$RUN_DIR" in
"" | /bin | /boot | /dev | /etc | /home | /lib* | /opt | /proc | /root | /run | /sbin | /srv | /sys | /tmp | /usr | /usr/* | /var | "$HOME")
  echo "servers: refusing to use '$RUN_DIR/' as the run directory (TASKCACHE_SERVERS_DIR)" >&2
  exit 2
  ;;
esac

ms() { echo $(($(date +%s%N) / 1000000)); }
secs_since() { awk -v a="$1" -v b="$(ms)" 'BEGIN { printf "%.2fs", (b - a) / 1000 }'; }

# proc_stat PID: prints the fields of /proc/PID/stat after the command name (state first).
proc_stat() {
  local s
  s="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  printf '%s\n' "${s##*) }"
}

# alive PID: the process exists and is not a zombie.
alive() {
  local f
  [ -n "${1:-}" ] || return 1
  f="$(proc_stat "$1")" || return 1
  [ "${f%% *}" != Z ]
}

# start_time PID: the process's start time in clock ticks since boot.
start_time() {
  local f
  f="$(proc_stat "$1")" || return 1
  # shellcheck disable=SC2086
  set -- $f
  echo "${20}"
}

pid_of() {
  local f="$RUN_DIR/pids/$1.pid"
  if [ -f "$f" ]; then cat "$f"; fi
}

# running NAME: the process recorded for NAME is alive and is the very process start.sh started.
running() {
  local pid want
  pid="$(pid_of "$1")"
  alive "$pid" || return 1
  want="$(cat "$RUN_DIR/pids/$1.start" 2>/dev/null || true)"
  [ -z "$want" ] || [ "$(start_time "$pid")" = "$want" ]
}

# record_pid NAME PID
record_pid() {
  echo "$2" >"$RUN_DIR/pids/$1.pid"
  start_time "$2" >"$RUN_DIR/pids/$1.start" 2>/dev/null || true
}

forget_pid() { rm -f "$RUN_DIR/pids/$1.pid" "$RUN_DIR/pids/$1.start"; }

# assemble_env: rewrites servers.env from env/<server>.env of the servers that are running.
assemble_env() {
  local f tmp="$RUN_DIR/servers.env.tmp"
  {
    echo "# Written by scripts/servers/start.sh; stop with scripts/servers/stop.sh"
    echo "TASKCACHE_SERVERS_DIR=$RUN_DIR"
    for f in nginx radosgw turbo turbo-s3 redis; do
      if [ -f "$RUN_DIR/env/$f.env" ] && running "$f"; then
        echo "# $f (pid $(pid_of "$f"))"
        cat "$RUN_DIR/env/$f.env"
      fi
    done
  } | awk '/^#/ || !seen[$0]++' >"$tmp"
  mv "$tmp" "$RUN_DIR/servers.env"
}
