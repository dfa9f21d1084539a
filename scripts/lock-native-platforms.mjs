#!/usr/bin/env node
// Adds to package-lock.json the per-platform packages of the optional native BLAKE3 addon
// (@napi-rs/blake-hash) that the lockfile lacks. npm locks every platform's optional package so
// that `npm ci` works anywhere, but it drops those it cannot fetch, and the registry mirror of
// the project's machines serves only some of them; `npm ci` then refuses the lockfile. Each
// entry is what npm itself writes: the version the addon names, and the platform fields that
// follow from the package's name (npm skips it on any other platform, so nothing is fetched
// here). Run it after anything that rewrites the lockfile: `node scripts/lock-native-platforms.mjs`.

import { readFileSync, writeFileSync } from 'node:fs';

const ADDON = '@napi-rs/blake-hash';
const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const addon = lock.packages[`node_modules/${ADDON}`];
if (!addon) throw new Error(`package-lock.json has no node_modules/${ADDON}`);

/** os, cpu and libc from a napi-rs platform suffix: linux-arm64-musl, win32-ia32-msvc, … */
function platformOf(suffix) {
  const [os, arch, abi] = suffix.split('-');
  const cpu = {
    arm: 'arm',
    arm64: 'arm64',
    x64: 'x64',
    ia32: 'ia32',
    ppc64: 'ppc64',
    s390x: 's390x',
  }[arch];
  if (!cpu) throw new Error(`unknown cpu in ${suffix}`);
  const libc = os !== 'linux' ? undefined : abi === 'musl' ? 'musl' : 'glibc';
  return { os, cpu, libc };
}

let added = 0;
for (const [name, version] of Object.entries(addon.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const { os, cpu, libc } = platformOf(name.slice(`${ADDON}-`.length));
  lock.packages[key] = {
    version,
    cpu: [cpu],
    ...(libc ? { libc: [libc] } : {}),
    license: addon.license,
    optional: true,
    os: [os],
    ...(addon.engines ? { engines: addon.engines } : {}),
  };
  added += 1;
}
// npm keeps the packages sorted by path.
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  ),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} lock entries for ${ADDON}'s platform packages`);
