// `npm run package`: `vsce package` (whose vscode:prepublish script makes the production build) into a
// .vsix whose contents are then checked. Usage: tsx scripts/package.ts [--out file.vsix]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkVsix, type VsixEntry } from './vsix-contents';

const ROOT = path.resolve(__dirname, '..');
const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

export interface PackagedVsix {
  file: string;
  entries: VsixEntry[];
  packedBytes: number;
}

/** Packs the extension with the project's pinned vsce (works offline) and checks what went in. */
export function packageExtension(outFile: string): PackagedVsix {
  if (!fs.existsSync(VSCE)) throw new Error('@vscode/vsce is not installed: run `npm ci` first.');
  const file = path.resolve(outFile);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // vsce runs `npm run vscode:prepublish` (the production build) first. The bundles carry every
  // runtime dependency, so node_modules is never packed.
  try {
    execFileSync(process.execPath, [VSCE, 'package', '--no-dependencies', '--out', file], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const detail = error as { stdout?: string; stderr?: string; message?: string };
    throw new Error(`vsce package failed (the build runs inside it):\n${[detail.stdout, detail.stderr].filter(Boolean).join('\n') || detail.message}\nFix the error above, then run: npm run package`);
  }
  return { file, ...checkVsix(file) };
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  let packaged: PackagedVsix;
  try {
    packaged = packageExtension(values.out ?? path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`));
  } catch (error) {
    console.error(`npm run package failed:\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  console.log(`${path.relative(process.cwd(), packaged.file)}: ${packaged.entries.length} files, ${(packaged.packedBytes / 1024).toFixed(0)} KB packed`);
  for (const entry of packaged.entries) console.log(`  ${entry.name.replace(/^extension\//, '')}  ${(entry.size / 1024).toFixed(1)} KB`);
  console.log('Contents checked: no sources, tests, node_modules or source maps.');
}

if (require.main === module) main();
