import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  saveAction
} from "../chunks/chunk-AOFGEMI6.js";
import "../chunks/chunk-PBWD76KV.js";
import "../chunks/chunk-GKFFIMUJ.js";
import "../chunks/chunk-3PYTFZQO.js";
import "../chunks/chunk-JNXXGFT3.js";
import "../chunks/chunk-73U6SJRW.js";
import "../chunks/chunk-NWE26NDA.js";
import "../chunks/chunk-TRFYQJTT.js";
import "../chunks/chunk-INWRYIKV.js";
import "../chunks/chunk-JKM5XJ5H.js";
import "../chunks/chunk-MWMB4KLZ.js";
import "../chunks/chunk-3GW2XNFS.js";
import "../chunks/chunk-TNJFJCCN.js";
import "../chunks/chunk-G4XQRJRI.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/save.ts
await saveAction();
