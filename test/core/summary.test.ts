import { describe, expect, it } from 'vitest';
import { type ReportRow, renderSummary, totals } from '../../src/core/summary.js';

const rows: ReportRow[] = [
  {
    task: 'build',
    status: 'hit',
    source: 'github',
    durationMs: 62_000,
    timeSavedMs: 58_500,
    bytes: 12_400_000,
    reason: null,
    key: 'a',
  },
  {
    task: 'test',
    status: 'miss',
    source: null,
    durationMs: 20_300,
    timeSavedMs: 0,
    bytes: 1_200_000,
    reason: '3 files changed: src/a.ts, src/b.ts, src/c|d.ts',
    key: 'b',
  },
  {
    task: 'lint',
    status: 'failed',
    source: null,
    durationMs: 4_100,
    timeSavedMs: 0,
    bytes: 0,
    reason: 'first run',
    key: 'c',
  },
];

describe('job summary', () => {
  it('renders one table with a footer', () => {
    expect(renderSummary(rows)).toMatchInlineSnapshot(`
      "### taskcache

      | Task | Result | Source | Duration | Time saved | Size | Reason |
      |---|---|---|---|---|---|---|
      | build | ✅ hit | github | 1m02s | 59s | 12 MB |  |
      | test | ⚪ miss | — | 20s | — | 1.2 MB | 3 files changed: src/a.ts, src/b.ts, src/c\\|d.ts |
      | lint | ❌ failed | — | 4.1s | — | — | first run |

      **Hit rate:** 1 of 3 (33 %) · **time saved:** 59s · **restored:** 12 MB · **saved:** 1.2 MB
      "
    `);
  });

  it('adds a job column when rows come from several jobs', () => {
    const text = renderSummary([
      { ...rows[0]!, job: 'linux' },
      { ...rows[1]!, job: 'windows' },
    ]);
    expect(text).toContain('| Job | Task | Result |');
    expect(text).toContain('| linux | build | ✅ hit |');
  });

  it('totals hits, time saved and bytes', () => {
    expect(totals(rows)).toEqual({
      tasks: 3,
      hits: 1,
      hitRate: 1 / 3,
      timeSavedMs: 58_500,
      bytesRestored: 12_400_000,
      bytesSaved: 1_200_000,
    });
  });
});
