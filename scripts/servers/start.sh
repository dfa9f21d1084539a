#!/usr/bin/env bash
# scripts/servers/start.sh — starts the real servers the remote-store tests run against.
#
# Usage: bash scripts/servers/start.sh [nginx|radosgw|turbo|turbo-s3|redis|all]...  (default: all)
#
# Owns everything under the run directory ${TASKCACHE_SERVERS_DIR:-/tmp/taskcache-servers}:
#   pids/<name>.pid   one per process it started (nginx, redis, turbo, turbo-s3, ceph-mon,
#                     ceph-osd, radosgw); scripts/servers/stop.sh stops them by these PIDs
#   <server>/         data, config and logs of each server
#   env/<server>.env  what each running server exports; concatenated into servers.env
#   servers.env       KEY=VALUE lines (no quotes, no spaces) for tests and shells (`set -a; . FILE`)
# Every server listens on 127.0.0.1 only. Install the servers first: scripts/servers/install.sh.
# A server already running from this run directory (live PID) is left as it is; one whose
# process is gone (a test killed it) is started again on the same port with the same
# credentials (and the same Redis CA) but empty data. A port held by any other process is an
# error. Readiness is awaited while checking that the process started here is still alive (a
# port held by someone else answers too). If a server fails to start, the ones already started
# keep running: call scripts/servers/stop.sh in any case (it is safe when nothing runs).
# Prints one line per server with the time it took to be ready.
#
# Variables written to servers.env (TASKCACHE_TEST_*):
#   TASKCACHE_SERVERS_DIR            the run directory
#   nginx (Bazel-style HTTP cache: PUT/GET/HEAD <url>[/<prefix>...]/(ac|cas)/<sha256 hex>,
#          basic auth; GET /healthz answers 200 without auth):
#     TASKCACHE_TEST_HTTP_URL        http://127.0.0.1:<port>
#     TASKCACHE_TEST_HTTP_USER       basic-auth user
#     TASKCACHE_TEST_HTTP_PASS       basic-auth password
#   radosgw (Ceph S3, SigV4 enforced; path-style; no buckets are created for the tests):
#     TASKCACHE_TEST_S3_ENDPOINT     http://127.0.0.1:<port>
#     TASKCACHE_TEST_S3_REGION       us-east-1
#     TASKCACHE_TEST_S3_ACCESS_KEY   access key of the S3 user
#     TASKCACHE_TEST_S3_SECRET_KEY   secret key of the S3 user
#   turbo (turborepo-remote-cache, Turborepo API v8, local storage):
#     TASKCACHE_TEST_TURBO_URL       http://127.0.0.1:<port>
#     TASKCACHE_TEST_TURBO_TOKEN     bearer token (AUTH_MODE=static)
#     TASKCACHE_TEST_TURBO_TEAM      a team slug to use (?slug=<team>)
#   turbo-s3 (a second turborepo-remote-cache storing in radosgw; same token and team;
#             started with radosgw by `all`, or by `turbo-s3`; set TASKCACHE_SERVERS_TURBO_S3=0
#             to leave it out of `all`):
#     TASKCACHE_TEST_TURBO_S3_URL    http://127.0.0.1:<port>
#     TASKCACHE_TEST_TURBO_S3_BUCKET the radosgw bucket it stores in (made by this script)
#   redis (requirepass, plain and TLS ports; TLS with a throwaway CA):
#     TASKCACHE_TEST_REDIS_URL       redis://:<password>@127.0.0.1:<port>
#     TASKCACHE_TEST_REDISS_URL      rediss://:<password>@127.0.0.1:<tls port>
#     TASKCACHE_TEST_REDIS_PASSWORD  the password
#     TASKCACHE_TEST_REDIS_CA        path of the CA certificate (PEM) that signed the server's
#                                    certificate (SAN DNS:localhost, IP:127.0.0.1)
#
# Ports (env overrides; defaults sit below Linux's ephemeral range 32768-60999):
#   TASKCACHE_SERVERS_NGINX_PORT=28471      TASKCACHE_SERVERS_RGW_PORT=28472
#   TASKCACHE_SERVERS_TURBO_PORT=28473      TASKCACHE_SERVERS_TURBO_S3_PORT=28474
#   TASKCACHE_SERVERS_REDIS_PORT=28475      TASKCACHE_SERVERS_REDIS_TLS_PORT=28476
#   TASKCACHE_SERVERS_CEPH_MON_PORT=28477   Ceph daemons bind within 28480-28499
#                                           (TASKCACHE_SERVERS_CEPH_PORT_MIN / _MAX)
# Other knobs: TASKCACHE_SERVERS_NPM_DIR (where install.sh put turborepo-remote-cache),
#   TASKCACHE_SERVERS_TIMEOUT (seconds to wait for each readiness step, default 60).
set -eEuo pipefail
trap 'echo "start: failed (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR

