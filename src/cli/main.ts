#!/usr/bin/env node
// The `taskcache` executable: hands the arguments to the dispatcher and exits with its code.
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
