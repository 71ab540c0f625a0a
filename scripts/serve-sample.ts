// Serves VS Code (code-server) with the packaged extension on a copy of examples/ and prints the URL.
// The copy survives restarts, so edits made in the browser are kept; delete it to start afresh.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, freePort, installVsix, makeRunDir, startCodeServer, stopCodeServer } from '../test/e2e/harness';
import { packageExtension } from './package';

const SAMPLE = path.join(REPO_ROOT, '.test-runs', 'sample-workspace');

async function main(): Promise<void> {
  const vsix = packageExtension(path.join(REPO_ROOT, '.test-runs', 'vsix', 'system-design-docs.vsix')).file;
  const run = makeRunDir('start', { 'workbench.startupEditor': 'none' });
  installVsix(run, vsix);
  if (!fs.existsSync(SAMPLE)) fs.cpSync(path.join(REPO_ROOT, 'examples'), SAMPLE, { recursive: true });
  const wanted = Number(process.env.PORT ?? 8080);
  const port = (await isFree(wanted)) ? wanted : await freePort();
  const server = await startCodeServer({ run, port });
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(SAMPLE)}`;
  console.log('\nSystem Design Docs is running in VS Code:');
  console.log(`  ${url}`);
  console.log(`\nWorkspace: ${path.relative(process.cwd(), SAMPLE)} (a copy of examples/; delete it to start afresh)`);
  console.log(`Server log: ${path.relative(process.cwd(), run.log)}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    void stopCodeServer(server).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  server.child.once('exit', (code) => {
    console.error(`code-server stopped (exit ${code}); see ${run.log}`);
    process.exit(1);
  });
}

async function isFree(port: number): Promise<boolean> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

main().catch((error: unknown) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
