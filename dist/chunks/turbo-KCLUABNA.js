import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  HttpClient,
  bodyOf
} from "./chunk-BXXTKQ27.js";
import {
  RemoteUrlError,
  decodePointer,
  decodeRecent,
  encodeRecentPointer,
  failureError,
  pointerId,
  statusError
} from "./chunk-JL4XKUOT.js";
import {
  shortKey
} from "./chunk-SGE7DEJ6.js";
import {
  RECENT_RECORDS
} from "./chunk-XJK27DBY.js";
import "./chunk-UDF6BDGM.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-CUVSUTYU.js";

// src/stores/turbo.ts
import { createHmac, timingSafeEqual } from "node:crypto";
import { Readable } from "node:stream";
var MAGIC = Buffer.from("TCE1");
var HEADER_BYTES = MAGIC.length + 4;
var MAX_ARTIFACT_BYTES = 1024 * 1024 * 1024;
var TurboStore = class {
  // No replace: turborepo-remote-cache's file storage (fs-blob-store) rewrites an artifact in
  // place, so a reader can meet the start of the old one and the rest of the new one; an
  // existing entry is kept.
  replaces = false;
  name;
  compress = true;
  mode;
  /** The Remote Cache API (v8) has no way to list or delete artifacts. */
  capabilities = {
    list: false,
    delete: false,
    replace: false,
    note: "the Turborepo Remote Cache API cannot list or delete artifacts: they expire by the server's own rules"
  };
  credentials;
  base;
  team;
  signingKey;
  client;
  warn;
  constructor(url, settings) {
    this.name = settings.name;
    this.mode = settings.mode;
    this.warn = settings.warn;
    const slug = url.searchParams.get("team") ?? url.searchParams.get("slug");
    const teamId = url.searchParams.get("teamId");
    for (const name of url.searchParams.keys()) {
      if (!["team", "slug", "teamId"].includes(name)) {
        throw new RemoteUrlError(
          `${settings.name}: unknown parameter "${name}" (expected team=SLUG)`
        );
      }
    }
    this.team = teamId ? { param: "teamId", value: teamId } : slug ? { param: "slug", value: slug } : void 0;
    if (url.username || url.password) {
      throw new RemoteUrlError(`${settings.name}: put the token in TURBO_TOKEN, not in the URL`);
    }
    const token = settings.env.TURBO_TOKEN || settings.env.TASKCACHE_REMOTE_TOKEN;
    this.credentials = settings.env.TURBO_TOKEN ? "TURBO_TOKEN: present" : `TURBO_TOKEN: not set, TASKCACHE_REMOTE_TOKEN: ${token ? "present" : "not set"}`;
    this.signingKey = settings.env.TURBO_REMOTE_CACHE_SIGNATURE_KEY || void 0;
    const protocol = url.protocol === "turbo+https:" ? "https:" : "http:";
    this.base = `${protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
    this.client = new HttpClient({
      connectTimeoutMs: settings.connectTimeoutMs,
      idleTimeoutMs: settings.idleTimeoutMs,
      minBytesPerSecond: settings.minBytesPerSecond,
      throughputWindowMs: settings.throughputWindowMs,
      operationMs: settings.operationMs,
      maxAttempts: settings.maxAttempts,
      baseDelayMs: settings.retryBaseDelayMs,
      maxDelayMs: settings.retryMaxDelayMs,
      headers: token ? { authorization: `Bearer ${token}` } : {}
    });
  }
  url(hash) {
    const url = new URL(`${this.base}/v8/artifacts/${hash}`);
    if (this.team) url.searchParams.set(this.team.param, this.team.value);
    return url;
  }
  async get(key) {
    const body = await this.download(key);
    if (body === void 0) return void 0;
    const parsed = parseArtifact(body);
    if (typeof parsed === "string") {
      this.warn(
        `${this.name}: entry ${shortKey(key)} is unusable (${parsed}); treating it as a miss`
      );
      return void 0;
    }
    return {
      recordText: parsed.recordText,
      openArchive: async () => Readable.from([parsed.archive], { objectMode: false })
    };
  }
  async has(key) {
    const what = `HEAD artifact ${shortKey(key)}`;
    const response = await this.call(what, { method: "HEAD", url: this.url(key) });
    if (response.status === 404) return false;
    if (response.status === 200) return true;
    throw statusError(this.name, what, response);
  }
  async put(request) {
    if (await this.has(request.key)) return "exists";
    const record = Buffer.from(request.recordText, "utf8");
    const header = Buffer.alloc(HEADER_BYTES);
    MAGIC.copy(header, 0);
    header.writeUInt32BE(record.length, MAGIC.length);
    const body = bodyOf(header, record, { path: request.archivePath, size: request.archiveSize });
    await this.upload(request.key, body);
    const pointer = pointerId(request.task, request.scope);
    const earlier = (await this.download(pointer))?.toString("utf8");
    await this.upload(pointer, bodyOf(Buffer.from(encodeRecentPointer(request.key, earlier))));
    return "saved";
  }
  async recentRecords(task, scope, limit = RECENT_RECORDS) {
    const pointer = await this.download(pointerId(task, scope));
    const keys = pointer === void 0 ? [] : decodeRecent(pointer.toString("utf8")).slice(0, limit);
    const records = await Promise.all(
      keys.map(async (key) => {
        const body = await this.download(key);
        const parsed = body === void 0 ? "gone" : parseArtifact(body);
        return typeof parsed === "string" ? void 0 : parsed.recordText;
      })
    );
    return records.filter((record) => record !== void 0);
  }
  async latestRecord(task, scope) {
    const pointer = await this.download(pointerId(task, scope));
    const key = pointer === void 0 ? void 0 : decodePointer(pointer.toString("utf8"));
    if (key === void 0) return void 0;
    const body = await this.download(key);
    if (body === void 0) return void 0;
    const parsed = parseArtifact(body);
    return typeof parsed === "string" ? void 0 : parsed.recordText;
  }
  close() {
    this.client.close();
  }
  /** The artifact's bytes; undefined on a miss, or when its signature does not verify. */
  async download(hash) {
    const what = `GET artifact ${shortKey(hash)}`;
    let response;
    try {
      response = await this.client.buffered(
        { method: "GET", url: this.url(hash) },
        MAX_ARTIFACT_BYTES
      );
    } catch (error) {
      throw failureError(this.name, what, error);
    }
    if (response.status === 404) return void 0;
    if (response.status !== 200) throw statusError(this.name, what, response);
    if (this.signingKey !== void 0) {
      const tag = response.headers["x-artifact-tag"];
      const problem = typeof tag !== "string" || tag === "" ? "it has no x-artifact-tag signature" : !this.tagMatches(hash, response.body, tag) ? "its x-artifact-tag signature does not match the signing key" : void 0;
      if (problem) {
        this.warn(
          `${this.name}: artifact ${shortKey(hash)} is not trusted (${problem}); treating it as a miss`
        );
        return void 0;
      }
    }
    return response.body;
  }
  async upload(hash, body) {
    const what = `PUT artifact ${shortKey(hash)}`;
    const headers = { "content-type": "application/octet-stream" };
    if (this.signingKey !== void 0) headers["x-artifact-tag"] = await this.tagOf(hash, body);
    const response = await this.call(what, { method: "PUT", url: this.url(hash), body, headers });
    if (response.status < 200 || response.status > 299) {
      throw statusError(this.name, what, response);
    }
  }
  hmac(hash) {
    return createHmac("sha256", this.signingKey ?? "").update(hash).update(this.team?.value ?? "");
  }
  async tagOf(hash, body) {
    const mac = this.hmac(hash);
    for await (const chunk of body.open()) mac.update(chunk);
    return mac.digest("base64");
  }
  tagMatches(hash, body, tag) {
    const expected = this.hmac(hash).update(body).digest();
    const given = Buffer.from(tag, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  async call(what, request) {
    try {
      return await this.client.buffered(request, MAX_ARTIFACT_BYTES);
    } catch (error) {
      throw failureError(this.name, what, error);
    }
  }
};
function parseArtifact(body) {
  if (body.length < HEADER_BYTES || !body.subarray(0, MAGIC.length).equals(MAGIC)) {
    return "the artifact was not written by taskcache";
  }
  const length = body.readUInt32BE(MAGIC.length);
  if (HEADER_BYTES + length > body.length) return "the artifact is shorter than its header says";
  return {
    recordText: body.subarray(HEADER_BYTES, HEADER_BYTES + length).toString("utf8"),
    archive: body.subarray(HEADER_BYTES + length)
  };
}
export {
  TurboStore
};
