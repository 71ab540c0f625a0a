// extensionTestsPath module: VS Code's extension host requires the compiled index.js and calls
// run(). It loads every *.test.js next to it (recursively) into mocha (tdd ui: suite/test) and
// writes a SuiteResult JSON to $DESIGN_DOCS_TEST_RESULT for the launcher (run-exthost.ts or
// run-electron.ts). mocha comes from $DESIGN_DOCS_MOCHA (an absolute package folder), so it is
// not bundled and the extension itself does not depend on it. Compiled as CommonJS.
import fs from 'node:fs';
import path from 'node:path';

// The slice of mocha's API used here (mocha 11 ships no types; @types/mocha is optional).
interface MochaTest {
  fullTitle(): string;
  duration?: number;
}
interface MochaRunner {
  on(event: 'pass' | 'pending', fn: (t: MochaTest) => void): MochaRunner;
  on(event: 'fail', fn: (t: MochaTest, err: unknown) => void): MochaRunner;
}
interface MochaInstance {
  addFile(file: string): void;
  run(done: (failures: number) => void): MochaRunner;
}
type MochaCtor = new (opts: { ui: string; color: boolean; timeout: number; grep?: string }) => MochaInstance;

const ENV_RESULT = 'DESIGN_DOCS_TEST_RESULT';
const ENV_MOCHA = 'DESIGN_DOCS_MOCHA';
const ENV_GREP = 'DESIGN_DOCS_TEST_GREP';
/** Prefix of the per-test console lines, which the code-server launcher streams live. */
const LOG_PREFIX = '[design-docs-test]';

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

function describeError(err: unknown): { message: string; stack?: string } {
  if (err instanceof Error) return { message: err.message.split('\n')[0] ?? err.message, stack: err.stack };
  return { message: String(err) };
}

export function run(): Promise<void> {
  const Mocha = loadMocha();
  const grep = process.env[ENV_GREP];
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20_000, ...(grep ? { grep } : {}) });
  const files = findTests(__dirname);
  for (const f of files) mocha.addFile(f);
  const resultFile = process.env[ENV_RESULT];
  const t0 = Date.now();
  const result = {
    suite: 'exthost', passed: 0, failed: 0, pending: 0,
    lines: [] as string[], failures: [] as Array<{ title: string; message: string; stack?: string }>, durationMs: 0,
  };
  const line = (text: string): void => {
    result.lines.push(text);
    console.log(`${LOG_PREFIX} ${text}`);
  };
  return new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      result.durationMs = Date.now() - t0;
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
      if (failures > 0 || files.length === 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => {
      result.passed += 1;
      line(`ok   ${t.fullTitle()}${t.duration !== undefined ? ` (${t.duration} ms)` : ''}`);
    });
    runner.on('fail', (t, err) => {
      result.failed += 1;
      const { message, stack } = describeError(err);
      result.failures.push({ title: t.fullTitle(), message, stack });
      line(`FAIL ${t.fullTitle()}: ${message}`);
    });
    runner.on('pending', (t) => {
      result.pending += 1;
      line(`skip ${t.fullTitle()}`);
    });
  });
}
