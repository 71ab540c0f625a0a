// `npm run package`: `vsce package` (whose vscode:prepublish script makes the production build) into a
// .vsix whose contents are then checked. Usage: tsx scripts/package.ts [--out file.vsix]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkVsix } from './vsix-contents';

const ROOT = path.resolve(__dirname, '..');
const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

/** Packs the extension with the project's pinned vsce (works offline) and checks what went in. */
export function packageExtension(outFile: string): string {
  if (!fs.existsSync(VSCE)) throw new Error('@vscode/vsce is not installed: run `npm ci` first.');
  const out = path.resolve(outFile);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // vsce runs `npm run vscode:prepublish` (the production build) first. The bundles carry every
  // runtime dependency, so node_modules is never packed.
  execFileSync(process.execPath, [VSCE, 'package', '--no-dependencies', '--out', out], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  checkVsix(out);
  return out;
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const out = values.out ?? path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);
  try {
    packageExtension(out);
  } catch (error) {
    const detail = error as { stderr?: string; message?: string };
    console.error(`npm run package failed:\n${detail.stderr || detail.message || String(error)}`);
    process.exit(1);
  }
  const { entries, packedBytes } = checkVsix(out);
  console.log(`${path.relative(process.cwd(), out)}: ${entries.length} files, ${(packedBytes / 1024).toFixed(0)} KB packed`);
  for (const entry of entries) console.log(`  ${entry.name.replace(/^extension\//, '')}  ${(entry.size / 1024).toFixed(1)} KB`);
  console.log('Contents checked: no sources, tests, node_modules or source maps.');
}

if (require.main === module) main();
