// The action's composition root: reads the inputs once, loads the task (from the config file
// or the inline inputs), builds the stores, the engine's run context and the guard state, and
// claims the job's report. Every mode starts here; the engine does not know it runs in an action.

import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { blake3, initBlake3 } from '../adapters/blake3.js';
import { configRemotes, type RemoteSpec } from '../core/config.js';
import { resolveTask, selectTasks, type TaskSpec } from '../engine/config-file.js';
import { loadConfig } from '../engine/config-load.js';
import type { RunContext } from '../engine/engine.js';
import { KeyCommandMemo } from '../engine/key-commands.js';
import { type PluginEntry, pluginStores } from '../engine/plugins.js';
import { producerFromEnv } from '../engine/producer.js';
import { projectScope } from '../engine/project.js';
import { readOnly, remoteStores } from '../engine/remotes.js';
import { signerFromEnv } from '../engine/signing.js';
import { StoreSet } from '../engine/stores.js';
import { GithubStore } from '../stores/github.js';
import { defaultCacheDir, LocalStore } from '../stores/local.js';
import type { Store, StoreMode } from '../stores/store.js';
import { fileGuardState, type GuardStatePort, nullGuardState } from './guard-state.js';
import { type ActionSettings, INPUT, InputError, readInputs } from './inputs.js';
import { claimReport, reportPath, SUMMARY_STATE } from './report-file.js';
import { createActionReporter } from './reporter.js';
import { runnerFileHooks } from './runner-files.js';
import { isForkPullRequest, isUntrustedWithBaseTrust } from './trust.js';

/** Which step runs: the run mode, or one half of the guard mode. */
export type Mode = 'run' | 'restore' | 'save';

export interface ActionContext {
  readonly settings: ActionSettings;
  readonly spec: TaskSpec;
  /**
   * Every task of the step in graph order: the `task` input's (names or globs) with their
   * dependencies in the run mode; one task in the guard steps. `spec` is the last.
   */
  readonly specs: readonly TaskSpec[];
  readonly engine: RunContext;
  readonly stores: StoreSet;
  /** The job's report file. */
  readonly report: string;
  /** What the guard restore step hands to the guard save step. */
  readonly guardState: GuardStatePort;
}

export function workspaceOf(env: NodeJS.ProcessEnv): string {
  return path.resolve(env.GITHUB_WORKSPACE || process.cwd());
}

export async function setup(mode: Mode, env = process.env): Promise<ActionContext> {
  await initBlake3();
  // The guard steps key a task without running anything: no command needed.
  const settings = readInputs({ needsCommand: mode === 'run', env });
  let workspace = workspaceOf(env);
  let spec: TaskSpec;
  let specs: TaskSpec[];
  const remoteSpecs: RemoteSpec[] = [];
  let plugins: { entries: readonly PluginEntry[]; configFile: string } | undefined;
  // A task given inline is anchored at a name in the workspace, as a config file there would be.
  let anchor = path.join(workspace, 'taskcache-action-inputs');
  if (settings.task !== undefined) {
    const loaded = loadConfig(path.resolve(workspace, settings.config));
    workspace = loaded.workspace;
    anchor = loaded.file;
    specs = selectTasks(loaded, settings.tasks, { only: mode !== 'run' });
    if (mode !== 'run' && specs.length > 1) {
      throw new InputError([
        `input ${INPUT.task}: the restore and save steps take one task, got ${specs.map((s) => s.name).join(', ')}`,
      ]);
    }
    spec = specs.at(-1)!;
    remoteSpecs.push(...configRemotes(loaded.config));
    plugins = { entries: (loaded.config.stores ?? []) as PluginEntry[], configFile: loaded.file };
  } else {
    spec = resolveTask(settings.name, settings.inline!);
    specs = [spec];
  }
  const reporter = createActionReporter();
  const storeList = await buildStores(settings, remoteSpecs, plugins, env, (message) =>
    reporter.warn(message),
  );
  // The `cache` input bounds every store, the config's remotes and plug-ins too, as the CLI's
  // --cache does.
  const stores = new StoreSet(storeList, (message) => reporter.warn(message)).restrictedTo(
    settings.cache,
  );
  const local = storeList[0] instanceof LocalStore ? storeList[0] : undefined;
  const tmpDir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'taskcache', 'tmp');
  const engine: RunContext = {
    workspace,
    env,
    platform: { os: os.platform(), arch: os.arch() },
    stores,
    // Without a git checkout the workflow's repository names the project, as its remote would.
    scope: await projectScope(
      anchor,
      env.GITHUB_REPOSITORY
        ? {
            remote: `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`,
            root: workspaceOf(env),
          }
        : undefined,
    ),
    tmpDir,
    ...(local ? { stateDir: local.stateDir, runLog: local } : {}),
    reporter,
    force: false,
    producer: producerFromEnv(env),
    signer: signerFromEnv(env),
    keyCommandMemo: new KeyCommandMemo(),
    hooks: runnerFileHooks(path.join(tmpDir, `runner-files-${process.pid}`), env, {
      workspace: workspaceOf(env),
      notice: (message) => core.notice(message),
    }),
  };
  // The run mode restores and saves in one step: there is no restore step to hear from.
  const guardState =
    mode === 'run'
      ? nullGuardState
      : fileGuardState({ env, task: spec.name, hash: blake3, warn: (m) => reporter.warn(m) });
  const report = reportPath(env);
  if (claimReport(report)) core.saveState(SUMMARY_STATE.owner, 'true');
  core.saveState(SUMMARY_STATE.enabled, String(settings.summary));
  return { settings, spec, specs, engine, stores, report, guardState };
}

/**
 * The local store first, then the remotes, the config's plug-in stores and the GitHub cache;
 * none with `cache: off`.
 */
async function buildStores(
  settings: ActionSettings,
  remoteSpecs: readonly RemoteSpec[],
  plugins: { entries: readonly PluginEntry[]; configFile: string } | undefined,
  env: NodeJS.ProcessEnv,
  warn: (message: string) => void,
): Promise<Store[]> {
  const mode: StoreMode = settings.cache;
  if (mode === 'off') return [];
  // Remotes are read-only whenever the job builds a fork's code; the GitHub cache also when
  // the job holds the base branch's trust (its entries are then the base branch's).
  const fork = isForkPullRequest(env) && !settings.saveUntrusted;
  const baseTrust = isUntrustedWithBaseTrust(env) && !settings.saveUntrusted;
  if (baseTrust && mode !== 'read') {
    core.notice(
      `taskcache: ${env.GITHUB_EVENT_NAME} from a fork: the GitHub cache and remote caches are read-only (input ${INPUT.saveUntrusted}: true saves)`,
    );
  } else if (fork && remoteSpecs.length + settings.remotes.length > 0) {
    core.info('taskcache: pull request from a fork: remote caches are read-only');
  }
  const stores: Store[] = [new LocalStore(defaultCacheDir(env), mode)];
  stores.push(
    ...(await remoteStores([...remoteSpecs, ...settings.remotes.map((url) => ({ url, mode }))], {
      env,
      warn,
      untrusted: fork,
    })),
  );
  if (plugins && plugins.entries.length > 0) {
    // Read-only, as the remotes are, when the job builds a fork's code or holds the base
    // branch's trust for one.
    stores.push(
      ...(await pluginStores(plugins.entries, {
        configFile: plugins.configFile,
        env,
        warn,
        untrusted: fork || baseTrust,
      })),
    );
  }
  const githubMode = baseTrust ? readOnly(mode) : mode;
  if (githubMode !== 'off') stores.push(new GithubStore({ mode: githubMode }));
  return stores;
}
