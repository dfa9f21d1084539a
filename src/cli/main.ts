#!/usr/bin/env node
// The \`taskcache\` executable: hands the arguments to the dispatcher and exits with its code.
import module from 'node:module';

// Node >= 22.1 can keep compiled code between runs; the CLI starts often and briefly.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import('./cli.js');
process.exitCode = await main(process.argv.slice(2));
