export default function stats(args: string[]): Promise<number>;
