// What the stores share for listing entries: the task and creation time read from a stored
// record (unverified: a listing shows, it never restores), and a small pool for the requests
// a listing makes per entry.

/** The task and creation time a record text names, when it parses as one. */
export function recordFacts(text: string): { task?: string; createdAt?: string } {
  try {
    const record = (JSON.parse(text) as { record?: { task?: unknown; createdAt?: unknown } })
      ?.record;
    return {
      ...(typeof record?.task === 'string' ? { task: record.task } : {}),
      ...(typeof record?.createdAt === 'string' ? { createdAt: record.createdAt } : {}),
    };
  } catch {
    return {};
  }
}

/** `work` on every item, at most `limit` at a time, results in the items' order. */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      out[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export const isoTime = (ms: number): string => new Date(ms).toISOString();
