// An example plug-in store (docs/config.md, "Plug-in stores"): entries as files in a
// directory given by the config's `options.dir` (relative to the config file). A plug-in
// module exports a factory (default, or `createStore`) that returns a Store; its tests run the
// store contract suite against it (test/plugin-store.test.ts).

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

export default function createStore({ mode, options, configDir }) {
  const root = path.resolve(configDir, String(options.dir ?? '.plugin-store'));
  const entry = (key) => path.join(root, 'entries', key);
  const latest = (task, scope) =>
    path.join(root, 'latest', createHash('sha256').update(`${scope}\0${task}`).digest('hex'));
  const readOrUndefined = (file) => readFile(file, 'utf8').catch(() => undefined);
  const swapIn = async (file, write) => {
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    await mkdir(path.dirname(file), { recursive: true });
    await write(tmp);
    await rename(tmp, file);
  };
  return {
    name: `plugin:${path.basename(root)}`,
    mode,
    compress: false,
    replaces: false,
    capabilities: { list: true, delete: true, replace: false },
    credentials: 'none needed',
    async get(key) {
      const recordText = await readOrUndefined(path.join(entry(key), 'record'));
      if (recordText === undefined) return undefined;
      return {
        recordText,
        openArchive: async () => createReadStream(path.join(entry(key), 'archive')),
      };
    },
    async has(key) {
      return (await readOrUndefined(path.join(entry(key), 'record'))) !== undefined;
    },
    async put(request) {
      if (await this.has(request.key)) return 'exists';
      const staging = path.join(
        root,
        'tmp',
        `${request.key}.${Math.random().toString(36).slice(2)}`,
      );
      await mkdir(staging, { recursive: true });
      await copyFile(request.archivePath, path.join(staging, 'archive'));
      await writeFile(path.join(staging, 'record'), request.recordText);
      await mkdir(path.join(root, 'entries'), { recursive: true });
      try {
        await rename(staging, entry(request.key));
      } catch {
        await rm(staging, { recursive: true, force: true });
        return 'exists';
      }
      await swapIn(latest(request.task, request.scope), (tmp) => writeFile(tmp, request.key));
      return 'saved';
    },
    async latestRecord(task, scope) {
      const key = await readOrUndefined(latest(task, scope));
      return key === undefined ? undefined : readOrUndefined(path.join(entry(key), 'record'));
    },
    async listEntries() {
      const keys = await readdir(path.join(root, 'entries')).catch(() => []);
      const out = [];
      for (const key of keys) {
        const record = await readOrUndefined(path.join(entry(key), 'record'));
        const info = await stat(path.join(entry(key), 'archive')).catch(() => undefined);
        if (record === undefined || info === undefined) continue;
        let task;
        try {
          task = JSON.parse(record)?.record?.task;
        } catch {}
        out.push({
          key,
          ...(typeof task === 'string' ? { task } : {}),
          size: info.size,
          createdAt: info.mtime.toISOString(),
        });
      }
      return out;
    },
    async deleteEntry(key) {
      if (!(await this.has(key))) return false;
      await rm(entry(key), { recursive: true, force: true });
      return true;
    },
  };
}
