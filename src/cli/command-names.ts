// The CLI's subcommands, for the dispatcher (./cli.ts).

export const COMMAND_NAMES = [
  'run',
  'dry-run',
  'explain',
  'stats',
  'prune',
  'report',
  'ls',
  'show',
  'clear',
  'doctor',
  'init',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];
