// The real servers that scripts/servers/start.sh runs on 127.0.0.1 for the remote-store tests
// (nginx as a Bazel-style HTTP cache, Ceph radosgw for S3, turborepo-remote-cache, Redis with
// TLS). This module only reads what that script wrote to its run directory: `servers.env` and
// `pids/<name>.pid`. A server whose process is not running is left out, so a test can skip:
//
//   const servers = loadServers();
//   describe.skipIf(!servers?.s3)('s3 store against radosgw', () => { ... servers!.s3! ... });

import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The run directory: `$TASKCACHE_SERVERS_DIR`, else /tmp/taskcache-servers (as start.sh). */
export const serversDir: string = path.resolve(
  process.env.TASKCACHE_SERVERS_DIR || '/tmp/taskcache-servers',
);

/** Names of the processes start.sh records in pids/ that a test may stop. */
export type ServerName = 'nginx' | 'radosgw' | 'turbo' | 'turbo-s3' | 'redis';

export interface HttpServer {
  /** `http://127.0.0.1:PORT`; objects live at `<url>[/<prefix>...]/(ac|cas)/<sha256 hex>`. */
  readonly url: string;
  readonly user: string;
  readonly pass: string;
}

export interface S3Server {
  /** `http://127.0.0.1:PORT`; use path-style addressing. No bucket exists for the tests. */
  readonly endpoint: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export interface TurboServer {
  /** `http://127.0.0.1:PORT` (Turborepo API v8). */
  readonly url: string;
  readonly token: string;
  readonly team: string;
}

export interface TurboS3Server extends TurboServer {
  /** The radosgw bucket this instance stores its artifacts in. */
  readonly bucket: string;
}

export interface RedisServer {
  /** `redis://:PASSWORD@127.0.0.1:PORT` */
  readonly url: string;
  /** `rediss://:PASSWORD@127.0.0.1:TLS_PORT`; its certificate is for localhost and 127.0.0.1. */
  readonly tlsUrl: string;
  readonly password: string;
  /** Path of the PEM CA certificate that signed the TLS port's certificate. */
  readonly caFile: string;
}

export interface ServersEnv {
  readonly dir: string;
  readonly http?: HttpServer;
  readonly s3?: S3Server;
  readonly turbo?: TurboServer;
  readonly turboS3?: TurboS3Server;
  readonly redis?: RedisServer;
  /** Every KEY=VALUE of servers.env, as written. */
  readonly vars: Readonly<Record<string, string>>;
}

/** Parses servers.env: `KEY=VALUE` lines (values unquoted), `#` comments, blank lines. */
export function parseServersEnv(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    vars[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return vars;
}

/** Every server a test may need; TASKCACHE_REQUIRE_SERVERS=1 makes each one required. */
export const SERVER_KINDS = ['http', 's3', 'turbo', 'turboS3', 'redis'] as const;

/**
 * Reads `<serversDir>/servers.env`. Undefined when the file is missing (start.sh has not run);
 * otherwise each server that is described there and whose process is still alive.
 *
 * With TASKCACHE_REQUIRE_SERVERS=1 (CI sets it) a missing file or server throws instead, so the
 * test file that would have skipped its server-backed tests fails: a green run means every store
 * was tested.
 */
export function loadServers(
  env: NodeJS.ProcessEnv = process.env,
  dir: string = serversDir,
): ServersEnv | undefined {
  const servers = readServers(dir);
  if (env.TASKCACHE_REQUIRE_SERVERS === '1') {
    const missing = SERVER_KINDS.filter((kind) => !servers?.[kind]);
    if (missing.length > 0) {
      throw new Error(
        `TASKCACHE_REQUIRE_SERVERS=1 but ${servers ? `these servers are not running: ${missing.join(', ')}` : `${path.join(dir, 'servers.env')} is missing`} (run bash scripts/servers/start.sh all)`,
      );
    }
  }
  return servers;
}

function readServers(dir: string): ServersEnv | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(dir, 'servers.env'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const vars = parseServersEnv(text);
  const get = (...names: string[]): string[] | undefined => {
    const values = names.map((name) => vars[`TASKCACHE_TEST_${name}`]);
    return values.every((v): v is string => v !== undefined && v !== '')
      ? (values as string[])
      : undefined;
  };
  const up = (name: ServerName): boolean => serverPid(name, dir) !== undefined;

  let http: HttpServer | undefined;
  const h = get('HTTP_URL', 'HTTP_USER', 'HTTP_PASS');
  if (h && up('nginx')) http = { url: h[0]!, user: h[1]!, pass: h[2]! };

  let s3: S3Server | undefined;
  const s = get('S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY', 'S3_SECRET_KEY');
  if (s && up('radosgw')) {
    s3 = { endpoint: s[0]!, region: s[1]!, accessKeyId: s[2]!, secretAccessKey: s[3]! };
  }

  let turbo: TurboServer | undefined;
  const t = get('TURBO_URL', 'TURBO_TOKEN', 'TURBO_TEAM');
  if (t && up('turbo')) turbo = { url: t[0]!, token: t[1]!, team: t[2]! };

  let turboS3: TurboS3Server | undefined;
  const ts = get('TURBO_S3_URL', 'TURBO_TOKEN', 'TURBO_TEAM', 'TURBO_S3_BUCKET');
  if (ts && up('turbo-s3') && up('radosgw')) {
    turboS3 = { url: ts[0]!, token: ts[1]!, team: ts[2]!, bucket: ts[3]! };
  }

  let redis: RedisServer | undefined;
  const r = get('REDIS_URL', 'REDISS_URL', 'REDIS_PASSWORD', 'REDIS_CA');
  if (r && up('redis')) redis = { url: r[0]!, tlsUrl: r[1]!, password: r[2]!, caFile: r[3]! };

  return {
    dir: vars['TASKCACHE_SERVERS_DIR'] ?? dir,
    ...(http && { http }),
    ...(s3 && { s3 }),
    ...(turbo && { turbo }),
    ...(turboS3 && { turboS3 }),
    ...(redis && { redis }),
    vars,
  };
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/**
 * The PID of a server that start.sh started and that is still running (not a zombie, and the
 * same process: its start time matches pids/<name>.start), else undefined. For 'radosgw' this is
 * the radosgw daemon itself (the Ceph mon and osd behind it are pids/ceph-mon and ceph-osd).
 * A test may `process.kill(pid, 'SIGKILL')` it to simulate the server going away.
 */
export function serverPid(name: ServerName, dir: string = serversDir): number | undefined {
  const text = readText(path.join(dir, 'pids', `${name}.pid`));
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  const pid = Number(text);
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === undefined) {
    if (process.platform === 'linux') return undefined;
    try {
      process.kill(pid, 0);
      return pid;
    } catch {
      return undefined;
    }
  }
  // Fields after "(comm)": state is the first, start time (field 22 of the file) the 20th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (fields[0] === 'Z' || fields[0] === 'X') return undefined;
  const wantStart = readText(path.join(dir, 'pids', `${name}.start`));
  if (wantStart && fields[19] !== wantStart) return undefined;
  return pid;
}
