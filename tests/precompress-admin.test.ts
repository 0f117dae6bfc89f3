/**
 * scripts/dev/precompress-admin.js: the gzipped copies of the built admin panel's assets that koa-send
 * serves as they are (no Strapi boot here; the build is a fixture in a temporary directory).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { precompress } = require('../scripts/dev/precompress-admin');

let buildDir: string;

beforeEach(() => {
  buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-precompress-'));
});

afterEach(() => {
  fs.rmSync(buildDir, { recursive: true, force: true });
});

describe('precompress-admin', () => {
  it('writes a gzipped copy of each script, stylesheet and SVG worth compressing, and nothing else', () => {
    const script = `const member = ${JSON.stringify('x'.repeat(4000))};\n`.repeat(5);
    fs.writeFileSync(path.join(buildDir, 'index.html'), '<!DOCTYPE html><html></html>'.padEnd(2000, ' '));
    fs.writeFileSync(path.join(buildDir, 'strapi-abc123.js'), script);
    fs.writeFileSync(path.join(buildDir, 'style-abc123.css'), 'body { margin: 0 }\n'.repeat(100));
    fs.writeFileSync(path.join(buildDir, 'tiny-abc123.js'), 'export {};');
    fs.writeFileSync(path.join(buildDir, 'logo.png'), Buffer.alloc(4096));

    expect(precompress(buildDir)).toMatchObject({ files: 2 });

    expect(zlib.gunzipSync(fs.readFileSync(path.join(buildDir, 'strapi-abc123.js.gz'))).toString()).toBe(script);
    expect(fs.existsSync(path.join(buildDir, 'style-abc123.css.gz'))).toBe(true);
    // The page itself is sent by Strapi's own handler, small files and images as they are.
    for (const name of ['index.html.gz', 'tiny-abc123.js.gz', 'logo.png.gz']) expect(fs.existsSync(path.join(buildDir, name))).toBe(false);
    expect(fs.readdirSync(buildDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a folder without a built admin panel, naming the command', () => {
    expect(() => precompress(buildDir)).toThrow(/run `strapi build` first/);
  });
});
