// Computing a task's manifest and key from the workspace: the I/O around the pure core.

import * as path from 'node:path';
import { blake3 } from '../adapters/blake3.js';
import { DirCache } from '../adapters/dir-cache.js';
import { fileBackend, scanInputs } from '../adapters/files.js';
import { captureStdout } from '../adapters/process.js';
import { StatCache } from '../adapters/stat-cache.js';
import type { Key } from '../core/digest.js';
import { selectEnv } from '../core/env.js';
import {
  createManifest,
  envValueDigest,
  hashManifest,
  type KeyCommandInput,
  type Manifest,
} from '../core/manifest.js';
import type { TaskSpec } from './config-file.js';

export interface KeyContext {
  readonly workspace: string;
  readonly env: NodeJS.ProcessEnv;
  readonly platform: { readonly os: string; readonly arch: string };
  /** Where state that only speeds up repeated runs is kept (stat and listing caches); none if unset. */
  readonly stateDir?: string;
}

/**
 * The stat cache and the directory listing cache of this workspace, when state is kept. Listings
 * are kept from the second run on: keeping them costs a stat per directory, which a run whose
 * state is never reused (a fresh CI machine) should not pay.
 */
function cachesFor(ctx: KeyContext): { statCache?: StatCache; dirCache?: DirCache } {
  if (!ctx.stateDir) return {};
  const id = blake3(ctx.workspace).slice(0, 24);
  const statCache = StatCache.load(path.join(ctx.stateDir, `stat-${id}.bin`));
  if (statCache.empty) return { statCache };
  return { statCache, dirCache: DirCache.load(path.join(ctx.stateDir, `dirs-${id}.json`)) };
}

export interface TaskKey {
  readonly manifest: Manifest;
  readonly key: Key;
  /** Input patterns that matched no file. */
  readonly unmatched: readonly string[];
}

export async function computeTaskKey(spec: TaskSpec, ctx: KeyContext): Promise<TaskKey> {
  const { inputs, unmatched } = await scanInputs(
    {
      workspace: ctx.workspace,
      cwd: spec.cwd,
      patterns: spec.inputs,
      // Declared outputs are never inputs.
      exclude: spec.outputs,
    },
    cachesFor(ctx),
  );
  const env = selectEnv(spec.env, ctx.env).map((name) => ({
    name,
    digest: envValueDigest(name, ctx.env[name] ?? '', blake3),
  }));
  const cwdAbsolute = path.join(ctx.workspace, spec.cwd);
  const keyCommands: KeyCommandInput[] = [];
  for (const command of spec.keyCommands) {
    const stdout = await captureStdout(spec.shell, command, cwdAbsolute, ctx.env);
    keyCommands.push({ command, digest: blake3(stdout) });
  }
  const manifest = createManifest({
    task: spec.name,
    command: spec.command,
    shell: spec.shell,
    cwd: spec.cwd,
    platform: ctx.platform,
    env,
    inputs,
    keyCommands,
    salt: spec.salt,
  });
  const key = hashManifest(manifest, await (await fileBackend()).createHasher());
  return { manifest, key, unmatched };
}
