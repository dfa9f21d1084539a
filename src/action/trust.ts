// Whose code the job builds, read from the event payload: the stores are written only by
// jobs that build this repository's own code.

import { existsSync, readFileSync } from 'node:fs';

interface EventPayload {
  pull_request?: { head?: { repo?: { full_name?: string; fork?: boolean } | null } };
  workflow_run?: { head_repository?: { full_name?: string; fork?: boolean } | null };
}

function readEvent(env: NodeJS.ProcessEnv): EventPayload | undefined {
  if (!env.GITHUB_EVENT_PATH || !existsSync(env.GITHUB_EVENT_PATH)) return undefined;
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
  } catch {
    return undefined;
  }
}

/**
 * True when the job builds another repository's code: a pull request (`pull_request`,
 * `pull_request_target`, ...) whose head is another repository, or a `workflow_run` of a run
 * whose head repository is another one.
 */
export function isForkPullRequest(env: NodeJS.ProcessEnv): boolean {
  const event = readEvent(env);
  if (!event) return false;
  const foreign = (repo: { full_name?: string; fork?: boolean } | null | undefined) =>
    !repo || repo.fork === true || repo.full_name !== env.GITHUB_REPOSITORY;
  const head = event.pull_request?.head;
  if (head) return foreign(head.repo);
  if (env.GITHUB_EVENT_NAME === 'workflow_run' && event.workflow_run) {
    return foreign(event.workflow_run.head_repository);
  }
  return false;
}

/**
 * Events whose jobs hold the base repository's trust (its secrets, its cache scope) whatever
 * code they check out. From a fork, what they save is read by the base branch's runs.
 */
const BASE_TRUST_EVENTS = ['pull_request_target', 'workflow_run'];

/** A fork's code built with the base branch's trust: the GitHub cache is not written. */
export function isUntrustedWithBaseTrust(env: NodeJS.ProcessEnv): boolean {
  return BASE_TRUST_EVENTS.includes(env.GITHUB_EVENT_NAME ?? '') && isForkPullRequest(env);
}
