import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  loadConfig,
  parsedConfig
} from "./chunk-HB4FSAE6.js";
import "./chunk-SQOTPS3B.js";
import "./chunk-R3RWRY7A.js";
import "./chunk-SM6SODOI.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-CUVSUTYU.js";
export {
  loadConfig,
  parsedConfig
};