# shellcheck source=scripts/servers/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
NPM_DIR="${TASKCACHE_SERVERS_NPM_DIR:-$SERVERS_ROOT/.servers/npm}"
TIMEOUT="${TASKCACHE_SERVERS_TIMEOUT:-60}"

NGINX_PORT="${TASKCACHE_SERVERS_NGINX_PORT:-28471}"
RGW_PORT="${TASKCACHE_SERVERS_RGW_PORT:-28472}"
TURBO_PORT="${TASKCACHE_SERVERS_TURBO_PORT:-28473}"
TURBO_S3_PORT="${TASKCACHE_SERVERS_TURBO_S3_PORT:-28474}"
REDIS_PORT="${TASKCACHE_SERVERS_REDIS_PORT:-28475}"
REDIS_TLS_PORT="${TASKCACHE_SERVERS_REDIS_TLS_PORT:-28476}"
CEPH_MON_PORT="${TASKCACHE_SERVERS_CEPH_MON_PORT:-28477}"
CEPH_PORT_MIN="${TASKCACHE_SERVERS_CEPH_PORT_MIN:-28480}"
CEPH_PORT_MAX="${TASKCACHE_SERVERS_CEPH_PORT_MAX:-28499}"
S3_REGION="us-east-1"
TURBO_TEAM="taskcache"
TURBO_S3_BUCKET="turbo-cache"

# --- helpers -------------------------------------------------------------------------------
rand_hex() { openssl rand -hex "$1"; }
die() { echo "start: $*" >&2; exit 1; }

# port_busy PORT: something accepts TCP connections on 127.0.0.1:PORT.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
require_free() {
  local name=$1 port
  shift
  for port in "$@"; do
    if port_busy "$port"; then
      die "$name: port 127.0.0.1:$port is already in use by another process (set TASKCACHE_SERVERS_*_PORT)"
    fi
  done
}

# spawn NAME LOG CMD...: start CMD in the background in a session of its own, detached from
# this shell's stdin/stdout/stderr, and record its PID in pids/NAME.pid. Sets SPAWNED_PID.
spawn() {
  local name=$1 log=$2
  shift 2
  setsid "$@" </dev/null >>"$log" 2>&1 &
  SPAWNED_PID=$!
  record_pid "$name" "$SPAWNED_PID"
}

# wait_for NAME PID LOG CMD...: poll CMD until it succeeds, failing as soon as PID is gone.
wait_for() {
  local name=$1 pid=$2 log=$3
  shift 3
  local deadline=$(($(ms) + TIMEOUT * 1000))
  while :; do
    if ! alive "$pid"; then
      echo "start: $name (pid $pid) exited while starting; end of $log:" >&2
      tail -n 30 "$log" >&2 || true
      exit 1
    fi
    if "$@" >/dev/null 2>&1; then return 0; fi
    if [ "$(ms)" -gt "$deadline" ]; then
      echo "start: $name (pid $pid) not ready after ${TIMEOUT}s; end of $log:" >&2
      tail -n 30 "$log" >&2 || true
      exit 1
    fi
    sleep 0.1
  done
}

write_env() { # write_env SERVER < lines
  cat >"$RUN_DIR/env/$1.env"
}

