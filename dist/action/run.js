import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-ELFAO23K.js";
import "../chunks/chunk-CZ5EI2MQ.js";
import "../chunks/chunk-GKFFIMUJ.js";
import "../chunks/chunk-AVOXJSEW.js";
import "../chunks/chunk-XHSOOTLM.js";
import "../chunks/chunk-LYKTPSXG.js";
import "../chunks/chunk-5NIHL7XS.js";
import "../chunks/chunk-JKM5XJ5H.js";
import "../chunks/chunk-MWMB4KLZ.js";
import "../chunks/chunk-TSBL37SZ.js";
import "../chunks/chunk-5ELEQIQO.js";
import "../chunks/chunk-OYNGL27W.js";
import "../chunks/chunk-TRFYQJTT.js";
import "../chunks/chunk-H3XAUK45.js";
import "../chunks/chunk-MZLT6P3Y.js";
import "../chunks/chunk-N7M7VTR6.js";
import "../chunks/chunk-G4XQRJRI.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/run.ts
await runAction();
