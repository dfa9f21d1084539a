import type { Reporter } from '../engine/engine.js';
export declare function createCliReporter(options: {
    json: boolean;
}): Reporter & {
    warnings: string[];
};
