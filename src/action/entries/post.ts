// The post entry of the action: calls one function and does nothing else.
import { postAction } from '../modes/post.js';

await postAction();
