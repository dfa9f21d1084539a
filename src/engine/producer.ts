// Who produced an entry: the CI facts of the run, when there are any.

import type { Producer } from '../core/entry.js';

export function producerFromEnv(env: NodeJS.ProcessEnv): Producer {
  if (!env.GITHUB_ACTIONS) return {};
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runUrl =
    env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const producer: Record<string, string> = {};
  const set = (name: keyof Producer, value: string | undefined) => {
    if (value) producer[name] = value;
  };
  set('repository', env.GITHUB_REPOSITORY);
  set('ref', env.GITHUB_REF);
  set('commit', env.GITHUB_SHA);
  set('workflow', env.GITHUB_WORKFLOW);
  set('runUrl', runUrl);
  set('job', env.GITHUB_JOB);
  return producer;
}
