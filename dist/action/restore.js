import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  restoreAction
} from "../chunks/chunk-6LGYZ2PH.js";
import "../chunks/chunk-PBWD76KV.js";
import "../chunks/chunk-GKFFIMUJ.js";
import "../chunks/chunk-WGARLLX5.js";
import "../chunks/chunk-P36G2WFB.js";
import "../chunks/chunk-NRSTZY3U.js";
import "../chunks/chunk-QQNJWC67.js";
import "../chunks/chunk-JYVOX3E3.js";
import "../chunks/chunk-JKM5XJ5H.js";
import "../chunks/chunk-MWMB4KLZ.js";
import "../chunks/chunk-3GW2XNFS.js";
import "../chunks/chunk-VSKF6YIF.js";
import "../chunks/chunk-F3NV3RS6.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/restore.ts
await restoreAction();
