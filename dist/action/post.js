import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  postAction
} from "../chunks/chunk-ORB5IDDN.js";
import "../chunks/chunk-JHKKDXTR.js";
import "../chunks/chunk-N37XZ4ZK.js";
import "../chunks/chunk-BWFYIOQN.js";
import "../chunks/chunk-FSPJSLTX.js";
import "../chunks/chunk-EO3XQGSO.js";
import "../chunks/chunk-J4CSZDVY.js";
import "../chunks/chunk-UDF6BDGM.js";
import "../chunks/chunk-DWE2MTY6.js";
import "../chunks/chunk-R3RWRY7A.js";
import "../chunks/chunk-AZEJ7MGI.js";
import "../chunks/chunk-N7M7VTR6.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/post.ts
await postAction();
