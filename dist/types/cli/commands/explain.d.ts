export default function explain(args: string[]): Promise<number>;
