// Runs the UI suites in one real VS Code (code-server + Chromium) with the packaged .vsix installed.
// Usage: tsx test/ui/run-ui.ts [--summary out.json]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageExtension } from '../../scripts/package';
import { REPO_ROOT, SetupError, assertHostInstalled } from '../e2e/harness';
import { addFailure, emptyResult, mergeResults, printResult, type SuiteResult } from '../e2e/results';
import { runUiChecks, withUiSession } from '../e2e/ui-session';
import { diagnosticsChecks } from './diagnostics.ui';
import { formChecks } from './form.ui';
import { importChecks } from './import.ui';
import { oneFileChecks } from './one-file.ui';
import { previewChecks, xssWorkspaceFolder } from './preview.ui';
import { treeChecks } from './tree.ui';
import { walkthroughChecks } from './walkthrough.ui';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { summary: { type: 'string' } } });
  let result: SuiteResult = emptyResult('ui');
  const started = Date.now();
  try {
    assertHostInstalled();
    // The same packaging as `npm run package`, whose contents check throws on anything unwanted.
    const { file: vsix, entries, packedBytes } = packageExtension(path.join(REPO_ROOT, '.test-runs', 'vsix', 'system-design-docs.vsix'));
    const packagedLine = `ok   .vsix is clean: ${entries.length} files, ${Math.round(packedBytes / 1024)} KB, installed below`;
    result = await withUiSession(
      {
        name: 'ui',
        vsix: [vsix],
        workspace: [path.join(REPO_ROOT, 'examples'), `${path.join(REPO_ROOT, 'test/fixtures/designs/gaps')}=gaps`, `${xssWorkspaceFolder()}=hostile`],
        verbose: true,
      },
      (session) => runUiChecks(session, [...diagnosticsChecks, ...treeChecks, ...previewChecks, ...formChecks, ...importChecks], 'ui'),
    );
    result.passed += 1;
    result.lines.unshift(packagedLine);
    // A second session from nothing: an empty folder, as a new user starts.
    const walk = await withUiSession({ name: 'ui-walkthrough', vsix: [vsix], verbose: true }, (session) => runUiChecks(session, walkthroughChecks, 'ui'));
    result = mergeResults(result, walk);
    // The same checks as the example's on the example kept in one file, alone in its workspace.
    const oneFile = await withUiSession(
      { name: 'ui-one-file', vsix: [vsix], workspace: [`${path.join(REPO_ROOT, 'test/fixtures/designs/one-file')}=one-file`], verbose: true },
      (session) => runUiChecks(session, oneFileChecks, 'ui'),
    );
    result = mergeResults(result, oneFile);
  } catch (error) {
    addFailure(result, 'ui suite', error instanceof SetupError ? error.message : error instanceof Error ? error.message : String(error));
  }
  result.durationMs = Date.now() - started;
  if (values.summary) fs.writeFileSync(values.summary, JSON.stringify(result, null, 2));
  printResult(result);
  process.exit(result.failed > 0 || result.passed === 0 ? 1 : 0);
}

void main();
