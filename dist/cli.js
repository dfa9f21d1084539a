#!/usr/bin/env node
import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/cli/main.ts
import module from "node:module";
module.enableCompileCache?.();
var { main } = await import("./chunks/cli-QEJ4NWFC.js");
process.exitCode = await main(process.argv.slice(2));
