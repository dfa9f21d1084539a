import type { RestoredRecord } from '../core/entry.js';
import { type SeenDestinations } from './archive.js';
import type { MemoFile } from './scan-memo.js';
import type { StatCache } from './stat-cache.js';
/**
 * The record's outputs whose bytes, mode and kind the workspace already has, as a scan would
 * see them. Digests read here go into `statCache` (when given), as a scan would record them;
 * `seen` holds stats already taken (checkDestinations). A file that cannot be
 * checked is not in place: it is written as a restore would.
 */
export declare function outputsInPlace(record: RestoredRecord, workspace: string, statCache?: StatCache, seen?: SeenDestinations): Promise<Map<string, MemoFile>>;
