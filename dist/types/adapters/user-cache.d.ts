/** $XDG_CACHE_HOME/taskcache, else ~/.cache/taskcache. */
export declare function userCacheDir(env?: NodeJS.ProcessEnv): string;
/**
 * $XDG_CACHE_HOME/taskcache-code, else ~/.cache/taskcache-code. Compiled code runs as it is, so
 * it is kept out of the local store's directory, which a workflow may carry between runs with
 * actions/cache, where any job of the repository can write it (SECURITY.md).
 */
export declare function codeCacheDir(env?: NodeJS.ProcessEnv): string;
