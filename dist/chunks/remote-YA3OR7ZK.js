import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  REMOTE_SCHEMES,
  RemoteUrlError,
  createRemoteStore,
  decodeCasEnvelope,
  decodePointer,
  encodeCasEnvelope,
  encodePointer,
  envelopeEntry,
  failureError,
  parseRemoteUrl,
  pointerId,
  redactUrl,
  sha256File,
  short,
  statusError
} from "./chunk-WTME4RCV.js";
import "./chunk-EO3XQGSO.js";
import "./chunk-UDF6BDGM.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-CUVSUTYU.js";
export {
  REMOTE_SCHEMES,
  RemoteUrlError,
  createRemoteStore,
  decodeCasEnvelope,
  decodePointer,
  encodeCasEnvelope,
  encodePointer,
  envelopeEntry,
  failureError,
  parseRemoteUrl,
  pointerId,
  redactUrl,
  sha256File,
  short,
  statusError
};
