import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  loadConfig,
  parsedConfig
} from "./chunk-TJYF4JRJ.js";
import "./chunk-LQ4F5YKE.js";
import "./chunk-TRFYQJTT.js";
import "./chunk-H3XAUK45.js";
import "./chunk-UV2KENB3.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-JQJ6SPEN.js";
import "./chunk-4GG4RZH4.js";
import "./chunk-CUVSUTYU.js";
export {
  loadConfig,
  parsedConfig
};
