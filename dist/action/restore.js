import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  restoreAction
} from "../chunks/chunk-KBZTIYYL.js";
import "../chunks/chunk-PBWD76KV.js";
import "../chunks/chunk-GKFFIMUJ.js";
import "../chunks/chunk-DYJ74UEW.js";
import "../chunks/chunk-PW73XDFC.js";
import "../chunks/chunk-INSHTQVX.js";
import "../chunks/chunk-QQNJWC67.js";
import "../chunks/chunk-755JZ3KH.js";
import "../chunks/chunk-JKM5XJ5H.js";
import "../chunks/chunk-2YUTWWVA.js";
import "../chunks/chunk-3GW2XNFS.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/restore.ts
await restoreAction();
