import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  loadConfig,
  parsedConfig
} from "./chunk-CRWXKTXI.js";
import "./chunk-TP236A7V.js";
import "./chunk-R3RWRY7A.js";
import "./chunk-AZEJ7MGI.js";
import "./chunk-N7M7VTR6.js";
import "./chunk-CUVSUTYU.js";
export {
  loadConfig,
  parsedConfig
};