# prev SERVER VAR: VAR's value in env/SERVER.env, left by an earlier start of that server in
# this run directory. A server restarted after a test stopped it keeps its port and credentials.
prev() {
  local f="$RUN_DIR/env/$1.env"
  [ -f "$f" ] || return 0
  awk -v k="$2" 'index($0, k "=") == 1 { print substr($0, length(k) + 2); exit }' "$f"
}

# fresh_dir SERVER: a new, empty data directory for a server that is not running.
fresh_dir() {
  rm -rf "${RUN_DIR:?}/$1" "$RUN_DIR/env/$1.env"
  mkdir -p "$RUN_DIR/$1"
}

# --- nginx: Bazel-style HTTP cache -------------------------------------------------------
start_nginx() {
  local t0 d pid user pass
  t0=$(ms)
  if running nginx; then echo "start: nginx already running (pid $(pid_of nginx))"; return; fi
  command -v nginx >/dev/null || die "nginx is not installed (run scripts/servers/install.sh)"
  require_free nginx "$NGINX_PORT"
  d="$RUN_DIR/nginx"
  user="taskcache"
  pass="$(prev nginx TASKCACHE_TEST_HTTP_PASS)"
  [ -n "$pass" ] || pass="$(rand_hex 12)"
  fresh_dir nginx
  mkdir -p "$d/data" "$d/tmp"
  htpasswd -bcB "$d/htpasswd" "$user" "$pass" 2>/dev/null
  cat >"$d/nginx.conf" <<EOF
# Written by scripts/servers/start.sh
$([ "$(id -u)" -eq 0 ] && echo "user root root;")
daemon off;
worker_processes 2;
pid $d/nginx.pid;
error_log $d/error.log warn;
events { worker_connections 512; }
http {
  client_body_temp_path $d/tmp/body;
  proxy_temp_path $d/tmp/proxy;
  fastcgi_temp_path $d/tmp/fastcgi;
  uwsgi_temp_path $d/tmp/uwsgi;
  scgi_temp_path $d/tmp/scgi;
  access_log $d/access.log;
  default_type application/octet-stream;
  sendfile on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $d/data;
    client_max_body_size 0;
    # /ac/<sha256> and /cas/<sha256>, optionally under one or more path segments (a prefix).
    location ~ "^(/[A-Za-z0-9._-]+)*/(ac|cas)/[0-9a-f]{64}\$" {
      auth_basic "taskcache";
      auth_basic_user_file $d/htpasswd;
      dav_methods PUT DELETE;
      create_full_put_path on;
      dav_access user:rw group:r all:r;
    }
    # A JSON index of ac/, for listing entries (taskcache ls, clear).
    location ~ "^(/[A-Za-z0-9._-]+)*/ac/\$" {
      auth_basic "taskcache";
      auth_basic_user_file $d/htpasswd;
      autoindex on;
      autoindex_format json;
    }
    location = /healthz { return 200 "ok\n"; }
    location / { return 404; }
  }
}
EOF
  spawn nginx "$d/stderr.log" nginx -e "$d/error.log" -c "$d/nginx.conf"
  pid=$SPAWNED_PID
  wait_for nginx "$pid" "$d/error.log" curl -fsS -o /dev/null "http://127.0.0.1:$NGINX_PORT/healthz"
  write_env nginx <<EOF
TASKCACHE_TEST_HTTP_URL=http://127.0.0.1:$NGINX_PORT
TASKCACHE_TEST_HTTP_USER=$user
TASKCACHE_TEST_HTTP_PASS=$pass
EOF
  echo "start: nginx ready on 127.0.0.1:$NGINX_PORT, pid $pid ($(secs_since "$t0"))"
}

# --- Ceph: one mon + one memstore osd + radosgw ------------------------------------------
CEPH_D="$RUN_DIR/radosgw"
ceph_() { ceph -c "$CEPH_D/ceph.conf" --connect-timeout 10 "$@"; }
osd_up() { [[ "$(ceph_ osd stat 2>/dev/null)" == *" 1 up"* ]]; }
# s3 METHOD PATH [curl args]: a SigV4-signed request to radosgw with the test user's keys.
s3_curl() {
  local method=$1 path=$2
  shift 2
  curl -sS -o /dev/null -w '%{http_code}' -X "$method" \
    --aws-sigv4 "aws:amz:$S3_REGION:s3" --user "$S3_ACCESS_KEY:$S3_SECRET_KEY" \
    -H "x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" \
    "$@" "http://127.0.0.1:$RGW_PORT$path"
}
s3_list_ok() { [ "$(s3_curl GET /)" = 200 ]; }

