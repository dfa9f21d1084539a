// Writes schema/taskcache.schema.json from the config schema (the same one that validates).
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../src/core/config.js';

writeFileSync('schema/taskcache.schema.json', `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
