import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-TKJXFPZM.js";
import "../chunks/chunk-PBWD76KV.js";
import "../chunks/chunk-GKFFIMUJ.js";
import "../chunks/chunk-I37QAEWE.js";
import "../chunks/chunk-4Y6NW2WL.js";
import "../chunks/chunk-GR7GWIQU.js";
import "../chunks/chunk-NWE26NDA.js";
import "../chunks/chunk-TRFYQJTT.js";
import "../chunks/chunk-S636ERY2.js";
import "../chunks/chunk-JKM5XJ5H.js";
import "../chunks/chunk-MWMB4KLZ.js";
import "../chunks/chunk-3GW2XNFS.js";
import "../chunks/chunk-VSKF6YIF.js";
import "../chunks/chunk-L2Q6BQCW.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/run.ts
await runAction();
