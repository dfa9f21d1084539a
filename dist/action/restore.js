import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  restoreAction
} from "../chunks/chunk-COH5PNBS.js";
import "../chunks/chunk-2LVUP7Q5.js";
import "../chunks/chunk-CZ5EI2MQ.js";
import "../chunks/chunk-GKFFIMUJ.js";
import "../chunks/chunk-T2SBXF43.js";
import "../chunks/chunk-VXN4XADK.js";
import "../chunks/chunk-TJYF4JRJ.js";
import "../chunks/chunk-LQ4F5YKE.js";
import "../chunks/chunk-TRFYQJTT.js";
import "../chunks/chunk-H3XAUK45.js";
import "../chunks/chunk-NYFVR33M.js";
import "../chunks/chunk-UV2KENB3.js";
import "../chunks/chunk-JKM5XJ5H.js";
import "../chunks/chunk-MWMB4KLZ.js";
import "../chunks/chunk-N7M7VTR6.js";
import "../chunks/chunk-Z26XVRZI.js";
import "../chunks/chunk-JQJ6SPEN.js";
import "../chunks/chunk-KT46YR3W.js";
import "../chunks/chunk-4GG4RZH4.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/restore.ts
await restoreAction();
