#!/usr/bin/env node
// Turns bench/measure.mjs's measurements into the tables people read and the files that get
// committed: prints one table per group, writes bench/results/latest.json (measurements plus the
// computed ratios) and bench/results/chart.svg (medians of "decide a hit" on the largest set).
//
//   node bench/report.mjs [bench/.work/measurements.json | bench/results/latest.json]
//
// Ratios compare rows measured in the same run only. Each group's reference is the taskcache row
// for the same operation; without taskcache rows it is the floor (what the hardware needs).

import fs from 'node:fs';
import path from 'node:path';

const BENCH = import.meta.dirname;
const RESULTS = path.join(BENCH, 'results');

// Which floor row stands in for taskcache when it was not measured.
const FLOOR_REF = { hit: 'b3sum-p2', save: 'tar-create', restore: 'tar-extract' };
const TINY_FLOOR_REF = 'node-e0';

function fmtSeconds(s) {
  if (s < 0.001) return `${(s * 1e6).toFixed(0)} µs`;
  if (s < 1) return `${(s * 1000).toFixed(s < 0.01 ? 1 : 0)} ms`;
  return `${s.toFixed(s < 10 ? 2 : 1)} s`;
}
function fmtRange(a, b) {
  return a < 1 && b < 1
    ? `${(a * 1000).toFixed(a < 0.01 ? 1 : 0)}–${fmtSeconds(b)}`
    : `${fmtSeconds(a)}–${fmtSeconds(b)}`;
}
const fmtMB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const fmtRss = (kb) => (kb == null ? '' : `${Math.round(kb / 1024)} MB`);

function groupTitle(group, meta) {
  const [kind, set] = group.split(/-(.*)/s);
  const d = meta.data?.[set];
  const size = d?.bytes
    ? `, ${(d.inputs ?? d.files).toLocaleString('en-US')} files / ${fmtMB(d.bytes)}`
    : '';
  if (kind === 'hit') return `Deciding a hit on an unchanged tree — ${set}${size}`;
  if (kind === 'archive') return `Archives — ${set}${size}`;
  return 'Hit of a tiny task (one input file)';
}

/** Adds ref/ratio to every row; returns rows grouped in measurement order. */
export function computeRatios(rows) {
  const groups = new Map();
  for (const r of rows) {
    if (!groups.has(r.group)) groups.set(r.group, []);
    groups.get(r.group).push(r);
  }
  for (const [group, members] of groups) {
    for (const r of members) {
      const tc = members.find((m) => m.kind === 'taskcache' && m.ref && m.op === r.op);
      const floorId = group === 'tiny' ? TINY_FLOOR_REF : FLOOR_REF[r.op];
      const ref = tc ?? members.find((m) => m.id === floorId);
      r.refId = ref?.id ?? null;
      r.refKind = ref ? (tc ? 'taskcache' : 'floor') : null;
      r.ratio = ref ? r.stats.median / ref.stats.median : null;
    }
  }
  return groups;
}

function pad(s, n, right = false) {
  const str = String(s);
  return right ? str.padStart(n) : str.padEnd(n);
}

