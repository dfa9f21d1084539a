import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-TRFYQJTT.js";

// src/engine/producer.ts
function producerFromEnv(env) {
  if (!env.GITHUB_ACTIONS) return {};
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const producer = {};
  const set = (name, value) => {
    if (value) producer[name] = value;
  };
  set("repository", env.GITHUB_REPOSITORY);
  set("ref", env.GITHUB_REF);
  set("commit", env.GITHUB_SHA);
  set("workflow", env.GITHUB_WORKFLOW);
  set("runUrl", runUrl);
  set("job", env.GITHUB_JOB);
  return producer;
}

// src/engine/remotes.ts
function readOnly(mode) {
  if (mode === "read-write") return "read";
  if (mode === "write") return "off";
  return mode;
}
async function remoteStores(specs, options) {
  if (specs.length === 0) return [];
  const { createRemoteStore, RemoteUrlError, redactUrl } = await import("./remote-POX4MRWL.js");
  const stores = [];
  for (const spec of specs) {
    const mode = options.untrusted ? readOnly(spec.mode) : spec.mode;
    if (mode === "off") continue;
    try {
      stores.push(
        await createRemoteStore(spec.url, { mode, env: options.env, warn: options.warn })
      );
    } catch (error) {
      const message = error.message;
      throw new UsageError(
        error instanceof RemoteUrlError ? message : `remote ${redactUrl(spec.url)}: ${message}`
      );
    }
  }
  return stores;
}

// src/engine/signing.ts
import { createRequire } from "node:module";
var SIGNING_KEY_ENV = "TASKCACHE_SIGNING_KEY";
function signerFromEnv(env) {
  const secret = env[SIGNING_KEY_ENV];
  if (!secret) return void 0;
  const { createHmac, timingSafeEqual } = createRequire(import.meta.url)(
    "node:crypto"
  );
  const mac = (key, digest) => createHmac("sha256", secret).update(`taskcache-entry\0${key}\0${digest}`).digest("base64");
  return {
    sign: mac,
    verify(key, digest, signature) {
      const expected = Buffer.from(mac(key, digest));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    }
  };
}

export {
  producerFromEnv,
  remoteStores,
  signerFromEnv
};
