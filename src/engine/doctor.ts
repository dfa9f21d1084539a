// `taskcache doctor`: a real round trip through each store, as its mode allows: write a probe
// entry, read it back, check it byte for byte, and delete it where the store can. Catches a
// read-only credential, a wrong secret or an unreachable server before the first save does.

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import type { Key } from '../core/digest.js';
import {
  canRead,
  canWrite,
  capabilitiesOf,
  type Store,
  type StoreCapabilities,
} from '../stores/store.js';

export interface StoreCheck {
  readonly store: string;
  readonly mode: Store['mode'];
  readonly credentials: string;
  readonly capabilities: StoreCapabilities;
  /** Each step done, with its time in ms or what went wrong. */
  readonly steps: { readonly step: string; readonly ms: number; readonly error?: string }[];
  /** Whether the store can do what its mode says. */
  readonly ok: boolean;
  /** The first thing that went wrong, in one line. */
  readonly problem?: string;
}

const PROBE_TASK = 'taskcache-doctor-probe';
const PROBE_SCOPE = 'taskcache-doctor';
const PROBE_BYTES = 4096;

export async function checkStore(store: Store, tmpDir: string): Promise<StoreCheck> {
  const capabilities = capabilitiesOf(store);
  const steps: { step: string; ms: number; error?: string }[] = [];
  const base = {
    store: store.name,
    mode: store.mode,
    credentials: store.credentials ?? 'not reported by the store',
    capabilities,
  };
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T | Error> => {
    const started = performance.now();
    try {
      const value = await work();
      steps.push({ step: name, ms: Math.round(performance.now() - started) });
      return value;
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      steps.push({
        step: name,
        ms: Math.round(performance.now() - started),
        error: failure.message,
      });
      return failure;
    }
  };
  const fail = (problem: string): StoreCheck => ({ ...base, steps, ok: false, problem });
  if (store.mode === 'off') return { ...base, steps, ok: true };

  const key = createHash('sha256').update(randomBytes(32)).digest('hex') as Key;
  if (!canWrite(store.mode)) {
    // A read-only store: an unknown key must be a clean miss (reachable, credentials accepted).
    const found = await step('read', () => store.has(key));
    if (found instanceof Error) return fail(`cannot read: ${found.message}`);
    return { ...base, steps, ok: true };
  }

  const dir = path.join(tmpDir, `doctor-${randomBytes(6).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  try {
    const archive = randomBytes(PROBE_BYTES);
    const archivePath = path.join(dir, 'probe.archive');
    writeFileSync(archivePath, archive);
    const recordText = `{"probe":"taskcache doctor","key":"${key}"}\n`;
    const wrote = await step('write', () =>
      store.put({
        key,
        task: PROBE_TASK,
        scope: PROBE_SCOPE,
        recordText,
        archivePath,
        archiveSize: archive.length,
      }),
    );
    if (wrote instanceof Error) {
      // Whether reading works tells a read-only credential from a wrong one, and a read's
      // answer often names the cause a write's does not (S3 answers HEAD without a body).
      const read = canRead(store.mode) ? await step('read', () => store.get(key)) : undefined;
      const after =
        read === undefined
          ? ''
          : read instanceof Error
            ? read.message === wrote.message
              ? ''
              : `; cannot read either: ${read.message}`
            : '; reading works: the credentials can read but not write';
      return fail(`cannot write: ${wrote.message}${after}`);
    }
    if (canRead(store.mode)) {
      const got = await step('read', async () => {
        const entry = await store.get(key);
        if (!entry) throw new Error('the probe entry just written is not found');
        const bytes = await readAll(await entry.openArchive());
        if (entry.recordText !== recordText) throw new Error('the record read back differs');
        if (!bytes.equals(archive)) throw new Error('the archive read back differs');
      });
      if (got instanceof Error) return fail(`cannot read back: ${got.message}`);
    }
    if (capabilities.delete && store.deleteEntry) {
      const deleted = await step('delete', () => store.deleteEntry!(key));
      if (deleted instanceof Error) return fail(`cannot delete: ${deleted.message}`);
    }
    return { ...base, steps, ok: true };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
