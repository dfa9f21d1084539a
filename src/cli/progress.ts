// Progress of the archives a run moves (restores read, saves written), on stderr. On a terminal
// outside CI, a transfer still going after `afterMs` gets one line redrawn in place with \r
// (bytes so far, rate); the line is cleared when nothing moves any more. Elsewhere (CI logs, a
// pipe) nothing is drawn: a transfer that took longer than `afterMs` gets one line when done.

import { formatBytes, formatDuration } from '../core/units.js';
import type { ProgressSink, Transfer } from '../engine/stores.js';
import type { Output } from './output.js';

export interface ProgressOptions {
  /** Redraw a line in place (a terminal, not CI); else one line per long transfer. */
  readonly live: boolean;
  /** How long a transfer runs before it is shown (default 1 s). */
  readonly afterMs?: number;
  /** Milliseconds, for tests; default performance.now. */
  readonly now?: () => number;
  /** How often the live line is redrawn (default 250 ms); 0 leaves redrawing to `draw()`. */
  readonly intervalMs?: number;
}

export interface Progress {
  readonly sink: ProgressSink;
  /** Takes the live line off the screen, before another line is written. */
  clear(): void;
  /** Redraws the live line now (the timer does it on its own). */
  draw(): void;
}

interface Active {
  readonly kind: 'restore' | 'save';
  readonly store: string;
  readonly total: number | undefined;
  readonly started: number;
  bytes: number;
}

/** Whether the live line fits: stderr a terminal, and not a CI log. */
export function liveProgress(stderr: Output, env: NodeJS.ProcessEnv): boolean {
  return stderr.isTTY && !env.CI && env.TERM !== 'dumb';
}

export function createProgress(out: Output, options: ProgressOptions): Progress {
  const afterMs = options.afterMs ?? 1000;
  const now = options.now ?? (() => performance.now());
  const intervalMs = options.intervalMs ?? 250;
  const active = new Set<Active>();
  let shown = false;
  let timer: NodeJS.Timeout | undefined;

  const clear = () => {
    if (!shown) return;
    out.write('\r\x1b[K');
    shown = false;
  };
  const draw = () => {
    if (!options.live) return;
    const at = now();
    const due = [...active].filter((t) => at - t.started >= afterMs);
    if (due.length === 0) return;
    const parts = due.map((t) => describe(t, at));
    out.write(`\r\x1b[K  ${parts.join('; ')}`);
    shown = true;
  };
  const stopTimer = () => {
    clearInterval(timer);
    timer = undefined;
  };
  const sink: ProgressSink = (kind, store, totalBytes) => {
    const transfer: Active = { kind, store, total: totalBytes, started: now(), bytes: 0 };
    active.add(transfer);
    if (options.live && intervalMs > 0 && timer === undefined) {
      timer = setInterval(draw, intervalMs);
      timer.unref();
    }
    let ended = false;
    const handle: Transfer = {
      add(bytes) {
        transfer.bytes += bytes;
      },
      end(ok) {
        if (ended) return;
        ended = true;
        active.delete(transfer);
        const took = now() - transfer.started;
        if (options.live) {
          clear();
          if (active.size === 0) stopTimer();
          else draw();
        } else if (ok && took >= afterMs) {
          out.write(`  ${describe(transfer, transfer.started + took, true)}\n`);
        }
      },
    };
    return handle;
  };
  return { sink, clear, draw };
}

/** "restoring from s3://b: 12 MB, 4.0 MB/s" or, done, "restored 12 MB from s3://b in 3.0s (4.0 MB/s)". */
function describe(t: Active, at: number, done = false): string {
  const ms = Math.max(1, at - t.started);
  // A save's bytes are its archive's size, known from the start; a restore's, counted.
  const bytes = t.kind === 'save' ? (t.total ?? 0) : t.bytes;
  const rate = `${formatBytes(Math.round((bytes * 1000) / ms))}/s`;
  if (done) {
    const verb = t.kind === 'save' ? 'saved' : 'restored';
    const where = t.kind === 'save' ? 'to' : 'from';
    return `${verb} ${formatBytes(bytes)} ${where} ${t.store} in ${formatDuration(ms)} (${rate})`;
  }
  if (t.kind === 'save') {
    return `saving ${formatBytes(bytes)} to ${t.store}, ${formatDuration(ms)}`;
  }
  return `restoring from ${t.store}: ${formatBytes(bytes)}, ${rate}`;
}
