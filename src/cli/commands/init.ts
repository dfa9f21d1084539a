// `taskcache init`: writes a taskcache.yml for the npm, yarn or pnpm workspace in the current
// directory, a task per chosen package script (engine/init-plan.ts has the rules).

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { writeFileAtomic } from '../../adapters/atomic-file.js';
import { readWorkspace, WorkspaceError } from '../../adapters/workspaces.js';
import { formatConfigIssues, parseConfig } from '../../core/config.js';
import { DEFAULT_CONFIG, UsageError } from '../../engine/config-file.js';
import { DEFAULT_SCRIPTS, type InitPlan, planConfig } from '../../engine/init-plan.js';
import { parseFlags } from '../flags.js';
import { stderr, stdout } from '../output.js';

export default async function init(args: string[]): Promise<number> {
  const { flags, positionals } = parseFlags('init', args, ['force', 'stdout', 'scripts']);
  if (positionals.length > 0) throw new UsageError('init: expected no arguments');
  const scripts = parseScripts(flags.scripts);
  const root = process.cwd();
  const target = path.join(root, DEFAULT_CONFIG);
  if (!flags.stdout && !flags.force && existsSync(target)) {
    throw new UsageError(
      `init: ${target} already exists; --force overwrites it, --stdout prints the new config instead`,
    );
  }
  let workspace: ReturnType<typeof readWorkspace>;
  try {
    workspace = readWorkspace(root);
  } catch (error) {
    if (error instanceof WorkspaceError) throw new UsageError(`init: ${error.message}`);
    throw error;
  }
  const plan = planConfig(workspace, scripts);
  const count = Object.keys(plan.tasks).length;
  if (count === 0) {
    throw new UsageError(
      `init: no package in ${root} has a script named ${scripts.join(', ')} (--scripts chooses others)`,
    );
  }
  const text = render(plan, workspace.manager, scripts);
  // What is written must load: a config this command writes is checked like any other.
  const checked = parseConfig(text);
  if (!checked.ok) throw new Error(formatConfigIssues('(generated)', checked.issues));
  if (flags.stdout) {
    stdout.write(text);
    return 0;
  }
  writeFileAtomic(target, text);
  const packages = workspace.packages.length;
  stderr.write(
    `taskcache: wrote ${target}: ${count} task${count === 1 ? '' : 's'} for ${packages} package${packages === 1 ? '' : 's'} (${workspace.manager}); check the inputs and outputs, then run \`taskcache run\`\n`,
  );
  return 0;
}

function parseScripts(value: string | undefined): string[] {
  if (value === undefined) return [...DEFAULT_SCRIPTS];
  const scripts = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = scripts.find((s) => !/^[A-Za-z0-9][\w:.-]*$/.test(s));
  if (scripts.length === 0 || bad !== undefined) {
    throw new UsageError(
      `init: --scripts: expected script names separated by commas, such as build,test,lint${bad ? `, got "${bad}"` : ''}`,
    );
  }
  return [...new Set(scripts)];
}

function render(plan: InitPlan, manager: string, scripts: readonly string[]): string {
  const header = [
    `# Written by \`taskcache init\` from the ${manager} workspace (scripts: ${scripts.join(', ')}).`,
    "# defaults.inputs are relative to this directory and shared by every task; a task's own",
    '# inputs and outputs are relative to its working-directory. See docs/configuration.md.',
  ];
  return `${header.join('\n')}\n${stringify(plan, { lineWidth: 0 })}`;
}
