#!/usr/bin/env node
// Import cycles and layer rules for src/ (run by `npm run lint` and .ci/run).
//
// Usage: node scripts/check-imports.mjs [root]   (root defaults to src/)
//
// Every .ts file under the root is parsed with the TypeScript compiler. Followed: static
// `import … from`, `import '…'`, `export … from`, `import x = require('…')`, dynamic `import()`
// and `import('…')` types. Relative specifiers are resolved as NodeNext does for this project:
// `./x.js` is `./x.ts` (also .tsx, .mts/.mjs, .cts/.cjs, a directory's index). Bare specifiers
// (packages, `node:` built-ins) are third-party and not ours.
//
// Type-only imports (`import type`, `export type … from`, `import('…')` types) COUNT, both for
// cycles and for layers. They create no runtime cycle, but a type cycle still ties two modules'
// shapes together, and a type import from a higher layer is still a dependency on it. They are
// marked `-(type)->` in the chains printed. (`import { type A } from` is not type-only: with
// verbatimModuleSyntax it is emitted as `import {} from`, which loads the module.)
//
// Layers are the first directory under the root. Each may import only the layers listed:
//   core     -> core                            (core imports nothing else of ours)
//   adapters -> core, adapters                  (never stores, engine, action, cli)
//   stores   -> core, adapters, stores          (never engine, action, cli)
//   engine   -> core, adapters, stores, engine  (never action, cli)
//   action, cli and top-level files (index.ts) are not restricted.
//
// biome.json also turns on Biome's noImportCycles (type imports included), so editors show a
// cycle as it is written; the layers, which Biome's restricted-import rules cannot express for
// relative paths, are checked only here.
//
// Each cycle (one per strongly connected component, shown as its shortest chain), each layer
// violation and each relative import that resolves to no file is printed on stderr; the exit
// status is 1 if there is any, else 0.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export const LAYER_ALLOWS = {
  core: ['core'],
  adapters: ['core', 'adapters'],
  stores: ['core', 'adapters', 'stores'],
  engine: ['core', 'adapters', 'stores', 'engine'],
};

const SOURCE = /\.(ts|tsx|mts|cts)$/;
const DECLARATION = /\.d\.(ts|mts|cts)$/;

function listSources(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'node_modules') out.push(...listSources(full));
    } else if (SOURCE.test(name) && !DECLARATION.test(name)) {
      out.push(full);
    }
  }
  return out;
}

/** The imports of one file: `{ specifier, typeOnly, line }`. */
export function importsOf(file, text = readFileSync(file, 'utf8')) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (literal, typeOnly) => {
    if (!literal || !ts.isStringLiteralLike(literal)) return;
    const { line } = source.getLineAndCharacterOfPosition(literal.getStart(source));
    found.push({ specifier: literal.text, typeOnly, line: line + 1 });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      // Only `import type` is type-only: with verbatimModuleSyntax, `import { type A } from`
      // is emitted as `import {} from`, which still loads the module.
      add(node.moduleSpecifier, Boolean(node.importClause?.isTypeOnly));
    } else if (ts.isExportDeclaration(node)) {
      if (node.moduleSpecifier) add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node)) {
      if (ts.isExternalModuleReference(node.moduleReference)) {
        add(node.moduleReference.expression, node.isTypeOnly);
      }
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg)) add(arg.literal, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const RESOLVE_AS = {
  '.js': ['.ts', '.tsx', '.js'],
  '.jsx': ['.tsx', '.jsx'],
  '.mjs': ['.mts', '.mjs'],
  '.cjs': ['.cts', '.cjs'],
};

function isFile(p) {
  return existsSync(p) && statSync(p).isFile();
}

/** The file a relative specifier names, or undefined. */
export function resolveRelative(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const ext = path.extname(base);
  const candidates = [];
  if (RESOLVE_AS[ext]) {
    const stem = base.slice(0, -ext.length);
    for (const e of RESOLVE_AS[ext]) candidates.push(stem + e);
  }
  candidates.push(base);
  for (const e of ['.ts', '.tsx', '.mts', '.cts']) candidates.push(base + e);
  for (const e of ['.ts', '.tsx', '.mts', '.cts']) candidates.push(path.join(base, `index${e}`));
  return candidates.find(isFile);
}

/** The layer of a file under root (its first directory), or undefined for top-level files. */
function layerOf(root, file) {
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return '(outside the root)';
  const parts = rel.split(path.sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** Strongly connected components with more than one file (Tarjan, iterative). */
function cyclicComponents(nodes, edgesOf) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const components = [];
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = edgesOf(frame.node);
      if (frame.next < targets.length) {
        const to = targets[frame.next++];
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node), index.get(to)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1) components.push(component.sort());
      }
    }
  }
  return components;
}

