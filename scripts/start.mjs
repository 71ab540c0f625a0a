// `npm start`: everything a fresh clone needs, then VS Code in the browser on a copy of examples/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nnpm start: ${what} failed (exit ${result.status ?? result.signal}). Fix the error above, then run npm start again.`);
    process.exit(1);
  }
}

if (!existsSync(path.join(root, 'node_modules/.package-lock.json'))) run('npm', ['ci', '--no-audit', '--no-fund'], 'installing dependencies (npm ci)');
run('bash', ['scripts/setup-test-vscode.sh'], 'installing the local VS Code (scripts/setup-test-vscode.sh)');
// serve-sample packages the extension (vsce runs the production build), then keeps running until
// Ctrl+C; its own handlers stop code-server.
const serve = spawnSync('npx', ['tsx', 'scripts/serve-sample.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(serve.status ?? 0);