load_s3_env() {
  S3_ACCESS_KEY="$(prev radosgw TASKCACHE_TEST_S3_ACCESS_KEY)"
  S3_SECRET_KEY="$(prev radosgw TASKCACHE_TEST_S3_SECRET_KEY)"
}

start_radosgw() {
  local t0 t d fsid osd_uuid osd_id pid name
  t0=$(ms)
  if running radosgw && running ceph-osd && running ceph-mon; then
    echo "start: radosgw already running (pid $(pid_of radosgw))"
    return
  fi
  local stale=()
  for name in radosgw ceph-osd ceph-mon; do # a half-running cluster is not reused
    if running "$name"; then
      stale+=("$(pid_of "$name")")
      kill -KILL "$(pid_of "$name")" 2>/dev/null || true
    fi
    forget_pid "$name"
  done
  for pid in "${stale[@]}"; do
    for _ in $(seq 100); do alive "$pid" || break; sleep 0.05; done
  done
  for name in radosgw radosgw-admin ceph ceph-mon ceph-osd ceph-authtool monmaptool; do
    command -v "$name" >/dev/null || die "$name is not installed (run scripts/servers/install.sh)"
  done
  require_free radosgw "$RGW_PORT" "$CEPH_MON_PORT"
  d="$CEPH_D"
  S3_ACCESS_KEY="$(prev radosgw TASKCACHE_TEST_S3_ACCESS_KEY)"
  S3_SECRET_KEY="$(prev radosgw TASKCACHE_TEST_S3_SECRET_KEY)"
  if [ -z "$S3_ACCESS_KEY" ] || [ -z "$S3_SECRET_KEY" ]; then
    S3_ACCESS_KEY="$(rand_hex 10 | tr 'a-f' 'A-F')"
    S3_SECRET_KEY="$(rand_hex 20)"
  fi
  fresh_dir radosgw
  mkdir -p "$d/run" "$d/log" "$d/mon/ceph-a" "$d/osd/ceph-0" "$d/rgw"
  fsid="$(cat /proc/sys/kernel/random/uuid)"
  osd_uuid="$(cat /proc/sys/kernel/random/uuid)"
  cat >"$d/ceph.conf" <<EOF
# Written by scripts/servers/start.sh: a throwaway single-host cluster.
[global]
fsid = $fsid
mon host = v1:127.0.0.1:$CEPH_MON_PORT
mon initial members = a
public addr = 127.0.0.1
public network = 127.0.0.0/8
ms bind msgr2 = false
ms bind port min = $CEPH_PORT_MIN
ms bind port max = $CEPH_PORT_MAX
auth cluster required = none
auth service required = none
auth client required = none
keyring = $d/keyring
run dir = $d/run
pid file = $d/run/\$name.pid
admin socket = $d/run/\$name.asok
log file = $d/log/\$name.log
mon data = $d/mon/\$cluster-\$id
osd data = $d/osd/\$cluster-\$id
osd objectstore = memstore
memstore device bytes = 4294967296
osd crush update on start = false
osd class update on start = false
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
mon allow pool size one = true
mon allow pool delete = true
mon max pg per osd = 1000
paxos propose interval = 0.05
paxos min wait = 0.01
mon warn on pool no redundancy = false
mon data avail warn = 1
mon data avail crit = 0
osd max object size = 4294967296
[client.rgw.a]
rgw frontends = beast endpoint=127.0.0.1:$RGW_PORT
rgw data = $d/rgw
rgw thread pool size = 64
EOF
  # Keys (cephx is off inside the cluster, but mkfs wants a keyring); S3 SigV4 is still enforced.
  ceph-authtool --create-keyring "$d/keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
  ceph-authtool "$d/keyring" --gen-key -n client.admin --cap mon 'allow *' --cap osd 'allow *' \
    --cap mds 'allow *' --cap mgr 'allow *' >/dev/null
  monmaptool --create --fsid "$fsid" --addv a "[v1:127.0.0.1:$CEPH_MON_PORT]" "$d/monmap" >/dev/null
  ceph-mon -c "$d/ceph.conf" --mkfs -i a --monmap "$d/monmap" --keyring "$d/keyring" \
    >>"$d/log/setup.log" 2>&1 || { tail -n 20 "$d/log/setup.log" >&2; die "ceph-mon --mkfs failed"; }

  t=$(ms)
  spawn ceph-mon "$d/log/ceph-mon.stderr.log" ceph-mon -c "$d/ceph.conf" -i a -f
  pid=$SPAWNED_PID
  wait_for ceph-mon "$pid" "$d/log/mon.a.log" ceph_ mon stat
  local t_mon; t_mon=$(secs_since "$t")

  t=$(ms)
  osd_id="$(ceph_ osd new "$osd_uuid")"
  ceph_ osd crush add "osd.$osd_id" 1.0 root=default host=localhost >>"$d/log/setup.log" 2>&1
  ceph-osd -c "$d/ceph.conf" -i "$osd_id" --mkfs --osd-uuid "$osd_uuid" >>"$d/log/setup.log" 2>&1 ||
    { tail -n 20 "$d/log/setup.log" >&2; die "ceph-osd --mkfs failed"; }
  spawn ceph-osd "$d/log/ceph-osd.stderr.log" ceph-osd -c "$d/ceph.conf" -i "$osd_id" -f
  pid=$SPAWNED_PID
  wait_for ceph-osd "$pid" "$d/log/osd.$osd_id.log" osd_up
  local t_osd; t_osd=$(secs_since "$t")

  t=$(ms)
  spawn radosgw "$d/log/radosgw.stderr.log" radosgw -c "$d/ceph.conf" -n client.rgw.a -f
  pid=$SPAWNED_PID
  wait_for radosgw "$pid" "$d/log/client.rgw.a.log" curl -sS -o /dev/null "http://127.0.0.1:$RGW_PORT/"
  local t_rgw; t_rgw=$(secs_since "$t")

  t=$(ms)
  radosgw-admin -c "$d/ceph.conf" user create --uid=taskcache --display-name="taskcache tests" \
    --access-key="$S3_ACCESS_KEY" --secret-key="$S3_SECRET_KEY" >>"$d/log/setup.log" 2>&1 ||
    { tail -n 20 "$d/log/setup.log" >&2; die "radosgw-admin user create failed"; }
  [[ "$(radosgw-admin -c "$d/ceph.conf" user info --uid=taskcache 2>/dev/null)" == *"\"$S3_ACCESS_KEY\""* ]] ||
    die "radosgw-admin user info does not show the new user's key"
  # An authenticated S3 request (ListBuckets) must succeed: proves SigV4 with these keys works.
  wait_for radosgw "$pid" "$d/log/client.rgw.a.log" s3_list_ok
  # A turbo-s3 still running from before keeps working once its bucket is back.
  if running turbo-s3; then make_turbo_bucket turbo-s3; fi
  local t_user; t_user=$(secs_since "$t")

  write_env radosgw <<EOF
TASKCACHE_TEST_S3_ENDPOINT=http://127.0.0.1:$RGW_PORT
TASKCACHE_TEST_S3_REGION=$S3_REGION
TASKCACHE_TEST_S3_ACCESS_KEY=$S3_ACCESS_KEY
TASKCACHE_TEST_S3_SECRET_KEY=$S3_SECRET_KEY
EOF
  echo "start: radosgw ready on 127.0.0.1:$RGW_PORT, pid $pid ($(secs_since "$t0"):" \
    "mon $t_mon, osd $t_osd, rgw $t_rgw, user $t_user)"
}

