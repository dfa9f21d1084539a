// hash-wasm ships each algorithm as its own bundle; importing only BLAKE3's keeps the other
// algorithms' WebAssembly (about 1 MB) out of dist/.
declare module 'hash-wasm/dist/blake3.umd.min.js' {
  export { createBLAKE3 } from 'hash-wasm';
}
