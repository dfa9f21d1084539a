import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, parseAge, parseSize } from '../../src/core/units.js';

describe('units', () => {
  it.each([
    ['10GB', 10e9],
    ['1.5 GiB', 1.5 * 2 ** 30],
    ['512MiB', 512 * 2 ** 20],
    ['2048', 2048],
    ['1k', 1000],
  ])('parses size %s', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', 'GB', '10 parsecs', '-1GB', '1e3'])('rejects size %j', (text) => {
    expect(parseSize(text)).toBeUndefined();
  });

  it.each([
    ['7d', 7 * 86_400_000],
    ['12h', 12 * 3_600_000],
    ['30m', 1_800_000],
    ['1.5s', 1500],
    ['2w', 14 * 86_400_000],
  ])('parses age %s', (text, ms) => {
    expect(parseAge(text)).toBe(ms);
  });

  it.each(['7', 'd', '7 days', '-1d'])('rejects age %j', (text) => {
    expect(parseAge(text)).toBeUndefined();
  });

  it('formats bytes and durations', () => {
    expect([formatBytes(999), formatBytes(1500), formatBytes(12_345_678)]).toEqual([
      '999 B',
      '1.5 kB',
      '12 MB',
    ]);
    expect([formatDuration(450), formatDuration(1234), formatDuration(75_000)]).toEqual([
      '450ms',
      '1.2s',
      '1m15s',
    ]);
  });
});

describe('formatDuration of a loss', () => {
  it('shows a negative duration with its sign and its unit', () => {
    expect([formatDuration(-450), formatDuration(-3144)]).toEqual(['-450ms', '-3.1s']);
  });
});