/** A shortest chain from `start` back to itself inside `members` (BFS). */
function shortestCycle(start, members, edgesOf) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const to of edgesOf(node)) {
      if (!members.has(to)) continue;
      if (to === start) {
        const chain = [start];
        for (let at = node; at !== start; at = previous.get(at)) chain.unshift(at);
        chain.unshift(start);
        return chain;
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [];
}

/**
 * Checks the tree under `root`. Returns `{ cycles, layers, unresolved, files }`, each problem
 * with a printable `message`.
 */
export function checkImports(root) {
  const absRoot = path.resolve(root);
  const files = listSources(absRoot);
  // Paths as seen from the root's parent: src/core/x.ts for the project.
  const base = path.dirname(absRoot);
  const show = (file) => path.relative(base, file).split(path.sep).join('/');
  /** file -> Map(target -> { typeOnly, line, specifier }) (a runtime edge wins over a type one) */
  const graph = new Map();
  const unresolved = [];
  const layers = [];
  for (const file of files) {
    const edges = new Map();
    graph.set(file, edges);
    for (const imp of importsOf(file)) {
      if (!imp.specifier.startsWith('.')) continue;
      const target = resolveRelative(file, imp.specifier);
      if (!target) {
        unresolved.push({
          file,
          ...imp,
          message: `${show(file)}:${imp.line} imports '${imp.specifier}', which names no file`,
        });
        continue;
      }
      const seen = edges.get(target);
      if (!seen || (seen.typeOnly && !imp.typeOnly)) edges.set(target, imp);
    }
  }
  for (const [file, edges] of graph) {
    const from = layerOf(absRoot, file);
    const allows = from ? LAYER_ALLOWS[from] : undefined;
    if (!allows) continue;
    for (const [target, imp] of edges) {
      const to = layerOf(absRoot, target) ?? '(top level)';
      if (allows.includes(to)) continue;
      layers.push({
        from: file,
        to: target,
        ...imp,
        message:
          `layer: ${from} may import only ${allows.join(', ')}, but ` +
          `${show(file)}:${imp.line} ${imp.typeOnly ? '-(type)->' : '->'} ${show(target)} (${to})`,
      });
    }
  }
  const edgesOf = (file) => [...(graph.get(file)?.keys() ?? [])].filter((t) => graph.has(t));
  const cycles = cyclicComponents([...graph.keys()], edgesOf).map((members) => {
    const inside = new Set(members);
    let chain = [];
    for (const start of members) {
      const found = shortestCycle(start, inside, edgesOf);
      if (chain.length === 0 || found.length < chain.length) chain = found;
    }
    const parts = [show(chain[0])];
    for (let i = 1; i < chain.length; i++) {
      const imp = graph.get(chain[i - 1]).get(chain[i]);
      parts.push(`${imp.typeOnly ? '-(type)->' : '->'} ${show(chain[i])}`);
    }
    const others = members.filter((m) => !chain.includes(m)).map(show);
    return {
      members,
      chain,
      message:
        `cycle: ${parts.join(' ')}` +
        (others.length > 0 ? `\n  (the same cycle also runs through ${others.join(', ')})` : ''),
    };
  });
  return { files: files.length, cycles, layers, unresolved };
}

function main() {
  const root =
    process.argv[2] ?? path.join(path.dirname(new URL(import.meta.url).pathname), '../src');
  const { files, cycles, layers, unresolved } = checkImports(root);
  const problems = [...unresolved, ...cycles, ...layers];
  for (const p of problems) console.error(p.message);
  if (problems.length > 0) {
    console.error(
      `check-imports: ${cycles.length} cycle(s), ${layers.length} layer violation(s), ` +
        `${unresolved.length} unresolved import(s) in ${files} files`,
    );
    process.exit(1);
  }
  console.log(`check-imports: ${files} files, no cycles, layers kept`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main();
}
