// Issue 14 ("a property, not a patch") and issue 19, item 6: random records and archives —
// paths with `..`, `.git`, absolute ones, links and chains of links, sizes and digests that lie,
// random bytes, codecs — fed through the engine's restore never change anything outside the
// task's declared outputs: the whole temporary tree, its parent directory and a sibling
// included, is snapshotted before and after. The workspace holds links already, inside the
// outputs, to sources and to the sibling. restore never throws.

import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { restore } from '../../src/engine/engine.js';
import { computeTaskKey } from '../../src/engine/key.js';
import { LocalStore } from '../../src/stores/local.js';
import type { Store } from '../../src/stores/store.js';
import { cleanupAll, ready, taskSpec, tempDir, testEngine } from '../engine/harness.js';
import { MemoryStore } from '../support/memory-store.js';
import { diffTrees, snapshotTree } from '../support/tree-snapshot.js';
import { type CraftedOutput, craftEntry, putEntry } from './entry-builder.js';

beforeAll(ready);
afterAll(cleanupAll);

/** Stands for an absolute path into the sibling directory, filled in per run. */
const ABSOLUTE = '<abs>';

const segment = fc.constantFrom(
  'out',
  'out',
  'a',
  'b',
  '.git',
  '..',
  '.',
  '',
  'ln',
  'up',
  'x.txt',
  'lib',
  'src',
  'main.c',
  'sibling',
  'ü ✓',
  '.taskcache-tmp-x',
  'a\\b',
  'config',
  'hooks',
);

const outputPath = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => `out/${s.join('/')}`),
  },
  {
    weight: 3,
    arbitrary: fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/')),
  },
  { weight: 1, arbitrary: fc.constant(`${ABSOLUTE}/abs.txt`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '.git/config',
      '.git/hooks/pre-commit',
      'sub/.git/config',
      'out/.git/x',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('out/ln/x.js', 'out/up/precious.txt', 'up/precious.txt'),
  },
);

const linkTarget = fc.oneof(
  fc.constantFrom(
    '.',
    '..',
    '../..',
    'b/b/b/../../..',
    '../lib',
    '../../sibling',
    'x.txt',
    'ln',
    'ln/x.js',
    '../up',
    ABSOLUTE,
  ),
  fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/')),
);

const fileOutput = fc.record({
  kind: fc.constant('file' as const),
  path: outputPath,
  content: fc.uint8Array({ maxLength: 48 }).map((b) => Buffer.from(b)),
  executable: fc.boolean(),
  sizeLie: fc.oneof(
    { weight: 4, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }) },
  ),
  digestLie: fc.oneof(
    { weight: 6, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
});

const linkOutput = fc.record({
  kind: fc.constant('link' as const),
  path: outputPath,
  target: linkTarget,
});

/** Undefined nine times in ten. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const entryShape = fc.record({
  outputs: fc.array(
    fc.oneof({ weight: 3, arbitrary: fileOutput }, { weight: 2, arbitrary: linkOutput }),
    {
      maxLength: 6,
    },
  ),
  codec: fc.constantFrom('none' as const, 'gzip' as const),
  // Mostly archives that match their record, so that the checks of paths and links are what
  // stands between the entry and the tree; now and then excess bytes or random bytes.
  trailing: rarely(fc.uint8Array({ minLength: 1, maxLength: 32 }).map((b) => Buffer.from(b))),
  raw: rarely(fc.uint8Array({ maxLength: 256 }).map((b) => Buffer.from(b))),
  store: fc.constantFrom('memory', 'local'),
});

type Shape = typeof entryShape extends fc.Arbitrary<infer T> ? T : never;

interface Layout {
  readonly outputs: string[];
  /** Relative to the parent directory: left out of the snapshot (the declared outputs). */
  readonly declared: (relative: string) => boolean;
}

const layouts: Record<string, Layout> = {
  'outputs out/**': {
    outputs: ['out/**'],
    declared: (r) => r === 'ws/out' || r.startsWith('ws/out/'),
  },
  'outputs **': {
    outputs: ['**'],
    // Everything in the workspace but .git directories, wherever they are.
    declared: (r) => r.startsWith('ws/') && !r.split('/').includes('.git'),
  },
};

/** Runs whose entry was restored: the property also covers entries that get through. */
let restored = 0;

async function attempt(layout: Layout, shape: Shape): Promise<void> {
  const parent = tempDir('prop');
  const ws = path.join(parent, 'ws');
  const sibling = path.join(parent, 'sibling');
  try {
    mkdirSync(path.join(ws, 'src'), { recursive: true });
    mkdirSync(path.join(ws, 'lib'));
    mkdirSync(path.join(ws, 'out'));
    mkdirSync(path.join(ws, '.git'));
    mkdirSync(sibling);
    writeFileSync(path.join(ws, 'src', 'main.c'), 'int main;\n');
    writeFileSync(path.join(ws, 'lib', 'x.js'), 'lib\n');
    writeFileSync(path.join(ws, '.git', 'config'), '[core]\n');
    writeFileSync(path.join(ws, 'out', 'old.txt'), 'old\n');
    writeFileSync(path.join(sibling, 'precious.txt'), 'sibling\n');
    symlinkSync('../lib', path.join(ws, 'out', 'ln'));
    symlinkSync('../../sibling', path.join(ws, 'out', 'up'));
    symlinkSync('../sibling', path.join(ws, 'up'));

    const store: Store =
      shape.store === 'memory'
        ? new MemoryStore()
        : new LocalStore(path.join(tempDir('prop-store'), 'c'));
    const spec = taskSpec({ outputs: layout.outputs });
    const { engine, reporter } = testEngine({ workspace: ws, stores: [store] });
    const { key, manifest } = await computeTaskKey(spec, engine);
    const abs = (text: string) => text.replace(ABSOLUTE, sibling);
    const outputs: CraftedOutput[] = shape.outputs.map((o) =>
      o.kind === 'link'
        ? { kind: 'link', path: abs(o.path), target: abs(o.target) }
        : {
            kind: 'file',
            path: abs(o.path),
            content: o.content,
            executable: o.executable,
            declaredSize: Math.max(0, o.content.length + o.sizeLie),
            ...(o.digestLie ? { declaredDigest: 'f'.repeat(64) } : {}),
          },
    );
    const entry = craftEntry({
      key,
      manifest,
      task: spec.name,
      outputs,
      codec: shape.codec,
      ...(shape.trailing ? { trailing: shape.trailing } : {}),
      ...(shape.raw ? { rawArchive: shape.raw } : {}),
    });
    await putEntry(store, entry, { scope: engine.scope });

    const ignore = (relative: string) => layout.declared(relative);
    const before = snapshotTree(parent, { ignore });
    if (await restore(spec, key, engine)) restored += 1;
    const changes = diffTrees(before, snapshotTree(parent, { ignore }));
    expect(
      changes,
      `${JSON.stringify(entry.record.outputs)}\n${reporter.warnings.join('\n')}`,
    ).toEqual([]);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

describe('random entries never change anything outside the declared outputs', () => {
  for (const [name, layout] of Object.entries(layouts)) {
    test(name, async () => {
      restored = 0;
      await fc.assert(
        fc.asyncProperty(entryShape, (shape) => attempt(layout, shape)),
        { numRuns: 150 },
      );
      expect(restored).toBeGreaterThan(0);
    }, 180_000);
  }
});
