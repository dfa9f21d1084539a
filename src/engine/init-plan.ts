// `taskcache init`'s plan: from a workspace's packages (adapters/workspaces.ts) to a config
// with a task per chosen package script. The rules, as docs/cli.md states them:
// - a task `<script>-<package>` runs `<manager> run <script>` in the package's directory;
// - inputs: the package's source directories that exist, its package.json, its tsconfig*.json
//   and *.config.* files; the root lockfile and root tsconfig*.json go in `defaults`;
// - outputs (build only): dist, build, out, .next where they exist, lib where src exists too,
//   and a directory the build script names with --outDir, --out-dir, --outdir or -d; else dist;
// - depends-on: a build depends on the builds of the workspace packages it depends on; a
//   test or lint on its own package's build, else on those builds.

import type { Workspace, WorkspacePackage } from '../adapters/workspaces.js';

export const DEFAULT_SCRIPTS = ['build', 'test', 'lint'] as const;

const SOURCE_DIRS = [
  'src',
  'lib',
  'app',
  'pages',
  'public',
  'components',
  'test',
  'tests',
  '__tests__',
];
const OUTPUT_DIRS = ['dist', 'build', 'out', '.next'];
const OUT_FLAG = /(?:--outDir|--out-dir|--outdir|-d)[ =]+['"]?([\w.-]+(?:\/[\w.-]+)*)/g;
const CONFIG_FILE = /^(?:tsconfig.*\.json|[\w.-]+\.config\.[cm]?[jt]s|\.babelrc|\.eslintrc.*)$/;

export interface PlannedTask {
  readonly run: string;
  readonly 'working-directory'?: string;
  readonly inputs: string[];
  readonly outputs?: string[];
  readonly 'depends-on'?: string[];
}

export interface InitPlan {
  readonly defaults?: { readonly inputs: string[] };
  readonly tasks: Record<string, PlannedTask>;
}

/** A task-name part from a package: letters, digits, `.`, `_` and `-`. */
export function sanitizeName(text: string): string {
  return text
    .replace(/^@/, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '');
}

/** Each package's name part: its directory's basename, else its sanitised package name. */
function packageLabels(packages: readonly WorkspacePackage[]): Map<WorkspacePackage, string> {
  const base = (p: WorkspacePackage) =>
    sanitizeName(p.dir === '.' ? (p.name ?? 'root') : (p.dir.split('/').pop() ?? p.dir)) || 'pkg';
  const counts = new Map<string, number>();
  for (const p of packages) counts.set(base(p), (counts.get(base(p)) ?? 0) + 1);
  const labels = new Map<WorkspacePackage, string>();
  const used = new Set<string>();
  for (const p of packages) {
    let label = base(p);
    if ((counts.get(label) ?? 0) > 1 && p.name) label = sanitizeName(p.name) || label;
    let unique = label;
    for (let n = 2; used.has(unique); n++) unique = `${label}-${n}`;
    used.add(unique);
    labels.set(p, unique);
  }
  return labels;
}

function outputDirs(pkg: WorkspacePackage): string[] {
  const dirs = new Set(OUTPUT_DIRS.filter((d) => pkg.dirs.includes(d)));
  if (pkg.dirs.includes('lib') && pkg.dirs.includes('src')) dirs.add('lib');
  for (const match of (pkg.scripts.build ?? '').matchAll(OUT_FLAG)) {
    const dir = match[1]!.replace(/^\.\//, '').replace(/\/+$/, '');
    if (dir && dir !== '.' && !dir.startsWith('..')) dirs.add(dir);
  }
  // Nothing built yet and nothing named: the common convention, for the user to check.
  if (dirs.size === 0) dirs.add('dist');
  return [...dirs].sort();
}

function inputPatterns(pkg: WorkspacePackage, outputs: readonly string[]): string[] {
  const sources = SOURCE_DIRS.filter((d) => pkg.dirs.includes(d) && !outputs.includes(d));
  const files = pkg.files.filter((f) => f === 'package.json' || CONFIG_FILE.test(f));
  return [...sources.map((d) => `${d}/**`), ...files];
}

/** The config `taskcache init` writes for these packages and scripts. */
export function planConfig(workspace: Workspace, scripts: readonly string[]): InitPlan {
  const labels = packageLabels(workspace.packages);
  const byName = new Map(
    workspace.packages.filter((p) => p.name).map((p) => [p.name!, p] as const),
  );
  const taskName = (script: string, pkg: WorkspacePackage) => `${script}-${labels.get(pkg)}`;
  const builds = (pkg: WorkspacePackage) =>
    scripts.includes('build') && pkg.scripts.build !== undefined;
  const upstreamBuilds = (pkg: WorkspacePackage) =>
    pkg.dependencies
      .map((name) => byName.get(name))
      .filter((dep): dep is WorkspacePackage => dep !== undefined && dep !== pkg && builds(dep))
      .map((dep) => taskName('build', dep));

  const tasks: Record<string, PlannedTask> = {};
  for (const pkg of workspace.packages) {
    const outputs = outputDirs(pkg);
    for (const script of scripts) {
      if (pkg.scripts[script] === undefined) continue;
      const dependsOn =
        script === 'build'
          ? upstreamBuilds(pkg)
          : builds(pkg)
            ? [taskName('build', pkg)]
            : upstreamBuilds(pkg);
      tasks[taskName(script, pkg)] = {
        run: `${workspace.manager} run ${script}`,
        ...(pkg.dir === '.' ? {} : { 'working-directory': pkg.dir }),
        inputs: inputPatterns(pkg, outputs),
        ...(script === 'build' && outputs.length > 0
          ? { outputs: outputs.map((d) => `${d}/**`) }
          : {}),
        ...(dependsOn.length > 0 ? { 'depends-on': dependsOn } : {}),
      };
    }
  }
  const shared = [
    ...(workspace.lockfile ? [workspace.lockfile] : []),
    ...(workspace.isMonorepo
      ? workspace.rootFiles.filter((f) => /^tsconfig.*\.json$/.test(f))
      : []),
  ];
  return { ...(shared.length > 0 ? { defaults: { inputs: shared } } : {}), tasks };
}
