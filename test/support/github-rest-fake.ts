// A fake of the GitHub REST API's Actions cache endpoints, as GitHub documents them
// (docs.github.com/rest/actions/cache, API version 2022-11-28):
//   GET    /repos/{owner}/{repo}/actions/caches?key=&ref=&per_page=&page=&sort=&direction=
//          200 {"total_count": N, "actions_caches": [{id, ref, key, version, last_accessed_at,
//          created_at, size_in_bytes}]}, a Link header with rel="next"/"last" when paged
//   DELETE /repos/{owner}/{repo}/actions/caches?key=K[&ref=R]
//          200 {"total_count", "actions_caches"} of the deleted caches; 404 when none matched
//   DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}   204; 404 when unknown
// Authentication: "Authorization: Bearer <token>" (or "token <token>"); 401 "Bad credentials"
// otherwise. per_page defaults to 30 and is capped at 100, as GitHub's is.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCache {
  id: number;
  ref: string;
  key: string;
  version: string;
  last_accessed_at: string;
  created_at: string;
  size_in_bytes: number;
}

export interface GithubRestFake {
  /** The API's base URL, for GITHUB_API_URL. */
  readonly url: string;
  readonly caches: FakeCache[];
  /** Requests seen, as "METHOD path?query". */
  readonly requests: string[];
  add(cache: Partial<FakeCache> & { key: string }): FakeCache;
  close(): Promise<void>;
}

export async function startGithubRestFake(options: {
  repo: string;
  token: string;
}): Promise<GithubRestFake> {
  const caches: FakeCache[] = [];
  const requests: string[] = [];
  let nextId = 1;
  const base = `/repos/${options.repo}/actions/caches`;

  const send = (res: ServerResponse, status: number, body?: unknown, headers = {}) => {
    res.writeHead(status, {
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      ...headers,
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const notFound = (res: ServerResponse) =>
    send(res, 404, {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/actions/cache',
      status: '404',
    });

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const auth = req.headers.authorization ?? '';
    if (auth !== `Bearer ${options.token}` && auth !== `token ${options.token}`) {
      send(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
      return;
    }
    if (url.pathname === base && req.method === 'GET') {
      const key = url.searchParams.get('key');
      const ref = url.searchParams.get('ref');
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30);
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
      const matched = caches
        .filter((c) => (key === null || c.key.startsWith(key)) && (ref === null || c.ref === ref))
        .sort((a, b) => (a.last_accessed_at < b.last_accessed_at ? 1 : -1));
      const pages = Math.max(1, Math.ceil(matched.length / perPage));
      const link = (n: number, rel: string) => {
        const next = new URL(`http://${req.headers.host}${url.pathname}${url.search}`);
        next.searchParams.set('page', String(n));
        return `<${next}>; rel="${rel}"`;
      };
      const links = [
        ...(page < pages ? [link(page + 1, 'next'), link(pages, 'last')] : []),
        ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
      ];
      send(
        res,
        200,
        {
          total_count: matched.length,
          actions_caches: matched.slice((page - 1) * perPage, page * perPage),
        },
        links.length > 0 ? { link: links.join(', ') } : {},
      );
      return;
    }
    if (url.pathname === base && req.method === 'DELETE') {
      const key = url.searchParams.get('key');
      const ref = url.searchParams.get('ref');
      if (key === null) {
        send(res, 422, { message: 'key is required', status: '422' });
        return;
      }
      const doomed = caches.filter((c) => c.key === key && (ref === null || c.ref === ref));
      if (doomed.length === 0) return notFound(res);
      for (const cache of doomed) caches.splice(caches.indexOf(cache), 1);
      send(res, 200, { total_count: doomed.length, actions_caches: doomed });
      return;
    }
    const byId = new RegExp(`^${base}/(\\d+)$`).exec(url.pathname);
    if (byId && req.method === 'DELETE') {
      const index = caches.findIndex((c) => c.id === Number(byId[1]));
      if (index === -1) return notFound(res);
      caches.splice(index, 1);
      send(res, 204);
      return;
    }
    notFound(res);
  };

  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => handle(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    caches,
    requests,
    add(cache) {
      const now = new Date().toISOString();
      const full: FakeCache = {
        id: nextId++,
        ref: 'refs/heads/main',
        version: '00ea08139a31ccd188d1dcbf47452743da5029b1ec6acab0ce97822da84264bd',
        last_accessed_at: now,
        created_at: now,
        size_in_bytes: 1024,
        ...cache,
      };
      caches.push(full);
      return full;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
