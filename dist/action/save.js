import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  saveAction
} from "../chunks/chunk-VQUZVY2P.js";
import "../chunks/chunk-BMEPUEO2.js";
import "../chunks/chunk-N47SXGIP.js";
import "../chunks/chunk-BHTZBK5E.js";
import "../chunks/chunk-C6ICAO47.js";
import "../chunks/chunk-OE6COSCA.js";
import "../chunks/chunk-IEXQFGVA.js";
import "../chunks/chunk-7P4J3FUG.js";

// src/action/entries/save.ts
await saveAction();
