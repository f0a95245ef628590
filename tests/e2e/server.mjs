// A deliberately dumb static file server for end-to-end tests: it serves
// dist/ under a sub-path, with plain MIME types and NO single-page-app
// fallback (unknown paths are 404), like the simplest static host an
// organisation might use. It never touches another origin.
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

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

// What a real host compresses (deploy/nginx.conf's gzip_types; Netlify and
// Cloudflare Pages also serve brotli) and caches for a year (hashed names).
const COMPRESSIBLE = /\.(html|js|mjs|wasm|css|svg|json|webmanifest|toml|ftl|txt)$/;
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|svg)$/;
const packed = new Map();

/** Host behaviours for benchmarks (`--host` of scripts/lighthouse.mjs and
 * scripts/startup-bench.mjs): like Netlify or Cloudflare Pages (HTTPS,
 * HTTP/2, brotli), like deploy/nginx.conf (HTTPS, HTTP/2, gzip), brotli over
 * plain HTTP/1.1 (what the benchmarks measured before 2026-11-22: at most six
 * connections, so the start-up files queue), or the plain test server. */
export const HOSTS = {
  br: { compress: 'br', cache: true, tls: true },
  gzip: { compress: 'gzip', cache: true, tls: true },
  'br-http1': { compress: 'br', cache: true },
  plain: {},
};

let certificate = null;
/**
 * A self-signed certificate for 127.0.0.1, made once per process with the
 * system's `openssl`, and the Chromium flag that trusts exactly its key
 * (`--ignore-certificate-errors-spki-list`: the page is then a normal
 * secure page, service worker included).
 */
function localCertificate() {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'waymark-tls-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { stdio: ['ignore', 'ignore', 'pipe'] });
    const spkiDer = execFileSync('openssl', ['pkey', '-in', key, '-pubout', '-outform', 'der']);
    const spki = createHash('sha256').update(spkiDer).digest('base64');
    certificate = { key: readFileSync(key), cert: readFileSync(cert), flag: `--ignore-certificate-errors-spki-list=${spki}` };
    return certificate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `body` compressed as `encoding` (cached per file: brotli 11 is slow). */
function pack(file, mtime, body, encoding) {
  const key = `${encoding}:${file}:${mtime}`;
  if (!packed.has(key)) {
    packed.set(key, encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return packed.get(key);
}

/**
 * Serves `root` at `http://127.0.0.1:<port><base>`; resolves to
 * `{ url, close, requests, sent }` where `requests` lists every path asked
 * for and `sent()` counts the bytes of the files served.
 * `overrides` maps a site path (e.g. `config/org.toml`) to the text to serve
 * instead, or to `null` to answer 404 — how tests simulate an organisation's
 * broken or missing files without touching dist/ — or to a promise of either
 * (the answer waits for it: a weak signal).
 * `host` makes it behave like a configured production host instead, for
 * benchmarks: `{ compress: 'br' | 'gzip', cache: true, tls: true }`
 * compresses text and wasm when the browser accepts it, sends
 * deploy/nginx.conf's Cache-Control (a year for hashed names, `no-cache` for
 * the rest) and serves HTTPS with HTTP/2 (a browser must then be started
 * with the returned `chromiumFlags`).
 */
export async function serve(root, base = '/some/sub/path/', port = 0, overrides = {}, host = {}) {
  // Compress everything before the first request, so no response waits for
  // the compressor (a real host compresses ahead of time or caches).
  if (host.compress) {
    for (const entry of await readdir(root, { recursive: true })) {
      const file = join(root, entry);
      const info = await stat(file);
      if (info.isFile() && COMPRESSIBLE.test(file)) pack(file, info.mtimeMs, await readFile(file), host.compress);
    }
  }
  const requests = [];
  let sent = 0;
  let lastRequest = Date.now();
  const handler = async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    lastRequest = Date.now();
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
      const body = await overrides[rel];
      if (body === null) res.writeHead(404).end('not found');
      else res.writeHead(200, { 'content-type': TYPES[extname(rel)] || 'text/plain' }).end(body);
      return;
    }
    const file = join(root, rel);
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream' };
      if (host.cache) headers['cache-control'] = HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
      if (host.compress && COMPRESSIBLE.test(file)) {
        headers.vary = 'accept-encoding';
        if ((req.headers['accept-encoding'] || '').split(/\s*,\s*/).includes(host.compress)) {
          body = pack(file, info.mtimeMs, body, host.compress);
          headers['content-encoding'] = host.compress;
        }
      }
      res.writeHead(200, headers);
      sent += body.length;
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  };
  const tls = host.tls ? localCertificate() : null;
  const server = tls
    ? createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: true }, handler)
    : createServer(handler);
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}${base}`,
    /** Flags a Chromium needs to trust this server (its certificate). */
    chromiumFlags: tls ? [tls.flag] : [],
    requests,
    overrides,
    /** Body bytes of the files served so far (after compression). */
    sent: () => sent,
    /**
     * Resolves once no request has arrived for `ms` — a page's
     * `networkidle` does not see a service worker's background precache,
     * so a test that goes offline waits for this first.
     */
    quiet: async (ms = 1000) => {
      while (Date.now() - lastRequest < ms) await new Promise((ok) => setTimeout(ok, ms - (Date.now() - lastRequest) + 10));
    },
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// `node tests/e2e/server.mjs dist / 8080` serves by hand (scripts/serve.sh).
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', base = '/', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(root, base, Number(port));
  console.log(`Waymark is served at ${url}  (Ctrl+C stops)`);
}
