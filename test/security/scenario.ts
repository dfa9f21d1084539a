// One attack: a workspace beside a sibling directory, a task, an engine over the given stores,
// and the task's real key and manifest, so a crafted entry planted under that key is what the
// engine finds on its next run.

import { existsSync, lstatSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Key } from '../../src/core/digest.js';
import type { Signer } from '../../src/core/entry.js';
import type { Manifest } from '../../src/core/manifest.js';
import type { TaskSpec } from '../../src/engine/config-file.js';
import type { RunContext } from '../../src/engine/engine.js';
import { computeTaskKey } from '../../src/engine/key.js';
import type { Store } from '../../src/stores/store.js';
import {
  type Recorder,
  type Tree,
  taskSpec,
  testEngine,
  workspaceTree,
} from '../engine/harness.js';
import { type CraftedEntry, type CraftOptions, craftEntry, putEntry } from './entry-builder.js';

export interface Scenario {
  readonly tree: Tree;
  readonly spec: TaskSpec;
  readonly engine: RunContext;
  readonly reporter: Recorder;
  readonly key: Key;
  readonly manifest: Manifest;
  /** Crafts an entry (under the task's key and manifest unless given) and puts it in a store. */
  plant(
    options: Partial<CraftOptions>,
    where?: { store?: Store; replace?: boolean },
  ): Promise<CraftedEntry>;
  /** A workspace file's text, or undefined when there is none (a link is not followed). */
  read(relative: string): string | undefined;
  /** Whether anything, a dangling link included, is at the workspace path. */
  exists(relative: string): boolean;
}

export interface ScenarioOptions {
  /** Files of the workspace, relative to it. */
  readonly files?: Record<string, string>;
  readonly spec?: Partial<TaskSpec>;
  readonly signer?: Signer;
  readonly force?: boolean;
  /** Runs on the tree before the key is computed (links, modes). */
  readonly setup?: (tree: Tree) => void;
}

export async function scenario(
  stores: readonly Store[],
  options: ScenarioOptions = {},
): Promise<Scenario> {
  const tree = workspaceTree(options.files);
  options.setup?.(tree);
  const spec = taskSpec(options.spec);
  const { engine, reporter } = testEngine({
    workspace: tree.workspace,
    stores,
    ...(options.signer ? { signer: options.signer } : {}),
    ...(options.force ? { force: true } : {}),
  });
  const { key, manifest } = await computeTaskKey(spec, engine);
  const target = stores[stores.length - 1]!;
  return {
    tree,
    spec,
    engine,
    reporter,
    key,
    manifest,
    async plant(craft, where = {}) {
      const entry = craftEntry({ key, manifest, task: spec.name, ...craft });
      await putEntry(where.store ?? target, entry, {
        scope: engine.scope,
        task: spec.name,
        ...(where.replace ? { replace: true } : {}),
      });
      return entry;
    },
    read(relative) {
      const file = path.join(tree.workspace, relative);
      const stats = lstatSync(file, { throwIfNoEntry: false });
      return stats?.isFile() ? readFileSync(file, 'utf8') : undefined;
    },
    exists(relative) {
      const file = path.join(tree.workspace, relative);
      return lstatSync(file, { throwIfNoEntry: false }) !== undefined || existsSync(file);
    },
  };
}
