import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  loadConfig,
  parsedConfig,
  parsedConfigValue
} from "./chunk-NEGLMK3Z.js";
import "./chunk-RXQO5GUJ.js";
import "./chunk-RHCA6Y7F.js";
import "./chunk-R3RWRY7A.js";
import "./chunk-AZEJ7MGI.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-CUVSUTYU.js";
export {
  loadConfig,
  parsedConfig,
  parsedConfigValue
};
