import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  restoreAction
} from "../chunks/chunk-HRM4PEJT.js";
import "../chunks/chunk-CZ5EI2MQ.js";
import "../chunks/chunk-GKFFIMUJ.js";
import "../chunks/chunk-XSL7O5MC.js";
import "../chunks/chunk-5SYT6QBQ.js";
import "../chunks/chunk-5JHCVSLD.js";
import "../chunks/chunk-EFSAZSCO.js";
import "../chunks/chunk-JKM5XJ5H.js";
import "../chunks/chunk-MWMB4KLZ.js";
import "../chunks/chunk-3SKPQ74B.js";
import "../chunks/chunk-KT46YR3W.js";
import "../chunks/chunk-TZ5J4ZYK.js";
import "../chunks/chunk-53VI6TAY.js";
import "../chunks/chunk-TRFYQJTT.js";
import "../chunks/chunk-H3XAUK45.js";
import "../chunks/chunk-UV2KENB3.js";
import "../chunks/chunk-N7M7VTR6.js";
import "../chunks/chunk-JQJ6SPEN.js";
import "../chunks/chunk-G4XQRJRI.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/restore.ts
await restoreAction();
