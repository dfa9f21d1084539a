// How the CLI shows the engine's work: status lines on stderr, the command's output and
// replayed logs on stdout (on stderr too in --json mode, so stdout stays pure JSON).

import { enableDebug } from '../adapters/debug.js';
import { type Key, shortKey } from '../core/digest.js';
import { describeTimeSaved, savedWhere } from '../core/summary.js';
import { formatBytes, formatDuration } from '../core/units.js';
import type { TaskSpec } from '../engine/config-file.js';
import type { HitEntry, Reporter, TaskResult } from '../engine/engine.js';
import type { ProgressSink } from '../engine/stores.js';
import { stderr, stdout } from './output.js';
import { createProgress, liveProgress } from './progress.js';
import { createStyle } from './style.js';

export interface CliReporterOptions {
  readonly json: boolean;
  /** Only failures (with their output), warnings and the final line. */
  readonly quiet?: boolean;
  /** Debug lines too: the timings of scan, hash, key, lookup and restore, save. */
  readonly verbose?: boolean;
}

export type CliReporter = Reporter & {
  warnings: string[];
  /** Archive transfers, for the store set: a progress line on a terminal. */
  progress: ProgressSink | undefined;
  /** The end-of-run line: counts and time saved. */
  summary(results: readonly TaskResult[]): void;
};

export function createCliReporter(options: CliReporterOptions): CliReporter {
  const err = stderr;
  const style = createStyle(err, process.env);
  const out = options.json ? stderr : stdout;
  const quiet = options.quiet === true;
  if (options.verbose) enableDebug();
  const warnings: string[] = [];
  /** The files each hit restored, for its result line. */
  const restoredFiles = new Map<string, number>();
  const progress = quiet
    ? undefined
    : createProgress(err, { live: liveProgress(err, process.env) });
  const line = (text: string) => {
    progress?.clear();
    err.write(`${text}\n`);
  };
  // In quiet mode a status line is left out; a failure's is not.
  const status = quiet ? () => {} : line;
  return {
    warnings,
    progress: progress?.sink,
    // Quiet: the command's output is kept, and shown only when it fails (failedOutput).
    live: quiet ? null : { stdout: out, stderr },
    warn(message) {
      warnings.push(message);
      line(`${style.yellow('taskcache: warning:')} ${message}`);
    },
    notice(message) {
      status(`${style.cyan('taskcache: notice:')} ${message}`);
    },
    failedOutput(_task, log) {
      if (quiet) err.write(log);
    },
    summary(results) {
      const text = describeRun(results);
      if (quiet || results.length > 1) {
        const failed = results.some((r) => r.status === 'failed');
        line(`${failed ? style.red('taskcache:') : style.cyan('taskcache:')} ${text}`);
      }
    },
    miss(task, key, reason) {
      status(
        `${style.cyan('▸')} ${style.bold(task.name)} ${style.yellow('miss')} ${style.dim(`(${reason}) key ${shortKey(key)}`)}`,
      );
      status(style.dim(`  $ ${task.command}`));
    },
    hit(task: TaskSpec, key: Key, source: string, record: HitEntry, log: Buffer) {
      restoredFiles.set(task.name, record.files);
      if (quiet) return;
      line(
        `${style.cyan('▸')} ${style.bold(task.name)} ${style.green('hit')} ${style.dim(`from ${source}: cached ${record.createdAt}, took ${formatDuration(record.durationMs)}, key ${shortKey(key)}`)}`,
      );
      out.write(log);
    },
    done(result: TaskResult) {
      if (result.status === 'failed') {
        line(
          `${style.red('✗')} ${style.bold(result.task)} ${style.red(`failed with exit code ${result.exitCode}`)} ${style.dim('(not cached)')}`,
        );
      } else if (result.status === 'miss') {
        const where = result.reason === 'cache off' ? 'ran without the cache' : savedWhere(result);
        status(
          `${style.green('✓')} ${style.bold(result.task)} ${style.dim(`${where}, ${formatBytes(result.bytes)} of outputs, ${formatDuration(result.durationMs - (result.keyMs ?? 0))}${keyPart(result.keyMs)}`)}`,
        );
      } else {
        status(
          `${style.green('✓')} ${style.bold(result.task)} ${style.dim(`restored ${filesPart(restoredFiles.get(result.task))}${formatBytes(result.bytes)} in ${formatDuration(result.durationMs - (result.keyMs ?? 0))}${keyPart(result.keyMs)}, ${describeTimeSaved(result.timeSavedMs)}`)}`,
        );
      }
    },
  };
}

/** "4 tasks: 3 hits, 1 miss, 0 failed; saved 1m20s" */
export function describeRun(results: readonly TaskResult[]): string {
  const count = (status: TaskResult['status']) => results.filter((r) => r.status === status).length;
  const saved = results.reduce((sum, r) => sum + (r.status === 'hit' ? r.timeSavedMs : 0), 0);
  const hits = count('hit');
  const misses = count('miss');
  const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
  const parts = [
    `${plural(results.length, 'task')}: ${plural(hits, 'hit')}, ${plural(misses, 'miss', 'misses')}, ${count('failed')} failed`,
  ];
  if (hits > 0) parts.push(describeTimeSaved(saved));
  return parts.join('; ');
}

function filesPart(files: number | undefined): string {
  return files === undefined ? '' : `${files} file${files === 1 ? '' : 's'}, `;
}

/** The key's share of a task's time, apart from restoring or running. */
function keyPart(keyMs: number | undefined): string {
  return keyMs === undefined ? '' : ` (key ${formatDuration(keyMs)})`;
}
