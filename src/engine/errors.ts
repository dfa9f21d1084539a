// Errors that are expected and end a command cleanly, in a module of their own so the CLI's
// entry can recognise them without loading the config parser.

/** A usage or config problem: the CLI exits 2, the action fails the step. */
export class UsageError extends Error {
  override readonly name: string = 'UsageError';
}
