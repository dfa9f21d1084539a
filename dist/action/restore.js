import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  restoreAction
} from "../chunks/chunk-DGKIGIJO.js";
import "../chunks/chunk-GKFFIMUJ.js";
import "../chunks/chunk-CK2HX5CK.js";
import "../chunks/chunk-6MD2LHP5.js";
import "../chunks/chunk-SIPIBT5M.js";
import "../chunks/chunk-J4CSZDVY.js";
import "../chunks/chunk-2QM55LJL.js";
import "../chunks/chunk-H3XAUK45.js";
import "../chunks/chunk-Q4WV3LEH.js";
import "../chunks/chunk-N7M7VTR6.js";
import "../chunks/chunk-UDF6BDGM.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/restore.ts
await restoreAction();
