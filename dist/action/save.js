import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  saveAction
} from "../chunks/chunk-AOPVDEX7.js";
import "../chunks/chunk-CZ5EI2MQ.js";
import "../chunks/chunk-GKFFIMUJ.js";
import "../chunks/chunk-INLLYIHI.js";
import "../chunks/chunk-7V6E7RUW.js";
import "../chunks/chunk-HKFBOOQ5.js";
import "../chunks/chunk-MTCLXSGP.js";
import "../chunks/chunk-JKM5XJ5H.js";
import "../chunks/chunk-MWMB4KLZ.js";
import "../chunks/chunk-YZZILINX.js";
import "../chunks/chunk-OQT3GFQB.js";
import "../chunks/chunk-RYB46FH7.js";
import "../chunks/chunk-LZGYWHUL.js";
import "../chunks/chunk-TRFYQJTT.js";
import "../chunks/chunk-H3XAUK45.js";
import "../chunks/chunk-HX5NJDD3.js";
import "../chunks/chunk-N7M7VTR6.js";
import "../chunks/chunk-G4XQRJRI.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/save.ts
await saveAction();
