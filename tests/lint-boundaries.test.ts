/**
 * `npm run lint` keeps the house's boundaries (eslint.config.js, scripts/ci/lint/import-boundaries.js):
 * fixture files, linted as if they sat at the given paths, cross or keep each boundary.
 * ESLint runs in a child process (its config loader uses import(), which Jest's module system lacks).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

type Fixture = { filePath: string; code: string };
type Finding = { ruleId: string | null; message: string };

const LINT_FIXTURES = `
const { ESLint } = require('eslint');
(async () => {
  const fixtures = JSON.parse(process.argv[1]);
  const eslint = new ESLint({ cwd: process.cwd() });
  const results = [];
  for (const { filePath, code } of fixtures) {
    const [result] = await eslint.lintText(code, { filePath });
    results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
  }
  process.stdout.write(JSON.stringify(results));
})().catch((error) => { console.error(error); process.exit(1); });
`;

const lint = (fixtures: Fixture[]): Finding[][] =>
  JSON.parse(execFileSync(process.execPath, ['-e', LINT_FIXTURES, JSON.stringify(fixtures.map((fixture) => ({ ...fixture, filePath: path.join(ROOT, fixture.filePath) })))], { cwd: ROOT, encoding: 'utf8' }));

const boundaryFindings = (findings: Finding[]) => findings.filter((finding) => finding.ruleId === 'local/import-boundaries').map((finding) => finding.message);

describe('lint: import boundaries', () => {
  const cases: Array<Fixture & { name: string; crosses: RegExp | null }> = [
    {
      name: 'a plugin importing an app service',
      filePath: 'src/plugins/whatsapp-bot/server/src/services/fixture.ts',
      code: "import { getAppService } from '../../../../../lib/services';\nexport const service = getAppService;\n",
      crosses: /A plugin imports only its own files .*\(src\/lib\/services\)/,
    },
    {
      name: 'a plugin requiring the app config',
      filePath: 'src/plugins/billing/server/src/fixture.js',
      code: "module.exports = require('../../../../../config/plans');\n",
      crosses: /A plugin imports only its own files .*\(config\/plans\)/,
    },
    {
      name: 'a plugin re-exporting another plugin’s file',
      filePath: 'src/plugins/billing/server/src/fixture.ts',
      code: "export * from '../../../community-search/server/src/services/search';\n",
      crosses: /\(src\/plugins\/community-search\/server\/src\/services\/search\)/,
    },
    {
      name: 'a plugin importing its own files and the kit',
      filePath: 'src/plugins/whatsapp-bot/server/src/services/fixture.ts',
      code: "import { isServiceUnavailableError } from '@community-connect/kit';\nimport { getService } from '../utils';\nexport const both = [isServiceUnavailableError, getService];\n",
      crosses: null,
    },
    {
      name: 'a new src/lib file importing src/api (even its types)',
      filePath: 'src/lib/fixture.ts',
      code: "import type { Tenant } from '../api/community/services/tenancy';\nexport type Current = Tenant;\n",
      crosses: /src\/lib is the ground floor: it does not import src\/api \(src\/api\/community\/services\/tenancy\)/,
    },
    {
      name: 'src/lib importing src/lib, and a listed exception importing src/api',
      filePath: 'src/lib/services.ts',
      code: "import type { Tenant } from '../api/community/services/tenancy';\nimport { redact } from './ops/redact';\nexport type Both = [Tenant, typeof redact];\n",
      crosses: null,
    },
    {
      name: 'the kit importing the app',
      filePath: 'packages/kit/src/fixture.ts',
      code: "export const load = () => import('../../../src/lib/services');\n",
      crosses: /A workspace package imports only its own files .*\(src\/lib\/services\)/,
    },
  ];

  it('reports each crossing and nothing else', () => {
    const results = lint(cases);
    cases.forEach((fixture, index) => {
      const found = boundaryFindings(results[index]);
      if (fixture.crosses) expect({ name: fixture.name, found }).toEqual({ name: fixture.name, found: [expect.stringMatching(fixture.crosses)] });
      else expect({ name: fixture.name, found }).toEqual({ name: fixture.name, found: [] });
    });
  });
});

describe('lint: value-import cycles (scripts/ci/lint/import-cycles.js)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { findValueImportCycles, listSourceFiles } = require('../scripts/ci/lint/import-cycles') as {
    findValueImportCycles(files: string[]): string[][];
    listSourceFiles(dirs: string[]): string[];
  };
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-import-cycles-'));
    const files: Record<string, string> = {
      // A value cycle through an index file: a → b → (index) → a.
      'a.ts': "import { b } from './b';\nexport const a = () => b();\n",
      'b.ts': "import { fromIndex } from './lib';\nexport const b = () => fromIndex;\n",
      'lib/index.ts': "export { a as fromIndex } from '../a';\n",
      // Types only, both ways (either spelling): not a cycle at run time.
      'c.ts': "import type { D } from './d';\nexport type C = { d?: D };\nexport const c = 1;\n",
      'd.ts': "import type { C } from './c';\nexport type D = { c?: C };\n",
      'e.ts': "import { type F } from './f';\nexport type E = { f?: F };\n",
      'f.ts': "import { type E } from './e';\nexport type F = { e?: E };\n",
    };
    for (const [name, code] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), code);
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds a cycle of value imports and leaves type-only ones alone', () => {
    const cycles = findValueImportCycles(listSourceFiles([dir])).map((cycle) => cycle.map((file) => path.relative(dir, file)).sort());
    expect(cycles).toEqual([['a.ts', 'b.ts', path.join('lib', 'index.ts')]]);
  });
});
