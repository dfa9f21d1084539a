#!/usr/bin/env node
import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  onLargeScan
} from "./chunks/chunk-Z26XVRZI.js";
import "./chunks/chunk-JQJ6SPEN.js";
import "./chunks/chunk-KT46YR3W.js";
import "./chunks/chunk-4GG4RZH4.js";
import "./chunks/chunk-CUVSUTYU.js";

// src/cli/main.ts
import module, { createRequire } from "node:module";
module.enableCompileCache?.();
onLargeScan(() => {
  const v8 = createRequire(import.meta.url)("node:v8");
  v8.setFlagsFromString("--semi-space-growth-factor=1");
});
var { main } = await import("./chunks/cli-JY55AWTD.js");
process.exitCode = await main(process.argv.slice(2));
