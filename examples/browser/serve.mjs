#!/usr/bin/env node
/**
 * Serves the live example page on 127.0.0.1 (an ephemeral port unless PORT is set):
 *
 *   npm run example:browser            # builds first if dist/ is missing or older than the sources
 *
 * The page (examples/browser/index.html) loads a real SDK from node_modules and the built package
 * from dist/ through an import map. Two files are bundled into .tmp/browser/ first: eventemitter3
 * (CommonJS behind an ESM shim, so a browser cannot import it as it is) and the Alibaba ES build
 * (it imports bare module names).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const out = join(root, '.tmp', 'browser');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/**
 * Builds the package when dist/ is missing or older than src/ and adapters/, and bundles the two
 * files the page cannot import as they are. Returns what it did, for the log.
 */
export async function prepare({ log = () => {} } = {}) {
  const built = mtime(join(root, 'dist', 'index.js'));
  if (built === 0 || built < Math.max(newest(join(root, 'src')), newest(join(root, 'adapters')))) {
    log('building the package (npm run build)...');
    execFileSync(process.execPath, [join(root, 'node_modules', 'rollup', 'dist', 'bin', 'rollup'), '-c', '--silent'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const { build } = await import('esbuild');
  const bundles = [
    ['eventemitter3.js', join(root, 'node_modules', 'eventemitter3', 'index.mjs')],
    ['aliyun-rtc-sdk.js', join(root, 'node_modules', 'aliyun-rtc-sdk', 'dist', 'aliyun-rtc-sdk.es.js')],
  ];
  for (const [name, entry] of bundles) {
    const file = join(out, name);
    if (mtime(file) > mtime(entry)) continue;
    await build({ entryPoints: [entry], bundle: true, format: 'esm', outfile: file, logLevel: 'error' });
  }
}

/** What the page may load; everything else in the repository is not served. */
const SERVED = [
  '/examples/browser/',
  '/dist/',
  '/.tmp/browser/',
  '/node_modules/agora-rtc-sdk-ng/',
  '/node_modules/agora-rtc-sdk/',
  '/node_modules/trtc-sdk-v5/',
  '/node_modules/trtc-js-sdk/',
  '/node_modules/neverthrow/dist/',
];

/** Serves the page and what it loads on 127.0.0.1; resolves to `{ origin, url, close() }`. */
export function serve({ port = 0 } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/examples/browser/' }).end();
      return;
    }
    if (!SERVED.some((prefix) => url.pathname.startsWith(prefix))) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let path;
    try {
      path = normalize(join(root, decodeURIComponent(url.pathname)));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
      resolveServer({
        origin,
        url: `${origin}/examples/browser/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await prepare({ log: (m) => console.log(m) });
  const { url } = await serve({ port: Number(process.env.PORT ?? 0) });
  console.log(`rtc-errors live example: ${url}`);
  console.log('  pick an SDK, press a scenario button; Ctrl+C to stop.');
  console.log(
    '  for device scenarios start Chromium with --use-fake-device-for-media-stream (and --deny-permission-prompts)',
  );
}
