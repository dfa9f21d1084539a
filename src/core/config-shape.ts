// The parts of the config that a run needs without the YAML parser and the schema: the
// allowed shells and store modes, remotes as url and mode, and how issues are written. Kept
// apart from config.ts so that a run whose config is already validated loads neither.

export const SHELLS = ['bash', 'sh', 'pwsh', 'powershell', 'cmd'] as const;

export const STORE_MODES = ['read-write', 'read', 'write', 'off'] as const;
export type StoreMode = (typeof STORE_MODES)[number];
export type Shell = (typeof SHELLS)[number];

export interface RemoteSpec {
  readonly url: string;
  readonly mode: StoreMode;
  /** Bound on one operation, such as "10s" (see engine/remotes.ts); default: the stores'. */
  readonly timeout?: string | undefined;
  /** Retries after a failed attempt; default: the stores'. */
  readonly retries?: number | undefined;
}

/** A remote as the config holds it: a URL, or url and mode. */
export type RemoteEntry = string | RemoteSpec;

/**
 * The config's `remote` and `remotes`, in order, as url and mode. Takes any value with those
 * fields (a validated Config has them) so that this module needs nothing of the schema's.
 */
export function configRemotes(config: {
  readonly remote?: RemoteEntry | undefined;
  readonly remotes?: readonly RemoteEntry[] | undefined;
}): RemoteSpec[] {
  const all = [...(config.remote === undefined ? [] : [config.remote]), ...(config.remotes ?? [])];
  return all.map((r) => (typeof r === 'string' ? { url: r, mode: 'read-write' } : r));
}

export interface ConfigIssue {
  /** `tasks.build.outputs[1]` */
  readonly path: string;
  readonly message: string;
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const text = String(segment);
      const plain = /^[A-Za-z_$][\w$-]*$/.test(text);
      out += plain ? (out ? `.${text}` : text) : `[${JSON.stringify(text)}]`;
    }
  }
  return out || '(root)';
}

export function formatConfigIssues(file: string, issues: readonly ConfigIssue[]): string {
  const lines = issues.map((issue) => `  ${file}: ${issue.path}: ${issue.message}`);
  return `invalid config (${issues.length} error${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}
