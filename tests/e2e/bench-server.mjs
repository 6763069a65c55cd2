// The benchmark's static server: serves a build as a host with `brotli_static` would (the `.br`
// copy that the post-build hook writes, when the browser accepts brotli), and a few extra pages
// from memory, brotli-compressed the same way, so the app and the plain page travel alike. Every
// response is `no-cache`, as in server.mjs. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync } from 'node:zlib';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serve `root` at http://127.0.0.1:<port>/; `pages` maps paths to HTML text. */
export async function serveCompressed(root, pages = {}) {
  const extra = Object.fromEntries(
    Object.entries(pages).map(([path, html]) => [path, { raw: Buffer.from(html), br: brotliCompressSync(html) }]),
  );
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const br = /\bbr\b/.test(req.headers['accept-encoding'] || '');
    const send = (type, body, encoded) => {
      const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
      if (encoded) headers['content-encoding'] = 'br';
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (extra[path]) {
      send(TYPES['.html'], br ? extra[path].br : extra[path].raw, br);
      return;
    }
    let rel = path.slice(1);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(normalize(root) + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const compressed = br ? await readFile(`${file}.br`).catch(() => null) : null;
      send(type, compressed ?? (await readFile(file)), compressed !== null);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
