// docs/deploy.md followed as written for nginx: the unzipped release folder
// behind deploy/nginx.conf (map + location, at the sub-path /help/), on a
// loopback port with Debian's nginx. The app must start under the real
// security headers (CSP as a header, nosniff, wasm MIME type) and work
// offline after one visit. Skipped with a reason where nginx is not installed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, existsSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, appReady, serviceWorkerInControl } from './browser.mjs';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const skip = !NGINX && 'nginx is not installed (scripts/setup.sh --test installs it)';

let proc, browser, url, root;
before(async () => {
  if (skip) return;
  root = mkdtempSync(join(tmpdir(), 'waymark-nginx-'));
  chmodSync(root, 0o755); // nginx workers run as an unprivileged user
  // Unzip the release exactly as an organisation would.
  execFileSync('unzip', ['-q', resolve('release', readFileSync('release/SHA256SUMS', 'utf8').split(/\s+/)[1]), '-d', root]);
  const site = join(root, execFileSync('ls', [root]).toString().trim().split('\n')[0]) + '/';
  const snippet = readFileSync('deploy/nginx.conf', 'utf8').replaceAll('/var/www/waymark/', site);
  const [httpPart, serverPart] = snippet.split('# --- server { } part');
  const port = 18000 + (process.pid % 1000);
  mkdirSync(join(root, 'logs'));
  writeFileSync(join(root, 'nginx.conf'), `
daemon off; pid ${root}/nginx.pid; error_log ${root}/logs/error.log;
events {}
http {
  access_log ${root}/logs/access.log;
  client_body_temp_path ${root}/tmp; proxy_temp_path ${root}/tmp; fastcgi_temp_path ${root}/tmp;
  uwsgi_temp_path ${root}/tmp; scgi_temp_path ${root}/tmp;
  ${httpPart}
  server { listen 127.0.0.1:${port}; ${serverPart.replace(/^[^\n]*\n/, '')} }
}`);
  proc = spawn(NGINX, ['-p', root, '-c', join(root, 'nginx.conf')], { stdio: 'inherit' });
  url = `http://127.0.0.1:${port}/help/`;
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(url)).ok) break; } catch { /* starting */ }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  browser = await launch();
});
after(async () => {
  await browser?.close();
  proc?.kill();
});

test('nginx serves the release with the documented headers and types', { skip }, async () => {
  const index = await fetch(url);
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
  assert.equal(index.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(index.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(index.headers.get('cache-control'), 'no-cache');
  const html = await index.text();
  const wasm = html.match(/href="\.\/([^"]+\.wasm)"/)[1];
  const w = await fetch(url + wasm);
  assert.equal(w.headers.get('content-type'), 'application/wasm');
  assert.match(w.headers.get('cache-control'), /immutable/);
  const ftl = await fetch(url + 'locales/be/app.ftl');
  assert.match(ftl.headers.get('content-type'), /^text\/plain; charset=utf-8/);
});

test('the app starts under the real headers, with no error, and works offline after one visit', { skip }, async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'be-BY' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  await appReady(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'be');
  await serviceWorkerInControl(page);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  assert.deepEqual(errors, []);
  await context.close();
});
