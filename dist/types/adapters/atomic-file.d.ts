/** Writes `data` beside `file` under a unique name, then renames it over `file`. */
export declare function writeFileAtomic(file: string, data: string | Uint8Array): void;
