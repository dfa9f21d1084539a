import type { Digest } from '../core/digest.js';
import type { DirListing } from './walk.js';
/** A file as a scan settled it. */
export interface MemoFile {
    /** Absent for a symlink (its target is read where the manifest needs it). */
    readonly digest?: Digest;
    readonly executable: boolean;
    readonly symlink: boolean;
    /** The file's git blob id, when its stat matched its index entry. */
    readonly blob?: string;
}
/** A file a scan found, with its path; `memoised` when the scan took it from the memo. */
export interface ScannedFile extends MemoFile {
    readonly path: string;
    readonly memoised: boolean;
}
export declare class ScanMemo {
    private files;
    /** Directory listings by absolute path; null for one that was gone. */
    private listings;
    /**
     * Scans kept but not yet put in `files`: an invocation of one task never asks for them, and
     * 50,000 entries in a map cost it more than its scan's other work on them.
     */
    private scans;
    private generation;
    private writers;
    /** Something of the invocation is about to write to the workspace. */
    beginWrite(): void;
    /** What began writing is done; what it wrote is seen by the next scan. */
    endWrite(): void;
    /** The workspace changed (a restore placed files): nothing kept holds. */
    forget(): void;
    /** Taken when a scan starts: what keep() compares with. */
    get stamp(): number;
    /** What an earlier scan of this invocation found at `path`, while nothing writes. */
    get(path: string): MemoFile | undefined;
    /** What a scan of this invocation listed in `absolute`, while nothing writes. */
    listing(absolute: string): DirListing | null | undefined;
    /** Keeps a listing taken since `stamp`, if nothing began writing meanwhile. */
    keepListing(stamp: number, absolute: string, listing: DirListing | undefined): void;
    /** Keeps a scan's findings, if nothing began writing since the scan's stamp. */
    keep(stamp: number, files: Iterable<readonly [string, MemoFile]>): void;
    /**
     * Keeps a scan's files, if nothing began writing since the scan's stamp. The array is held as
     * it is (its order may change, its files must not) and looked into only when a later scan
     * asks; files the scan took from the memo are there already.
     */
    keepScan(stamp: number, files: readonly ScannedFile[]): void;
    private settleScans;
}