# --- turborepo-remote-cache --------------------------------------------------------------
turbo_ready() { # turbo_ready PORT TOKEN
  [ "$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $2" \
    "http://127.0.0.1:$1/v8/artifacts/status")" = 200 ]
}

turbo_token() { # the token of a running instance, or a new one
  local t
  t="$(prev turbo TASKCACHE_TEST_TURBO_TOKEN)"
  [ -n "$t" ] || t="$(prev turbo-s3 TASKCACHE_TEST_TURBO_TOKEN)"
  [ -n "$t" ] || t="$(rand_hex 16)"
  echo "$t"
}

make_turbo_bucket() {
  local code
  code="$(s3_curl PUT "/$TURBO_S3_BUCKET")"
  case "$code" in 200 | 409) ;; *) die "$1: creating bucket $TURBO_S3_BUCKET in radosgw answered $code" ;; esac
}

start_turbo_instance() { # start_turbo_instance NAME PORT PROVIDER
  local name=$1 port=$2 provider=$3 t0 d pid token cli
  t0=$(ms)
  if running "$name"; then echo "start: $name already running (pid $(pid_of "$name"))"; return; fi
  cli="$NPM_DIR/node_modules/turborepo-remote-cache/dist/cli.js"
  [ -f "$cli" ] || die "turborepo-remote-cache is not installed in $NPM_DIR (run scripts/servers/install.sh)"
  require_free "$name" "$port"
  token="$(turbo_token)"
  d="$RUN_DIR/$name"
  fresh_dir "$name"
  local env=(HOST=127.0.0.1 "PORT=$port" "TURBO_TOKEN=$token" AUTH_MODE=static
    LOG_LEVEL=warn ENABLE_STATUS_LOG=false NODE_ENV=production)
  if [ "$provider" = local ]; then
    mkdir -p "$d/data"
    env+=(STORAGE_PROVIDER=local "STORAGE_PATH=$d/data" STORAGE_PATH_USE_TMP_FOLDER=false)
  else
    running radosgw || die "$name needs radosgw: start it first (start.sh radosgw $name)"
    load_s3_env
    make_turbo_bucket "$name"
    env+=(STORAGE_PROVIDER=s3 "STORAGE_PATH=$TURBO_S3_BUCKET" "S3_ENDPOINT=http://127.0.0.1:$RGW_PORT"
      "S3_REGION=$S3_REGION" "S3_ACCESS_KEY=$S3_ACCESS_KEY" "S3_SECRET_KEY=$S3_SECRET_KEY")
  fi
  spawn "$name" "$d/server.log" env "${env[@]}" node "$cli"
  pid=$SPAWNED_PID
  wait_for "$name" "$pid" "$d/server.log" turbo_ready "$port" "$token"
  if [ "$provider" = local ]; then
    write_env turbo <<EOF
TASKCACHE_TEST_TURBO_URL=http://127.0.0.1:$port
TASKCACHE_TEST_TURBO_TOKEN=$token
TASKCACHE_TEST_TURBO_TEAM=$TURBO_TEAM
EOF
  else
    write_env turbo-s3 <<EOF
TASKCACHE_TEST_TURBO_S3_URL=http://127.0.0.1:$port
TASKCACHE_TEST_TURBO_S3_BUCKET=$TURBO_S3_BUCKET
TASKCACHE_TEST_TURBO_TOKEN=$token
TASKCACHE_TEST_TURBO_TEAM=$TURBO_TEAM
EOF
  fi
  echo "start: $name ($provider storage) ready on 127.0.0.1:$port, pid $pid ($(secs_since "$t0"))"
}

