import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  saveAction
} from "../chunks/chunk-O5VOBJ7S.js";
import "../chunks/chunk-PBWD76KV.js";
import "../chunks/chunk-GKFFIMUJ.js";
import "../chunks/chunk-ML7U6VKH.js";
import "../chunks/chunk-DV4WRDTY.js";
import "../chunks/chunk-GR7GWIQU.js";
import "../chunks/chunk-QQNJWC67.js";
import "../chunks/chunk-S636ERY2.js";
import "../chunks/chunk-JKM5XJ5H.js";
import "../chunks/chunk-MWMB4KLZ.js";
import "../chunks/chunk-3GW2XNFS.js";
import "../chunks/chunk-VSKF6YIF.js";
import "../chunks/chunk-L2Q6BQCW.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/save.ts
await saveAction();
