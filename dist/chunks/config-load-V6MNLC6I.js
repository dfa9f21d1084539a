import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  loadConfig,
  parsedConfig
} from "./chunk-RYB46FH7.js";
import "./chunk-LZGYWHUL.js";
import "./chunk-TRFYQJTT.js";
import "./chunk-H3XAUK45.js";
import "./chunk-HX5NJDD3.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-G4XQRJRI.js";
import "./chunk-CUVSUTYU.js";
export {
  loadConfig,
  parsedConfig
};
