// A stand-in for a slow build: concatenates src/*.txt into dist/greeting.txt.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const started = Date.now();
while (Date.now() - started < 1500) {
  // Pretend to work for a moment, so a hit visibly saves time.
}
mkdirSync('dist', { recursive: true });
const parts = readdirSync('src')
  .sort()
  .map((name) => readFileSync(`src/${name}`, 'utf8').trim());
writeFileSync('dist/greeting.txt', `${parts.join(' ')}\n`);
console.log(`built dist/greeting.txt from ${parts.length} source files`);
