import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);
import {
  postAction
} from "../chunks/chunk-BXHTF2MB.js";
import "../chunks/chunk-BKJJYLXE.js";
import "../chunks/chunk-CZ5EI2MQ.js";
import "../chunks/chunk-GKFFIMUJ.js";
import "../chunks/chunk-K4KDSWAJ.js";
import "../chunks/chunk-JNAWOXRF.js";
import "../chunks/chunk-BW37LAMV.js";
import "../chunks/chunk-KNIOVBDD.js";
import "../chunks/chunk-TRFYQJTT.js";
import "../chunks/chunk-H3XAUK45.js";
import "../chunks/chunk-JMZN5SFC.js";
import "../chunks/chunk-UV2KENB3.js";
import "../chunks/chunk-JKM5XJ5H.js";
import "../chunks/chunk-MWMB4KLZ.js";
import "../chunks/chunk-N7M7VTR6.js";
import "../chunks/chunk-4KFWC7EJ.js";
import "../chunks/chunk-JQJ6SPEN.js";
import "../chunks/chunk-KT46YR3W.js";
import "../chunks/chunk-EIOEWBKA.js";
import "../chunks/chunk-CUVSUTYU.js";

// src/action/entries/post.ts
await postAction();