function printTable(group, members, meta) {
  const archive = group.startsWith('archive');
  const head = ['command', 'median', 'min–max', 'ratio', 'peak RSS', ...(archive ? ['size'] : [])];
  const body = members.map((r) => [
    `${r.kind === 'floor' ? '[floor] ' : ''}${r.label}`,
    fmtSeconds(r.stats.median),
    fmtRange(r.stats.min, r.stats.max),
    r.ratio == null ? '' : r.id === r.refId ? '1.00× (ref)' : `${r.ratio.toFixed(2)}×`,
    fmtRss(r.rssKB),
    ...(archive ? [r.sizeBytes ? fmtMB(r.sizeBytes) : ''] : []),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => pad(c, widths[i], i > 0 && i < 5)).join(' | ')} |`;
  const refs = [...new Set(members.map((m) => m.refId).filter(Boolean))]
    .map((id) => members.find((m) => m.id === id))
    .map((m) => `${m.label} (${m.kind})`);
  console.log(`\n## ${groupTitle(group, meta)}`);
  console.log(`ratio = median / median of: ${refs.join('; ') || 'n/a'}`);
  console.log(line(head));
  console.log(
    `|${widths.map((w, i) => (i > 0 && i < 5 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
  );
  for (const b of body) console.log(line(b));
  const notes = members.flatMap((m) => m.notes.map((n) => `${m.label}: ${n}`));
  for (const n of notes) console.log(`  note: ${n}`);
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Hand-written SVG: one bar per row, linear scale so lengths compare honestly, min–max whisker,
// value printed at the bar's end so the short bars stay readable.
export function chartSvg(title, members, footnote = '') {
  const rows = [...members].sort((a, b) => a.stats.median - b.stats.median);
  const colors = { taskcache: '#2563eb', peer: '#475569', floor: '#94a3b8' };
  const labelW = 380;
  const plotW = 460;
  const valueW = 90;
  const rowH = 26;
  const top = 58;
  const width = labelW + plotW + valueW + 20;
  const height = top + rows.length * rowH + 46;
  const max = Math.max(...rows.map((r) => r.stats.max));
  const x = (v) => labelW + (v / max) * plotW;
  const step = niceStep(max / 5);
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="13" role="img" aria-labelledby="chart-title">`,
  );
  out.push(`<title id="chart-title">${esc(title)}</title>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(
    `<text x="12" y="24" font-size="16" font-weight="600" fill="#0f172a">${esc(title)}</text>`,
  );
  let lx = 12;
  for (const [kind, name] of [
    ['taskcache', 'taskcache'],
    ['peer', 'other tools'],
    ['floor', 'floor (hardware / git)'],
  ]) {
    out.push(`<rect x="${lx}" y="36" width="12" height="12" fill="${colors[kind]}"/>`);
    out.push(`<text x="${lx + 17}" y="46" fill="#334155">${esc(name)}</text>`);
    lx += 34 + name.length * 7;
  }
  for (let v = 0; v <= max * 1.0001; v += step) {
    const gx = x(v).toFixed(1);
    out.push(
      `<line x1="${gx}" y1="${top - 4}" x2="${gx}" y2="${top + rows.length * rowH}" stroke="#e2e8f0"/>`,
    );
    out.push(
      `<text x="${gx}" y="${top + rows.length * rowH + 16}" text-anchor="middle" fill="#64748b">${esc(fmtAxis(v))}</text>`,
    );
  }
  out.push(
    `<text x="${labelW + plotW / 2}" y="${height - 8}" text-anchor="middle" fill="#64748b">median seconds (line: min–max)</text>`,
  );
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const w = Math.max(2, x(r.stats.median) - labelW);
    out.push(
      `<text x="${labelW - 8}" y="${y + 17}" text-anchor="end" fill="#0f172a"${r.kind === 'taskcache' ? ' font-weight="600"' : ''}>${esc(r.label)}</text>`,
    );
    out.push(
      `<rect x="${labelW}" y="${y + 5}" width="${w.toFixed(1)}" height="16" rx="2" fill="${colors[r.kind]}"/>`,
    );
    const y0 = y + 13;
    out.push(
      `<line x1="${x(r.stats.min).toFixed(1)}" y1="${y0}" x2="${x(r.stats.max).toFixed(1)}" y2="${y0}" stroke="#0f172a" stroke-width="1"/>`,
    );
    out.push(
      `<text x="${(Math.max(x(r.stats.max), labelW + w) + 6).toFixed(1)}" y="${y + 17}" fill="#334155">${esc(fmtSeconds(r.stats.median))}</text>`,
    );
  });
  if (footnote) {
    out.push(
      `<text x="12" y="${height - 8}" font-size="11" fill="#94a3b8">${esc(footnote)}</text>`,
    );
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function niceStep(raw) {
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (raw <= m * p) return m * p;
  return 10 * p;
}
const fmtAxis = (v) =>
  v === 0 ? '0' : v < 1 ? `${+(v * 1000).toFixed(0)} ms` : `${+v.toFixed(1)} s`;

function main() {
  const input = process.argv[2] ?? path.join(BENCH, '.work', 'measurements.json');
  const data = JSON.parse(fs.readFileSync(input, 'utf8'));
  const groups = computeRatios(data.rows);
  const m = data.meta;
  console.log(
    `taskcache benchmark — ${m.date} — ${m.mode} — ${m.machine.cpus} cores, ${m.machine.memGiB} GiB, load at start ${m.machine.loadavgAtStart.join(' ')}`,
  );
  console.log(
    Object.entries(m.versions)
      .map(([k, v]) => `${k} ${String(v).match(/\d+\.\d+[\w.+~-]*/)?.[0] ?? v}`)
      .join(', '),
  );
  for (const [group, members] of groups) printTable(group, members, m);

  fs.mkdirSync(RESULTS, { recursive: true });
  const latest = path.join(RESULTS, 'latest.json');
  if (path.resolve(input) !== path.resolve(latest)) {
    fs.writeFileSync(latest, `${JSON.stringify(data, null, 2)}\n`);
  }
  // chart.svg shows the largest set measured in this run; every set also gets its own file.
  const hitGroups = [...groups.keys()].filter((g) => g.startsWith('hit-'));
  const written = [];
  for (const g of hitGroups) {
    const file = path.join(RESULTS, `chart-${g.slice(4)}.svg`);
    const foot = `${m.date.slice(0, 10)} · ${m.machine.cpus} cores · hyperfine, warm page cache`;
    fs.writeFileSync(file, chartSvg(groupTitle(g, m), groups.get(g), foot));
    written.push(file);
  }
  const main = ['hit-large', 'hit-medium'].find((g) => groups.has(g));
  if (main) {
    fs.copyFileSync(
      path.join(RESULTS, `chart-${main.slice(4)}.svg`),
      path.join(RESULTS, 'chart.svg'),
    );
    written.push(path.join(RESULTS, 'chart.svg'));
  }
  console.log(
    `\nwrote ${[latest, ...written].map((f) => path.relative(process.cwd(), f)).join(', ')}`,
  );
}

main();
