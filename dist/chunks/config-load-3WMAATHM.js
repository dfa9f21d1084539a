import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  loadConfig,
  parsedConfig
} from "./chunk-2QM55LJL.js";
import "./chunk-H3XAUK45.js";
import "./chunk-Q4WV3LEH.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-UDF6BDGM.js";
import "./chunk-CUVSUTYU.js";
export {
  loadConfig,
  parsedConfig
};
