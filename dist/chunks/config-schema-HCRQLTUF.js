import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  configSchema,
  taskSchema,
  validateConfig
} from "./chunk-RHCA6Y7F.js";
import "./chunk-R3RWRY7A.js";
import "./chunk-AZEJ7MGI.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-CUVSUTYU.js";
export {
  configSchema,
  taskSchema,
  validateConfig
};
