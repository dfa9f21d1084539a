import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/adapters/blake3-native.ts
import { createRequire } from "node:module";
function nativeOneShot(native) {
  const h = new native.Blake3Hasher();
  return (data) => {
    h.reset();
    h.update(data);
    return h.digest("hex");
  };
}
function nativePackage(platform = process.platform, arch = process.arch) {
  if (arch !== "x64" && arch !== "arm64") return void 0;
  if (platform === "linux") return `@napi-rs/blake-hash-linux-${arch}-gnu`;
  if (platform === "darwin") return `@napi-rs/blake-hash-darwin-${arch}`;
  return void 0;
}
var ADDON = "@napi-rs/blake-hash";
function loadNative() {
  const require2 = createRequire(import.meta.url);
  let loader;
  try {
    loader = require2.resolve(ADDON);
  } catch {
    return void 0;
  }
  const direct = process.env.NAPI_RS_NATIVE_LIBRARY_PATH ? void 0 : nativePackage();
  if (direct) {
    try {
      return createRequire(loader)(direct);
    } catch {
    }
  }
  try {
    return require2(loader);
  } catch {
    return void 0;
  }
}

// src/adapters/blake3.ts
async function createBLAKE3() {
  const wasm = await import("./blake3.umd.min-3GQLQFPS.js");
  return (wasm.createBLAKE3 ?? wasm.default.createBLAKE3)();
}
var shared;
var oneShot;
async function initBlake3(env = process.env) {
  if (oneShot) return;
  const native = env.TASKCACHE_BLAKE3 === "wasm" ? void 0 : loadNative();
  if (native) {
    const hash = nativeOneShot(native);
    oneShot = (data) => hash(typeof data === "string" ? Buffer.from(data) : data);
    return;
  }
  shared ??= await createBLAKE3();
  const wasm = shared;
  oneShot = (data) => {
    wasm.init();
    wasm.update(data);
    return wasm.digest("hex");
  };
}
var blake3 = (data) => {
  if (!oneShot) throw new Error("initBlake3() must be awaited before hashing");
  return oneShot(data);
};
async function createHasher() {
  const h = await createBLAKE3();
  h.init();
  return {
    init: () => {
      h.init();
    },
    update: (chunk) => {
      h.update(chunk);
    },
    digest: () => h.digest("hex")
  };
}
async function loadBackend(env = process.env) {
  const native = env.TASKCACHE_BLAKE3 === "wasm" ? void 0 : loadNative();
  if (native) {
    return {
      name: "native",
      hash: nativeOneShot(native),
      createHasher: async () => {
        const h = new native.Blake3Hasher();
        return {
          init: () => h.reset(),
          update: (chunk) => h.update(chunk),
          digest: () => h.digest("hex")
        };
      }
    };
  }
  shared ??= await createBLAKE3();
  const wasm = shared;
  return {
    name: "wasm",
    hash: (data) => {
      wasm.init();
      wasm.update(data);
      return wasm.digest("hex");
    },
    createHasher
  };
}

export {
  initBlake3,
  blake3,
  loadBackend
};
