// The run entry of the action: calls one function and does nothing else.
import { runAction } from '../modes/run.js';

await runAction();
