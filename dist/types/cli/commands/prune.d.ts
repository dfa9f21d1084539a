export default function prune(args: string[]): Promise<number>;
