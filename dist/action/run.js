import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-7DMLLZHW.js";
import "../chunks/chunk-PBWD76KV.js";
import "../chunks/chunk-GKFFIMUJ.js";
import "../chunks/chunk-URISGSX6.js";
import "../chunks/chunk-QVZJ55LE.js";
import "../chunks/chunk-73U6SJRW.js";
import "../chunks/chunk-NWE26NDA.js";
import "../chunks/chunk-TRFYQJTT.js";
import "../chunks/chunk-Z3EIXVCZ.js";
import "../chunks/chunk-JKM5XJ5H.js";
import "../chunks/chunk-MWMB4KLZ.js";
import "../chunks/chunk-3GW2XNFS.js";
import "../chunks/chunk-VSKF6YIF.js";
import "../chunks/chunk-G4XQRJRI.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/run.ts
await runAction();