# --- redis: requirepass + TLS ------------------------------------------------------------
redis_ready() {
  [ "$(REDISCLI_AUTH="$1" redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ] &&
    [ "$(REDISCLI_AUTH="$1" redis-cli -h 127.0.0.1 -p "$REDIS_TLS_PORT" --tls \
      --cacert "$RUN_DIR/redis/tls/ca.crt" ping 2>/dev/null)" = PONG ]
}

start_redis() {
  local t0 d pid pass tls
  t0=$(ms)
  if running redis; then echo "start: redis already running (pid $(pid_of redis))"; return; fi
  command -v redis-server >/dev/null || die "redis-server is not installed (run scripts/servers/install.sh)"
  require_free redis "$REDIS_PORT" "$REDIS_TLS_PORT"
  d="$RUN_DIR/redis"
  pass="$(prev redis TASKCACHE_TEST_REDIS_PASSWORD)"
  [ -n "$pass" ] || pass="$(rand_hex 16)"
  tls="$d/tls"
  # Keep the CA of an earlier start (tests may hold its PEM); otherwise make a new one.
  if [ -f "$tls/server.crt" ] && openssl x509 -checkend 86400 -noout -in "$tls/server.crt" >/dev/null 2>&1; then
    rm -rf "$RUN_DIR/redis-tls.keep"
    mv "$tls" "$RUN_DIR/redis-tls.keep"
  fi
  fresh_dir redis
  if [ -d "$RUN_DIR/redis-tls.keep" ]; then mv "$RUN_DIR/redis-tls.keep" "$tls"; fi
  mkdir -p "$tls" "$d/data"
  # A throwaway CA and a server certificate for localhost / 127.0.0.1.
  [ -f "$tls/server.crt" ] || {
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 -subj "/CN=taskcache test CA" \
      -keyout "$tls/ca.key" -out "$tls/ca.crt"
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=localhost" \
      -keyout "$tls/server.key" -out "$tls/server.csr"
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n' >"$tls/server.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial \
      -days 30 -sha256 -extfile "$tls/server.ext" -out "$tls/server.crt"
  } >"$d/openssl.log" 2>&1 || { cat "$d/openssl.log" >&2; die "redis: making the TLS certificates failed"; }
  chmod 644 "$tls/server.key"
  cat >"$d/redis.conf" <<EOF
# Written by scripts/servers/start.sh
bind 127.0.0.1
protected-mode yes
port $REDIS_PORT
tls-port $REDIS_TLS_PORT
tls-cert-file $tls/server.crt
tls-key-file $tls/server.key
tls-ca-cert-file $tls/ca.crt
tls-auth-clients no
requirepass $pass
dir $d/data
save ""
appendonly no
daemonize no
logfile ""
loglevel warning
EOF
  spawn redis "$d/redis.log" redis-server "$d/redis.conf"
  pid=$SPAWNED_PID
  wait_for redis "$pid" "$d/redis.log" redis_ready "$pass"
  write_env redis <<EOF
TASKCACHE_TEST_REDIS_URL=redis://:$pass@127.0.0.1:$REDIS_PORT
TASKCACHE_TEST_REDISS_URL=rediss://:$pass@127.0.0.1:$REDIS_TLS_PORT
TASKCACHE_TEST_REDIS_PASSWORD=$pass
TASKCACHE_TEST_REDIS_CA=$tls/ca.crt
EOF
  echo "start: redis ready on 127.0.0.1:$REDIS_PORT (TLS $REDIS_TLS_PORT), pid $pid ($(secs_since "$t0"))"
}

# --- main ----------------------------------------------------------------------------------
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(all)
want=()
for t in "${targets[@]}"; do
  case "$t" in
  all)
    want+=(nginx redis turbo radosgw)
    [ "${TASKCACHE_SERVERS_TURBO_S3:-1}" = 0 ] || want+=(turbo-s3)
    ;;
  nginx | radosgw | turbo | turbo-s3 | redis) want+=("$t") ;;
  *) echo "usage: start.sh [nginx|radosgw|turbo|turbo-s3|redis|all]..." >&2; exit 2 ;;
  esac
done

mkdir -p "$RUN_DIR/pids" "$RUN_DIR/env"
T0=$(ms)
# Keep servers.env in step with what did start, even when a later server fails.
trap assemble_env EXIT
done_list=" "
for t in "${want[@]}"; do
  case "$done_list" in *" $t "*) continue ;; esac
  done_list+="$t "
  case "$t" in
  nginx) start_nginx ;;
  radosgw) start_radosgw ;;
  turbo) start_turbo_instance turbo "$TURBO_PORT" local ;;
  turbo-s3) start_turbo_instance turbo-s3 "$TURBO_S3_PORT" s3 ;;
  redis) start_redis ;;
  esac
  assemble_env
done
echo "start: all requested servers ready in $(secs_since "$T0"); env in $RUN_DIR/servers.env"
