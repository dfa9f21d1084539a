// The post entry of the action: calls one function and does nothing else.
import { postAction } from '../action.js';

await postAction();
