import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('greeting is built', () => {
  assert.equal(readFileSync('dist/greeting.txt', 'utf8'), 'Hello, cached world!\n');
});
