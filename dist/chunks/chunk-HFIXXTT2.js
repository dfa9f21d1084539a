import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-TRFYQJTT.js";

// src/cli/flags.ts
import { parseArgs } from "node:util";
var FLAGS = {
  config: { type: "string", short: "c" },
  "cache-dir": { type: "string" },
  remote: { type: "string", multiple: true },
  json: { type: "boolean" },
  force: { type: "boolean" },
  "max-size": { type: "string" },
  "max-age": { type: "string" },
  help: { type: "boolean", short: "h" }
};
function parseFlags(command, args, accepted) {
  const options = Object.fromEntries(accepted.map((name) => [name, FLAGS[name]]));
  options.help = FLAGS.help;
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true
    });
    return { flags: values, positionals };
  } catch (error) {
    throw new UsageError(`${command}: ${error.message.replace(/\.$/, "")}`);
  }
}

export {
  parseFlags
};
