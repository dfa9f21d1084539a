// The lint's import checks (scripts/check-imports.mjs): cycles, type-only ones included, and the
// layers (core imports only core; adapters never stores, engine, action or cli; stores never
// engine, action or cli; engine never action or cli), on a small tree and on src/.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir, writeProject } from './support/cli.js';

const script = path.join(repoRoot, 'scripts', 'check-imports.mjs');

function check(root: string) {
  const result = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** Lines of the report that start a problem (a cycle, a layer, an unresolved import). */
function problems(out: string): string[] {
  return out
    .split('\n')
    .filter((line) => /^(cycle|layer): |imports '.*', which names no file$/.test(line));
}

describe('check-imports on a small tree', () => {
  const root = path.join(tempDir('import-rules'), 'src');
  writeProject(root, {
    // A runtime cycle through a lazy import, as stores/remote.ts had with the stores.
    'stores/factory.ts':
      "export async function make() {\n  return (await import('./impl.js')).Impl;\n}\n",
    'stores/impl.ts':
      "import { helper } from './factory.js';\nimport { go } from '../engine/run.js';\nexport class Impl {}\nexport { helper, go };\n",
    // A cycle with one type-only edge, as core/config-schema.ts and config-shape.ts had.
    'core/shape.ts': "import type { Schema } from './schema.js';\nexport type Shape = Schema;\n",
    'core/schema.ts':
      "import { type Shape } from './shape.js';\nimport { read } from '../adapters/fs.js';\nexport type Schema = { s?: Shape };\nexport { read };\n",
    'adapters/fs.ts': "export type { Impl } from '../stores/impl.js';\nexport const read = 1;\n",
    'engine/run.ts':
      "import { make } from '../stores/factory.js';\nimport { main } from '../cli/main.js';\nexport const go = [make, main];\n",
    'engine/missing.ts': "import { gone } from './gone.js';\nexport { gone };\n",
    // Allowed: cli imports anything; index.ts (top level) likewise; core imports core.
    'cli/main.ts': "import { Impl } from '../stores/impl.js';\nexport const main = Impl;\n",
    'index.ts': "export { main } from './cli/main.js';\nexport { go } from './engine/run.js';\n",
    'core/leaf.ts': "import type { Shape } from './shape.js';\nexport type Leaf = Shape;\n",
  });
  let report: ReturnType<typeof check> | undefined;
  const smallTree = () => {
    report ??= check(root);
    return report;
  };

  it('reports each cycle with its chain, type-only edges marked', () => {
    const { code, out } = smallTree();
    expect(code).toBe(1);
    const cycles = problems(out).filter((line) => line.startsWith('cycle: '));
    expect(cycles).toContain(
      'cycle: src/core/schema.ts -> src/core/shape.ts -(type)-> src/core/schema.ts',
    );
    // factory -> impl -> factory, and impl -> engine/run -> cli/main -> impl: one strongly
    // connected group, reported once by its shortest chain.
    expect(cycles).toContain(
      'cycle: src/stores/factory.ts -> src/stores/impl.ts -> src/stores/factory.ts',
    );
    expect(out).toContain('(the same cycle also runs through src/cli/main.ts, src/engine/run.ts)');
    expect(cycles).toHaveLength(2);
  });

  it('reports each import that crosses a layer, and only those', () => {
    const { out } = smallTree();
    const layers = problems(out).filter((line) => line.startsWith('layer: '));
    expect(layers.sort()).toEqual(
      [
        'layer: core may import only core, but src/core/schema.ts:2 -> src/adapters/fs.ts (adapters)',
        'layer: adapters may import only core, adapters, but src/adapters/fs.ts:1 -(type)-> src/stores/impl.ts (stores)',
        'layer: stores may import only core, adapters, stores, but src/stores/impl.ts:2 -> src/engine/run.ts (engine)',
        'layer: engine may import only core, adapters, stores, engine, but src/engine/run.ts:2 -> src/cli/main.ts (cli)',
      ].sort(),
    );
  });

  it('reports a relative import that names no file', () => {
    const { out } = smallTree();
    expect(problems(out)).toContain(
      "src/engine/missing.ts:1 imports './gone.js', which names no file",
    );
    expect(out).toMatch(/2 cycle\(s\), 4 layer violation\(s\), 1 unresolved import\(s\)/);
  });

  it('passes a tree without cycles or crossings', () => {
    const clean = path.join(tempDir('import-rules-clean'), 'src');
    writeProject(clean, {
      'core/a.ts': "import type { B } from './b.js';\nexport type A = B;\n",
      'core/b.ts': 'export type B = number;\n',
      'stores/s.ts': "import type { A } from '../core/a.js';\nexport type S = A;\n",
      'engine/e.ts': "export const e = async () => import('../stores/s.js');\n",
    });
    expect(check(clean)).toEqual({
      code: 0,
      out: 'check-imports: 4 files, no cycles, layers kept\n',
    });
  });
});

describe('check-imports on src/', () => {
  it('finds no cycle and no layer crossed', () => {
    const { code, out } = check(path.join(repoRoot, 'src'));
    expect(problems(out)).toEqual([]);
    expect(code).toBe(0);
  });
});
