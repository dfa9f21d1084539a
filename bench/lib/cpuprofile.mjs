// Inclusive time per function from V8 CPU profiles (`node --cpu-prof`): every sample counts
// once for each distinct function on its stack whose script URL matches `only`.

import fs from 'node:fs';
import path from 'node:path';

/** Returns { sampledMs, rows: [[`name file:line`, ms], ...] }, largest first, over every file. */
export function inclusiveTimes(dir, only) {
  const inclusive = new Map();
  let sampledMs = 0;
  for (const file of fs.readdirSync(dir)) {
    const p = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    p.samples.forEach((id, i) => {
      const dt = (p.timeDeltas[i] ?? 0) / 1000;
      sampledMs += dt;
      const seen = new Set();
      for (let x = id; x !== undefined; x = parent.get(x)) {
        const cf = byId.get(x).callFrame;
        if (!only.test(cf.url)) continue;
        const k = `${cf.functionName || '(module)'} ${path.basename(cf.url)}:${cf.lineNumber}`;
        if (seen.has(k)) continue;
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
      }
    });
  }
  return { sampledMs, rows: [...inclusive].sort((a, b) => b[1] - a[1]) };
}
