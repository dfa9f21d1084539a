import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  HttpClient,
  bodyOf
} from "./chunk-BXXTKQ27.js";
import {
  RemoteUrlError,
  decodeCasEnvelope,
  decodePointer,
  decodeRecent,
  encodeCasEnvelope,
  encodeRecentPointer,
  envelopeEntry,
  failureError,
  pointerId,
  sha256File,
  statusError
} from "./chunk-JL4XKUOT.js";
import {
  CorruptEntryError,
  mapPool,
  recordFacts
} from "./chunk-SRAC3I6Q.js";
import {
  shortKey
} from "./chunk-SGE7DEJ6.js";
import "./chunk-WCZ5FQDO.js";
import {
  RECENT_RECORDS,
  UnsupportedError
} from "./chunk-XJK27DBY.js";
import "./chunk-YMTDA3HV.js";
import "./chunk-TEIB2ELP.js";
import "./chunk-UDF6BDGM.js";
import "./chunk-SM6SODOI.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-CUVSUTYU.js";

// src/stores/http.ts
var LIST_NOTE = "lists only where the server serves ac/ as a JSON index (nginx: autoindex_format json); deletes where it takes DELETE (nginx: dav_methods PUT DELETE)";
var MAX_ENVELOPE_BYTES = 64 * 1024 * 1024;
var HttpStore = class {
  replaces = true;
  name;
  compress = true;
  mode;
  capabilities = {
    list: true,
    delete: true,
    replace: true,
    note: LIST_NOTE
  };
  credentials;
  base;
  client;
  warn;
  constructor(url, settings) {
    this.name = settings.name;
    this.mode = settings.mode;
    this.warn = settings.warn;
    this.credentials = url.username || url.password ? "basic auth from the URL: present" : `TASKCACHE_REMOTE_TOKEN: ${settings.env.TASKCACHE_REMOTE_TOKEN ? "present" : "not set"}`;
    if (url.search) {
      throw new RemoteUrlError(`${settings.name}: an HTTP cache URL takes no query parameters`);
    }
    const headers = {
      ...extraHeaders(settings.env, settings.name),
      ...authorization(url, settings.env)
    };
    this.base = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
    this.client = new HttpClient({
      connectTimeoutMs: settings.connectTimeoutMs,
      idleTimeoutMs: settings.idleTimeoutMs,
      minBytesPerSecond: settings.minBytesPerSecond,
      throughputWindowMs: settings.throughputWindowMs,
      operationMs: settings.operationMs,
      maxAttempts: settings.maxAttempts,
      baseDelayMs: settings.retryBaseDelayMs,
      maxDelayMs: settings.retryMaxDelayMs,
      headers
    });
  }
  url(kind, id) {
    return new URL(`${this.base}/${kind}/${id}`);
  }
  async get(key) {
    const text = await this.getText("ac", key);
    if (text === void 0) return void 0;
    return envelopeEntry(
      text,
      key,
      { name: this.name, warn: this.warn },
      (cas, size) => this.openContent(cas, size)
    );
  }
  async openContent(cas, size) {
    const what = `GET cas/${shortKey(cas)}`;
    const response = await this.call(what, { method: "GET", url: this.url("cas", cas) }, "stream");
    if (response.status === 404) {
      response.body.destroy();
      throw new CorruptEntryError(`${this.name}: the content of the entry is gone from the cache`);
    }
    if (response.status !== 200) {
      response.body.destroy();
      throw statusError(this.name, what, response);
    }
    const length = response.headers["content-length"];
    if (length !== void 0 && Number(length) !== size) {
      response.body.destroy();
      throw new CorruptEntryError(
        `${this.name}: the content is ${length} bytes, the entry says ${size}`
      );
    }
    return response.body;
  }
  async has(key) {
    return this.exists("ac", key);
  }
  async put(request) {
    if (!request.replace && await this.exists("ac", request.key)) return "exists";
    const cas = await sha256File(request.archivePath);
    if (!await this.exists("cas", cas)) {
      await this.putBody(
        `PUT cas/${shortKey(cas)}`,
        this.url("cas", cas),
        bodyOf({ path: request.archivePath, size: request.archiveSize })
      );
    }
    const envelope = encodeCasEnvelope(cas, request.archiveSize, request.recordText);
    await this.putBody(
      `PUT ac/${shortKey(request.key)}`,
      this.url("ac", request.key),
      bodyOf(Buffer.from(envelope))
    );
    const pointer = pointerId(request.task, request.scope);
    const earlier = await this.getText("ac", pointer);
    await this.putBody(
      `PUT ac/${shortKey(pointer)}`,
      this.url("ac", pointer),
      bodyOf(Buffer.from(encodeRecentPointer(request.key, earlier)))
    );
    return "saved";
  }
  async recentRecords(task, scope, limit = RECENT_RECORDS) {
    const pointer = await this.getText("ac", pointerId(task, scope));
    const keys = pointer === void 0 ? [] : decodeRecent(pointer).slice(0, limit);
    const records = await Promise.all(
      keys.map(async (key) => {
        const text = await this.getText("ac", key);
        const envelope = text === void 0 ? "gone" : decodeCasEnvelope(text);
        return typeof envelope === "string" ? void 0 : envelope.record;
      })
    );
    return records.filter((record) => record !== void 0);
  }
  async latestRecord(task, scope) {
    const pointer = await this.getText("ac", pointerId(task, scope));
    const key = pointer === void 0 ? void 0 : decodePointer(pointer);
    if (key === void 0) return void 0;
    const text = await this.getText("ac", key);
    if (text === void 0) return void 0;
    const envelope = decodeCasEnvelope(text);
    return typeof envelope === "string" ? void 0 : envelope.record;
  }
  /**
   * The entries under ac/, from the server's JSON index of the directory (nginx's
   * `autoindex_format json`); a server without one (bazel-remote, plain WebDAV) cannot list.
   */
  async listEntries() {
    const what = "GET ac/";
    const url = new URL(`${this.base}/ac/`);
    const response = await this.call(what, { method: "GET", url }, "buffer");
    if (response.status === 401 || response.status >= 500 && response.status !== 501) {
      throw statusError(this.name, what, response);
    }
    let index;
    try {
      index = response.status === 200 ? JSON.parse(response.body.toString("utf8")) : void 0;
    } catch {
      index = void 0;
    }
    if (!Array.isArray(index)) {
      throw new UnsupportedError(
        `${this.name}: cannot list: the server serves no JSON index of ac/ (HTTP ${response.status}; nginx: autoindex on; autoindex_format json;)`
      );
    }
    const names = index.map((item) => item?.name).filter((name) => typeof name === "string" && /^[0-9a-f]{64}$/.test(name));
    const found = await mapPool(names, 8, async (name) => {
      const text = await this.getText("ac", name);
      const envelope = text === void 0 ? "gone" : decodeCasEnvelope(text);
      if (typeof envelope === "string") return void 0;
      return { key: name, size: envelope.size, ...recordFacts(envelope.record) };
    });
    return found.filter((entry) => entry !== void 0);
  }
  /** Deletes the entry's envelope, then its content (another key with the same bytes misses). */
  async deleteEntry(key) {
    const text = await this.getText("ac", key);
    if (text === void 0) return false;
    const deleted = await this.delete("ac", key);
    const envelope = decodeCasEnvelope(text);
    if (typeof envelope !== "string") await this.delete("cas", envelope.cas);
    return deleted;
  }
  async delete(kind, id) {
    const what = `DELETE ${kind}/${shortKey(id)}`;
    const response = await this.call(what, { method: "DELETE", url: this.url(kind, id) }, "buffer");
    if (response.status === 404) return false;
    if (response.status === 405 || response.status === 501) {
      throw new UnsupportedError(
        `${this.name}: cannot delete: the server refuses DELETE (HTTP ${response.status}; nginx: dav_methods PUT DELETE;)`
      );
    }
    if (response.status < 200 || response.status > 299) {
      throw statusError(this.name, what, response);
    }
    return true;
  }
  /** Closes idle connections (the store keeps working; a new request opens one). */
  close() {
    this.client.close();
  }
  async getText(kind, id) {
    const what = `GET ${kind}/${shortKey(id)}`;
    const response = await this.call(what, { method: "GET", url: this.url(kind, id) }, "buffer");
    if (response.status === 404) return void 0;
    if (response.status !== 200) throw statusError(this.name, what, response);
    return response.body.toString("utf8");
  }
  async exists(kind, id) {
    const what = `HEAD ${kind}/${shortKey(id)}`;
    const response = await this.call(what, { method: "HEAD", url: this.url(kind, id) }, "buffer");
    if (response.status === 404) return false;
    if (response.status === 200) return true;
    throw statusError(this.name, what, response);
  }
  async putBody(what, url, body) {
    const response = await this.call(
      what,
      { method: "PUT", url, body, headers: { "content-type": "application/octet-stream" } },
      "buffer"
    );
    if (response.status < 200 || response.status > 299) {
      throw statusError(this.name, what, response);
    }
  }
  async call(what, request, read) {
    try {
      return read === "buffer" ? await this.client.buffered(request, MAX_ENVELOPE_BYTES) : await this.client.streamed(request, (error) => failureError(this.name, what, error));
    } catch (error) {
      throw failureError(this.name, what, error);
    }
  }
};
function authorization(url, env) {
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const pass = decodeURIComponent(url.password);
    return { authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}` };
  }
  const token = env.TASKCACHE_REMOTE_TOKEN;
  return token ? { authorization: `Bearer ${token}` } : {};
}
var HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
function extraHeaders(env, storeName) {
  const text = env.TASKCACHE_REMOTE_HEADERS;
  const headers = {};
  if (!text) return headers;
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    const value = colon > 0 ? line.slice(colon + 1).trim() : "";
    if (!HEADER_NAME.test(name) || /[\r\n\0]/.test(value)) {
      throw new RemoteUrlError(
        `${storeName}: TASKCACHE_REMOTE_HEADERS line ${index + 1} is not "Name: value"`
      );
    }
    headers[name.toLowerCase()] = value;
  });
  return headers;
}
export {
  HttpStore,
  extraHeaders
};
