// extensionTestsPath module: VS Code's extension host requires the compiled index.js and calls
// run(). It loads every *.test.js next to it (recursively) into mocha (tdd ui: suite/test) and
// writes a SuiteResult JSON to $DESIGN_DOCS_TEST_RESULT for the launcher (run-exthost.ts or
// run-electron.ts). mocha comes from $DESIGN_DOCS_MOCHA (an absolute package folder), so it is
// not bundled and the extension itself does not depend on it. Compiled as CommonJS. The per-test
// lines and the tally come from mocha-report.ts, shared with the web host's web-mocha-index.ts.
import fs from 'node:fs';
import path from 'node:path';
import { LOG_PREFIX, type MochaRunner, reportMochaRun } from './mocha-report';

// The slice of mocha's API used here (mocha 11 ships no types; @types/mocha is optional).
interface MochaInstance {
  addFile(file: string): void;
  run(done: (failures: number) => void): MochaRunner;
}
type MochaCtor = new (opts: { ui: string; color: boolean; timeout: number; grep?: string }) => MochaInstance;

const ENV_RESULT = 'DESIGN_DOCS_TEST_RESULT';
const ENV_MOCHA = 'DESIGN_DOCS_MOCHA';
const ENV_GREP = 'DESIGN_DOCS_TEST_GREP';

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(full));
    else if (entry.name.endsWith('.test.js')) out.push(full);
  }
  return out.sort();
}

function loadMocha(): MochaCtor {
  const dir = process.env[ENV_MOCHA];
  if (!dir) throw new Error(`${ENV_MOCHA} is not set: run the tests through test/e2e/run-exthost.ts or run-electron.ts`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(dir) as MochaCtor;
}

export function run(): Promise<void> {
  const Mocha = loadMocha();
  const grep = process.env[ENV_GREP];
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20_000, ...(grep ? { grep } : {}) });
  const files = findTests(__dirname);
  for (const f of files) mocha.addFile(f);
  const resultFile = process.env[ENV_RESULT];
  return reportMochaRun('exthost', (done) => mocha.run(done), ({ result, line, failures }) => {
    if (files.length === 0) {
      result.failed += 1;
      line(`FAIL no *.test.js files found in ${__dirname}`);
    }
    if (resultFile) {
      try {
        fs.writeFileSync(resultFile, JSON.stringify(result, null, 2));
      } catch (e) {
        console.error(`${LOG_PREFIX} could not write ${resultFile}:`, e);
      }
    }
    console.log(`${LOG_PREFIX} ${result.passed} passed, ${result.failed} failed`);
    return failures > 0 || files.length === 0 ? new Error(`${failures} test(s) failed`) : undefined;
  });
}
