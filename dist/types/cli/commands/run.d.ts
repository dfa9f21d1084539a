export default function run(args: string[]): Promise<number>;
