// `taskcache show KEY|TASK`: finds an entry's record in the stores and describes it: the
// manifest's inputs and environment variable NAMES (a manifest holds digests of values, and
// they are not shown either), outputs with sizes, duration, producer and signature state.

import { blake3 } from '../adapters/blake3.js';
import { isKey, type Key } from '../core/digest.js';
import { decodeRecord, type Signer } from '../core/entry.js';
import { listAll, type ManagedStore } from './manage.js';

export interface EntryView {
  readonly key: string;
  readonly store: string;
  readonly task?: string;
  readonly createdAt?: string;
  readonly durationMs?: number;
  readonly exitCode?: number;
  readonly command?: string;
  readonly cwd?: string;
  readonly platform?: string;
  readonly inputs: { path: string; kind: string }[];
  readonly env: string[];
  readonly keyCommands: string[];
  readonly outputs: { path: string; kind: string; size?: number; target?: string }[];
  readonly outputBytes: number;
  readonly logBytes?: number;
  readonly producer: Record<string, string>;
  /** 'valid', 'unsigned', 'not checked (…)', or 'invalid: reason'. */
  readonly signature: string;
  /** Whether the record's digest (and key and schema) check out: 'ok' or the reason. */
  readonly integrity: string;
}

/** A key (full or at least 8 hex digits of one) or a task name. */
export async function findEntry(
  stores: readonly ManagedStore[],
  what: string,
  options: { readonly scope?: string; readonly signer?: Signer },
): Promise<{ view?: EntryView; notes: string[] }> {
  const readable = stores.filter(
    (s) => typeof s.get === 'function' && s.mode !== 'off' && s.mode !== 'write',
  );
  const notes: string[] = [];
  const isHex = /^[0-9a-f]{8,64}$/.test(what);
  let candidates: { key: Key; store?: string }[] = [];
  if (isKey(what)) candidates = [{ key: what }];
  else {
    const listing = await listAll(readable);
    notes.push(...listing.notes);
    const rows = listing.rows.filter((r) => (isHex ? r.key.startsWith(what) : r.task === what));
    rows.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
    if (isHex && new Set(rows.map((r) => r.key)).size > 1) {
      notes.push(`${what} matches ${new Set(rows.map((r) => r.key)).size} keys: give more of it`);
      return { notes };
    }
    candidates = rows.map((r) => ({ key: r.key, store: r.store }));
  }
  for (const { key, store: from } of candidates) {
    for (const store of readable) {
      if (from !== undefined && store.name !== from) continue;
      const entry = await store.get!(key).catch((error: unknown) => {
        notes.push(`${store.name}: ${(error as Error).message}`);
        return undefined;
      });
      if (entry)
        return { view: describe(entry.recordText, key, store.name, options.signer), notes };
    }
  }
  // A task in a store that cannot list: its latest record in this project.
  if (!isHex && options.scope !== undefined) {
    for (const store of readable) {
      const text = await store.latestRecord?.(what, options.scope).catch(() => undefined);
      if (text === undefined) continue;
      const key = (JSON.parse(text) as { record?: { key?: string } })?.record?.key;
      if (isKey(key)) return { view: describe(text, key, store.name, options.signer), notes };
    }
  }
  return { notes };
}

export function describe(text: string, key: Key, store: string, signer?: Signer): EntryView {
  const checked = decodeRecord(text, key, blake3, signer);
  let raw: Record<string, unknown> = {};
  let signed = false;
  try {
    const parsed = JSON.parse(text) as { record?: Record<string, unknown>; signature?: unknown };
    raw = parsed.record ?? {};
    signed = typeof parsed.signature === 'string';
  } catch {
    // Not JSON: shown as its integrity failure.
  }
  const manifest = (raw.manifest ?? {}) as Record<string, unknown>;
  const list = (value: unknown) =>
    Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  const outputs = list(raw.outputs).map((o) => ({
    path: String(o.path),
    kind: String(o.kind),
    ...(typeof o.size === 'number' ? { size: o.size } : {}),
    ...(typeof o.target === 'string' ? { target: o.target } : {}),
  }));
  const producer = Object.fromEntries(
    Object.entries((raw.producer ?? {}) as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    ),
  );
  const reason = checked.ok ? undefined : checked.reason;
  const signatureProblem = reason !== undefined && /signature|signed/i.test(reason);
  const platform = manifest.platform as { os?: string; arch?: string } | undefined;
  return {
    key,
    store,
    ...(typeof raw.task === 'string' ? { task: raw.task } : {}),
    ...(typeof raw.createdAt === 'string' ? { createdAt: raw.createdAt } : {}),
    ...(typeof raw.durationMs === 'number' ? { durationMs: raw.durationMs } : {}),
    ...(typeof raw.exitCode === 'number' ? { exitCode: raw.exitCode } : {}),
    ...(typeof manifest.command === 'string' ? { command: manifest.command } : {}),
    ...(typeof manifest.cwd === 'string' ? { cwd: manifest.cwd } : {}),
    ...(platform ? { platform: `${platform.os}-${platform.arch}` } : {}),
    inputs: list(manifest.inputs).map((i) => ({
      path: String(i.path),
      kind: String(i.kind ?? 'file'),
    })),
    // Names only: never a value, and not the digests of values either.
    env: list(manifest.env).map((e) => String(e.name)),
    keyCommands: list(manifest.keyCommands).map((c) => String(c.command)),
    outputs,
    outputBytes: outputs.reduce((total, o) => total + (o.size ?? 0), 0),
    ...(typeof (raw.log as { size?: unknown })?.size === 'number'
      ? { logBytes: (raw.log as { size: number }).size }
      : {}),
    producer,
    signature: !signed
      ? `unsigned${signer ? ' (a miss while TASKCACHE_SIGNING_KEY is set)' : ''}`
      : signatureProblem
        ? `invalid: ${reason}`
        : !signer
          ? 'signed, not checked (TASKCACHE_SIGNING_KEY is not set)'
          : checked.ok
            ? 'valid'
            : 'not checked (the record is damaged)',
    integrity: reason === undefined || signatureProblem ? 'ok' : reason,
  };
}
