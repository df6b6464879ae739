// A tiny static server for dist/ on loopback, used by `make run` and by the e2e suite.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUN_AS_COMMAND = process.argv[1] === fileURLToPath(import.meta.url);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` on 127.0.0.1; `headers(path)` may add response headers (e.g. a CSP), and
 *  `redirect(path)` may answer with a redirect to another path (as some hosts do).
 *  `served({ path, status, body })` sees every answer (bench/size.mjs counts them), and the answer
 *  to a path waits for the promise `wait(path)` may return (a slow file).
 *  Like common static hosts (nginx, GitHub Pages, Netlify) it sends an ETag and answers a
 *  matching If-None-Match with 304 and no body. */
export function startServer(root, port = 0, { headers = () => ({}), redirect = () => null, served = () => {}, wait = () => null } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    await wait(path);
    const location = redirect(path);
    const answer = (status, head, body = Buffer.alloc(0)) => {
      served({ path, status, body });
      res.writeHead(status, head).end(body);
    };
    if (location) {
      answer(301, { location });
      return;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      answer(403, {});
      return;
    }
    let body;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      body = await readFile(file);
    } catch {
      answer(404, { 'content-type': 'text/plain' }, Buffer.from('not found'));
      return;
    }
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const head = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      etag,
      ...headers(path),
    };
    if (req.headers['if-none-match'] === etag) answer(304, head);
    else answer(200, head, body);
  });
  // In tests and the bench the server does not keep the process alive: a test that fails before
  // closing its server must not hold its file open until the time-out.
  if (!RUN_AS_COMMAND) server.unref();
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      // close() alone waits for every open socket, and a socket the browser opened ahead of
      // need (a preconnect) sends no request: Node keeps it until its header timeout, 60-90 s.
      const close = () => new Promise((closed) => {
        server.close(closed);
        server.closeAllConnections();
      });
      done({ url, close });
    });
  });
}

if (RUN_AS_COMMAND) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await startServer(root, Number(port));
  console.log(`client-triage is served at ${url}  (Ctrl+C stops it)`);
}
