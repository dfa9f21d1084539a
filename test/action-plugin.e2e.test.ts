// The config's plug-in stores (`stores:`) in the action, as in the CLI: read after the remotes
// and before the GitHub cache, written on a miss, read-only for a job that builds a fork's code,
// and bound by the `cache` input.

import { copyFileSync, cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir, writeProject } from './support/cli.js';
import { type FakeCacheService, startFakeCacheService } from './support/github-cache-fake.js';
import { createJob, type Job, runStep } from './support/runner.js';

let service: FakeCacheService;
let root: string;
let counter = 0;

const config = (entries: string) => `
stores:
  - module: ./plugin-store.mjs
    options: { dir: ${JSON.stringify(entries)} }
tasks:
  build:
    run: mkdir -p out && cp src/a.txt out/a.txt
    inputs: [src/**]
    outputs: [out/**]
`;

beforeAll(async () => {
  service = await startFakeCacheService();
  root = tempDir('action-plugin');
});
afterAll(async () => {
  await service.close();
  rmSync(root, { recursive: true, force: true });
});

/**
 * A job with its own checkout, runner temp dir and local store. The plug-in's entries are
 * shared by every job of a project.
 */
function job(project: string, env: Record<string, string> = {}, github = true): Job {
  const id = counter++;
  const workspace = path.join(root, project, `job-${id}`, 'repo');
  cpSync(path.join(root, project, 'source'), workspace, { recursive: true });
  return createJob('build', workspace, path.join(root, project, `job-${id}`, 'temp'), {
    ...(github ? service.env() : {}),
    TASKCACHE_DIR: path.join(root, project, `job-${id}`, 'local-store'),
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_RUN_ID: String(3000 + id),
    GITHUB_SERVER_URL: 'https://github.com',
    ...env,
  });
}

function project(name: string): string {
  // Each project's input differs: no entry of another test's project is found.
  const source = writeProject(path.join(root, name, 'source'), {
    'taskcache.yml': config(path.join(root, name, 'plugin-entries')),
    'src/a.txt': `${name}\n`,
  });
  copyFileSync(
    path.join(repoRoot, 'test/support/plugin-store.mjs'),
    path.join(source, 'plugin-store.mjs'),
  );
  return name;
}

/** The plug-in store's entries, one per key it holds. */
function pluginEntries(name: string): string[] {
  const dir = path.join(root, name, 'plugin-entries', 'entries');
  return existsSync(dir) ? readdirSync(dir) : [];
}

function forkEvent(name: string): string {
  const file = path.join(root, name, 'event.json');
  writeFileSync(
    file,
    JSON.stringify({ pull_request: { head: { repo: { full_name: 'mallory/app', fork: true } } } }),
  );
  return file;
}

describe('plug-in stores in the action', () => {
  it('saves to the plug-in store on a miss, and a job without the GitHub cache hits from it', async () => {
    const name = project('saves');
    const miss = await runStep(job(name), 'run', { task: 'build' });
    expect(miss.code, miss.stdout + miss.stderr).toBe(0);
    expect(miss.outputs['cache-hit']).toBe('false');
    expect(pluginEntries(name)).toEqual([miss.outputs.key]);

    // A fresh local store and no GitHub cache: only the plug-in store holds the entry.
    const hit = await runStep(job(name, {}, false), 'run', { task: 'build' });
    expect(hit.code, hit.stdout + hit.stderr).toBe(0);
    expect(hit.outputs['cache-hit']).toBe('true');
    expect(hit.outputs.source).toBe('plugin:plugin-entries');
  });

  it('leaves the plug-in store unwritten for a fork pull request and with cache: read', async () => {
    const name = project('read-only');
    const fork = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: forkEvent(name) };
    const forked = await runStep(job(name, fork), 'run', { task: 'build' });
    expect(forked.code, forked.stdout + forked.stderr).toBe(0);
    expect(forked.outputs['cache-hit']).toBe('false');
    expect(pluginEntries(name)).toEqual([]);

    const readOnly = await runStep(job(name), 'run', { task: 'build', cache: 'read' });
    expect(readOnly.code, readOnly.stdout + readOnly.stderr).toBe(0);
    expect(pluginEntries(name)).toEqual([]);

    const saved = await runStep(job(name), 'run', { task: 'build' });
    expect(saved.code).toBe(0);
    expect(pluginEntries(name)).toEqual([saved.outputs.key]);
  });
});
