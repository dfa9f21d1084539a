export default function dryRun(args: string[]): Promise<number>;
