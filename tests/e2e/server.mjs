// A deliberately dumb static file server for end-to-end tests: it serves
// dist/ under a sub-path, with plain MIME types and NO single-page-app
// fallback (unknown paths are 404), like the simplest static host an
// organisation might use. It never touches another origin.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.toml': 'text/plain; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` at `http://127.0.0.1:<port><base>`; resolves to
 * `{ url, close, requests }` where `requests` lists every path asked for.
 * `overrides` maps a site path (e.g. `config/org.toml`) to the text to serve
 * instead, or to `null` to answer 404 — how tests simulate an organisation's
 * broken or missing files without touching dist/.
 */
export async function serve(root, base = '/some/sub/path/', port = 0, overrides = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = normalize(path.slice(base.length));
    if (rel.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    if (rel === '.' || rel === '' || rel.endsWith('/')) rel = join(rel, 'index.html');
    if (Object.hasOwn(overrides, rel)) {
      const body = overrides[rel];
      if (body === null) res.writeHead(404).end('not found');
      else res.writeHead(200, { 'content-type': TYPES[extname(rel)] || 'text/plain' }).end(body);
      return;
    }
    const file = join(root, rel);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}${base}`,
    requests,
    overrides,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// `node tests/e2e/server.mjs dist / 8080` serves by hand (scripts/serve.sh).
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', base = '/', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(root, base, Number(port));
  console.log(`Waymark is served at ${url}  (Ctrl+C stops)`);
}
