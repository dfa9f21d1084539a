// hash-wasm ships each algorithm as its own bundle; importing only BLAKE3's keeps the other
// algorithms' WebAssembly (about 1 MB) out of dist/.
declare module 'hash-wasm/dist/blake3.umd.min.js' {
  import type { createBLAKE3 as create } from 'hash-wasm';
  // Named when a bundler sees through the UMD wrapper; always on the default export.
  export const createBLAKE3: typeof create | undefined;
  const exports: { createBLAKE3: typeof create };
  export default exports;
}
