// The save entry of the action: calls one function and does nothing else.
import { saveAction } from '../action.js';

await saveAction();
