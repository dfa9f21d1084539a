import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  restoreAction
} from "../chunks/chunk-LBBAULSJ.js";
import "../chunks/chunk-PBWD76KV.js";
import "../chunks/chunk-GKFFIMUJ.js";
import "../chunks/chunk-YOSKZAS4.js";
import "../chunks/chunk-ZOVX6ES3.js";
import "../chunks/chunk-74ZI3U42.js";
import "../chunks/chunk-QQNJWC67.js";
import "../chunks/chunk-LIM4FPKG.js";
import "../chunks/chunk-JKM5XJ5H.js";
import "../chunks/chunk-MWMB4KLZ.js";
import "../chunks/chunk-3GW2XNFS.js";
import "../chunks/chunk-R2ZZD5TQ.js";
import "../chunks/chunk-PLJ54MU6.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/restore.ts
await restoreAction();
