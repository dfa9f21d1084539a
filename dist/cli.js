#!/usr/bin/env node
import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/cli/main.ts
import module from "node:module";
import { setFlagsFromString } from "node:v8";
module.enableCompileCache?.();
setFlagsFromString("--semi-space-growth-factor=1");
var { main } = await import("./chunks/cli-JRJLX35Y.js");
process.exitCode = await main(process.argv.slice(2));
