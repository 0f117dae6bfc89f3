import fs from 'node:fs';
import path from 'node:path';

/**
 * The plugins cannot import app code, so this plugin keeps a copy of the app's message helper
 * (src/lib/human-messages.ts). The copies must not drift: change the app's file, then copy it here.
 * The planned shared kit package replaces the copies.
 */
describe('human-messages copy', () => {
  it('is identical to the app’s src/lib/human-messages.ts', () => {
    const original = fs.readFileSync(path.resolve(__dirname, '../../../../../../lib/human-messages.ts'), 'utf8');
    const copy = fs.readFileSync(path.resolve(__dirname, '../human-messages.ts'), 'utf8');
    expect(copy).toBe(original);
  });
});
