// The restore entry of the action: calls one function and does nothing else.
import { restoreAction } from '../modes/restore.js';

await restoreAction();
