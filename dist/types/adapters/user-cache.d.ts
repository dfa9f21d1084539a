/** $XDG_CACHE_HOME/taskcache, else ~/.cache/taskcache. */
export declare function userCacheDir(env?: NodeJS.ProcessEnv): string;
