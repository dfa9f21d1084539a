import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  restoreAction
} from "../chunks/chunk-UQ453JNK.js";
import "../chunks/chunk-PBWD76KV.js";
import "../chunks/chunk-GKFFIMUJ.js";
import "../chunks/chunk-DXR33DNF.js";
import "../chunks/chunk-R6W5TCGK.js";
import "../chunks/chunk-73U6SJRW.js";
import "../chunks/chunk-NWE26NDA.js";
import "../chunks/chunk-TRFYQJTT.js";
import "../chunks/chunk-4EC3HWNO.js";
import "../chunks/chunk-JKM5XJ5H.js";
import "../chunks/chunk-MWMB4KLZ.js";
import "../chunks/chunk-3GW2XNFS.js";
import "../chunks/chunk-76VSHYMG.js";
import "../chunks/chunk-G4XQRJRI.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/restore.ts
await restoreAction();
