import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  REMOTE_SCHEMES,
  RemoteUrlError,
  createRemoteStore,
  decodeCasEnvelope,
  decodePointer,
  encodeCasEnvelope,
  encodePointer,
  failureError,
  parseRemoteUrl,
  pointerId,
  redactUrl,
  sha256File,
  short,
  statusError
} from "./chunk-BO3BFEG7.js";
import "./chunk-JKM5XJ5H.js";
import "./chunk-MWMB4KLZ.js";
import "./chunk-3GW2XNFS.js";
import "./chunk-F3NV3RS6.js";
import "./chunk-CUVSUTYU.js";
export {
  REMOTE_SCHEMES,
  RemoteUrlError,
  createRemoteStore,
  decodeCasEnvelope,
  decodePointer,
  encodeCasEnvelope,
  encodePointer,
  failureError,
  parseRemoteUrl,
  pointerId,
  redactUrl,
  sha256File,
  short,
  statusError
};
