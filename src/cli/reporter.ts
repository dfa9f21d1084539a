// How the CLI shows the engine's work: status lines on stderr, the command's output and
// replayed logs on stdout (on stderr too in --json mode, so stdout stays pure JSON).

import { type Key, shortKey } from '../core/digest.js';
import type { RestoredRecord } from '../core/entry.js';
import { describeTimeSaved, savedWhere } from '../core/summary.js';
import { formatBytes, formatDuration } from '../core/units.js';
import type { TaskSpec } from '../engine/config-file.js';
import type { Reporter, TaskResult } from '../engine/engine.js';
import { stderr, stdout } from './output.js';
import { createStyle } from './style.js';

export function createCliReporter(options: { json: boolean }): Reporter & { warnings: string[] } {
  const err = stderr;
  const style = createStyle(err, process.env);
  const out = options.json ? stderr : stdout;
  const warnings: string[] = [];
  const line = (text: string) => err.write(`${text}\n`);
  return {
    warnings,
    live: { stdout: out, stderr },
    warn(message) {
      warnings.push(message);
      line(`${style.yellow('taskcache: warning:')} ${message}`);
    },
    notice(message) {
      line(`${style.cyan('taskcache: notice:')} ${message}`);
    },
    miss(task, key, reason) {
      line(
        `${style.cyan('▸')} ${style.bold(task.name)} ${style.yellow('miss')} ${style.dim(`(${reason}) key ${shortKey(key)}`)}`,
      );
      line(style.dim(`  $ ${task.command}`));
    },
    hit(task: TaskSpec, key: Key, source: string, record: RestoredRecord, log: Buffer) {
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
        const where = savedWhere(result);
        line(
          `${style.green('✓')} ${style.bold(result.task)} ${style.dim(`${where}, ${formatBytes(result.bytes)} of outputs, ${formatDuration(result.durationMs - (result.keyMs ?? 0))}${keyPart(result.keyMs)}`)}`,
        );
      } else {
        line(
          `${style.green('✓')} ${style.bold(result.task)} ${style.dim(`restored ${formatBytes(result.bytes)} in ${formatDuration(result.durationMs - (result.keyMs ?? 0))}${keyPart(result.keyMs)}, ${describeTimeSaved(result.timeSavedMs)}`)}`,
        );
      }
    },
  };
}

/** The key's share of a task's time, apart from restoring or running. */
function keyPart(keyMs: number | undefined): string {
  return keyMs === undefined ? '' : ` (key ${formatDuration(keyMs)})`;
}
