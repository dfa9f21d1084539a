// Computing a task's manifest and key from the workspace: the I/O around the pure core.

import * as path from 'node:path';
import { blake3 } from '../adapters/blake3.js';
import { fileBackend, scanInputs } from '../adapters/files.js';
import { GitIgnore, type IgnoredInputs } from '../adapters/git-ignore.js';
import type { HashFn, Key } from '../core/digest.js';
import type { Signer } from '../core/entry.js';
import { commandEnv, isSecretLookingName, selectEnv } from '../core/env.js';
import type { InputEntry } from '../core/manifest.js';
import {
  createManifest,
  envValueDigest,
  hashManifest,
  type KeyCommandInput,
  type Manifest,
} from '../core/manifest.js';
import type { TaskSpec, UpstreamOutputs } from './config-file.js';
import {
  invocationCaches,
  type KeyCaches,
  loadScanCaches,
  type ScanCaches,
  saveScanCaches,
} from './key-caches.js';
import { type KeyCommandMemo, keyCommandInput, memoOf } from './key-commands.js';
import { signerFromEnv } from './signing.js';
import { isHintSource, storeBlobHints } from './store-hints.js';

export interface KeyContext {
  readonly workspace: string;
  readonly env: NodeJS.ProcessEnv;
  readonly platform: { readonly os: string; readonly arch: string };
  /** Where state that only speeds up repeated runs is kept (stat and listing caches); none if unset. */
  readonly stateDir?: string;
  /**
   * The entry signer; with one, environment values enter the key as keyed digests. Read from
   * `env` (TASKCACHE_SIGNING_KEY) when not given.
   */
  readonly signer?: Signer;
  /**
   * The key-commands already run in this invocation (each distinct one runs once); a context
   * without one keeps its own.
   */
  readonly keyCommandMemo?: KeyCommandMemo;
  /**
   * The stat, listing and git caches of this invocation, loaded once and saved by its owner
   * when the invocation is done; a context without them loads and saves them per key.
   */
  readonly keyCaches?: KeyCaches;
}

/** The invocation's caches, or this computation's own (saved when it is done). */
function cachesFor(ctx: KeyContext): { caches: ScanCaches; owned: boolean } {
  const shared = invocationCaches(ctx);
  if (shared) return { caches: shared, owned: false };
  return { caches: loadScanCaches(ctx.stateDir, ctx.workspace), owned: true };
}

export interface TaskKey {
  readonly manifest: Manifest;
  readonly key: Key;
  /** Input patterns that matched no file. */
  readonly unmatched: readonly string[];
  /**
   * Warnings for the caller to print: secret-looking variables that enter the key as plain
   * digests (no signing key). They name the variable, never its value.
   */
  readonly warnings: readonly string[];
  /** Notices for the caller to print: key-commands this computation ran that were slow. */
  readonly notices?: readonly string[];
  /** What git ignores among the matches (left out), and the untracked inputs when asked for. */
  readonly ignored?: IgnoredInputs;
  /** Blob id (hex) by path of each input whose stat matched its git index entry. */
  readonly blobs?: ReadonlyMap<string, string>;
  /** How many input files were read to be hashed (the task's own inputs). */
  readonly read?: number;
}

export async function computeTaskKey(
  spec: TaskSpec,
  ctx: KeyContext,
  options: { readonly untracked?: boolean } = {},
): Promise<TaskKey> {
  // In a git checkout, what git ignores is not an input (git answers while the walk runs).
  const { caches, owned } = cachesFor(ctx);
  const git = GitIgnore.start(ctx.workspace, spec.cwd, spec.inputs, {
    ...options,
    index: caches.gitIndex,
  });
  // With stores at hand, a file the git index matches but no local hint knows may take its
  // digest from the task's recent records (asked for only then, while the walk goes on).
  const signer = ctx.signer ?? signerFromEnv(ctx.env);
  const storeHints =
    caches.gitIndex && isHintSource(ctx)
      ? () => storeBlobHints(spec.name, { ...ctx, signer })
      : undefined;
  const scan = await scanInputs(
    {
      workspace: ctx.workspace,
      cwd: spec.cwd,
      patterns: spec.inputs,
      // Declared outputs are never inputs.
      exclude: spec.outputs,
      filter: git?.filter,
    },
    { ...caches, storeHints },
  );
  let { inputs } = scan;
  const { unmatched, blobs, read } = scan;
  if (spec.upstream && spec.upstream.length > 0) {
    inputs = await withUpstreamOutputs(inputs, spec.upstream, ctx, caches);
  }
  if (owned) saveScanCaches(caches);
  // With a signing key, values are keyed digests: a short secret named in `env:` cannot be
  // guessed from a stored manifest by hashing candidates.
  const keyed: HashFn | undefined = signer?.keyedHash;
  const warnings: string[] = [];
  const gitFailure = await git?.failure();
  if (gitFailure) {
    warnings.push(
      `${spec.name}: git could not say which inputs it ignores (${gitFailure}); every matching file is an input`,
    );
  }
  const env = selectEnv(spec.env, ctx.env).map((name) => {
    if (!keyed && isSecretLookingName(name)) {
      warnings.push(
        `${spec.name}: env var ${name} looks like a secret and enters the key as a plain digest, which anyone who can read an entry can test guesses against; set TASKCACHE_SIGNING_KEY to key it`,
      );
    }
    return { name, digest: envValueDigest(name, ctx.env[name] ?? '', keyed ?? blake3) };
  });
  const cwdAbsolute = path.join(ctx.workspace, spec.cwd);
  // What a workflow `run:` step would see: never the cache token or the signing key.
  const keyCommandEnv = spec.keyCommands.length > 0 ? commandEnv(ctx.env) : undefined;
  const keyCommands: KeyCommandInput[] = [];
  const notices: string[] = [];
  for (const command of spec.keyCommands) {
    const run = { shell: spec.shell, command, cwd: cwdAbsolute, env: keyCommandEnv! };
    keyCommands.push(await keyCommandInput(memoOf(ctx), run, notices, caches.memo));
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
    outputs: spec.outputs,
    salt: spec.salt,
  });
  const key = hashManifest(manifest, await (await fileBackend()).createHasher());
  const ignored = await git?.report();
  return { manifest, key, unmatched, warnings, notices, ignored, blobs, read };
}

/**
 * The task's inputs and the files its dependencies' declared outputs match now (after those
 * ran or were restored), each dependency's globs read from its own working directory: the
 * dependent's key has their digests, so a dependency rebuilt byte for byte still hits. A file
 * that is both is one input. Outputs that match nothing are not reported: the dependency's
 * own run says so.
 */
async function withUpstreamOutputs(
  inputs: InputEntry[],
  upstream: readonly UpstreamOutputs[],
  ctx: KeyContext,
  caches: ScanCaches,
): Promise<InputEntry[]> {
  const byPath = new Map(inputs.map((input) => [input.path, input]));
  for (const dep of upstream) {
    if (dep.outputs.length === 0) continue;
    const scanned = await scanInputs(
      { workspace: ctx.workspace, cwd: dep.cwd, patterns: dep.outputs },
      caches,
    );
    for (const input of scanned.inputs) byPath.set(input.path, input);
  }
  return [...byPath.values()];
}
