// How the action shows the engine's work in the step log: warnings and notices as
// annotations, the cached log replayed in a collapsed group after a header.

import * as core from '@actions/core';
import { describeTimeSaved, savedWhere } from '../core/summary.js';
import { formatDuration } from '../core/units.js';
import type { HitEntry, Reporter } from '../engine/engine.js';

/** The hit's notice; its figure is the one the output and the job summary show. */
export function noticeHit(task: string, source: string, key: string, timeSavedMs: number): void {
  core.notice(
    `${task}: restored from ${source}, ${describeTimeSaved(timeSavedMs)} (key ${key.slice(0, 12)})`,
  );
}

export function createActionReporter(): Reporter {
  return {
    live: { stdout: process.stdout, stderr: process.stderr },
    warn(message) {
      core.warning(message);
    },
    notice(message) {
      core.notice(message);
    },
    miss(task, key, reason) {
      core.info(
        `taskcache: ${task.name}: miss (${reason}), key ${key.slice(0, 12)}; running: ${task.command}`,
      );
    },
    hit(task, _key, source, record: HitEntry, log) {
      const from = record.runUrl ? ` from ${record.runUrl}` : '';
      const header = `taskcache: ${task.name}: hit from ${source} — cached${from} on ${record.createdAt}, took ${formatDuration(record.durationMs)}`;
      core.startGroup(header);
      process.stdout.write(log);
      if (log.length > 0 && log[log.length - 1] !== 0x0a) process.stdout.write('\n');
      core.endGroup();
    },
    done(result) {
      if (result.status === 'hit' && result.key !== null) {
        noticeHit(result.task, result.source ?? '', result.key, result.timeSavedMs);
      }
      if (result.status === 'miss') {
        const where = savedWhere(result);
        core.info(`taskcache: ${result.task}: ${where}`);
      }
    },
  };
}
