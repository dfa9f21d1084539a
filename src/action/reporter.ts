// How the action shows the engine's work in the step log: warnings and notices as
// annotations, the cached log replayed in a collapsed group after a header.

import * as core from '@actions/core';
import type { RestoredRecord } from '../core/entry.js';
import { formatDuration } from '../core/units.js';
import type { Reporter } from '../engine/engine.js';

export function createActionReporter(): Reporter {
  return {
    live: { stdout: process.stdout, stderr: process.stderr },
    warn(message) {
      core.warning(message);
    },
    miss(task, key, reason) {
      core.info(
        `taskcache: ${task.name}: miss (${reason}), key ${key.slice(0, 12)}; running: ${task.command}`,
      );
    },
    hit(task, key, source, record: RestoredRecord, log) {
      const from = record.producer.runUrl ? ` from ${record.producer.runUrl}` : '';
      const header = `taskcache: ${task.name}: hit from ${source} — cached${from} on ${record.createdAt}, took ${formatDuration(record.durationMs)}`;
      core.notice(
        `${task.name}: restored from ${source}, saved ~${formatDuration(record.durationMs)} (key ${key.slice(0, 12)})`,
      );
      core.startGroup(header);
      process.stdout.write(log);
      if (log.length > 0 && log[log.length - 1] !== 0x0a) process.stdout.write('\n');
      core.endGroup();
    },
    done(result) {
      if (result.status === 'miss') {
        const where =
          result.savedTo.length > 0 ? `saved to ${result.savedTo.join(', ')}` : 'not saved';
        core.info(`taskcache: ${result.task}: ${where}`);
      }
    },
  };
}
