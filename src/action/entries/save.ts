// The save entry of the action: calls one function and does nothing else.
import { saveAction } from '../modes/save.js';

await saveAction();
