// Reads the file list of a .vsix (a zip) and checks it holds what the extension needs and nothing
// it does not: no sources, tests, node_modules or source maps. Used by `npm run package` and the UI suite.
import fs from 'node:fs';

export interface VsixEntry {
  name: string;
  size: number;
  compressedSize: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;

/** The entries of a zip's central directory (enough for listing; no decompression). */
export function listZip(file: string): VsixEntry[] {
  const data = fs.readFileSync(file);
  let end = -1;
  // The end record sits in the last 22 bytes plus an optional comment of at most 64 KB.
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (data.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error(`${file} is not a zip archive (no end of central directory)`);
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const entries: VsixEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(at) !== CENTRAL_DIRECTORY_HEADER) throw new Error(`${file}: damaged central directory at entry ${i}`);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    entries.push({
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const REQUIRED = [
  'extension/package.json',
  'extension/package.nls.json',
  'extension/l10n/bundle.l10n.json',
  // vsce stores these two under lower-case names.
  'extension/readme.md',
  'extension/changelog.md',
  'extension/media/walkthrough/new-design.md',
  'extension/media/icon.png',
  'extension/dist/extension.js',
  'extension/dist/web/extension.js',
  'extension/dist/webview/form.js',
  'extension/dist/webview/preview.js',
  'extension/dist/webview/report.js',
  'extension/dist/webview/import.js',
];

const FORBIDDEN: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /(^|\/)node_modules\//, why: 'node_modules (the bundles already hold every dependency)' },
  { pattern: /^extension\/(src|test|bench|scripts|webview|examples|\.scratch|\.test-runs)\//, why: 'sources, tests or tooling' },
  { pattern: /\.map$/, why: 'a source map' },
  { pattern: /(?<!\.d)\.tsx?$/, why: 'TypeScript source' },
  { pattern: /(^|\/)\.(git|github|vscode|ci)(\/|$)/, why: 'repository metadata' },
  { pattern: /\.vsix$/, why: 'another package' },
];

/** Budget for the packed size; mermaid dominates it. */
export const MAX_VSIX_BYTES = 2.5 * 1024 * 1024;

/** Problems with a .vsix's contents, one sentence each; empty when it is clean. */
export function vsixProblems(entries: readonly VsixEntry[], packedBytes: number): string[] {
  const names = new Set(entries.map((entry) => entry.name));
  const problems: string[] = [];
  for (const required of REQUIRED) if (!names.has(required)) problems.push(`missing ${required}`);
  if (![...names].some((name) => /^extension\/LICENSE(\.txt|\.md)?$/i.test(name))) problems.push('missing the LICENSE file');
  for (const entry of entries) {
    const rule = FORBIDDEN.find(({ pattern }) => pattern.test(entry.name));
    if (rule) problems.push(`${entry.name} should not be packaged: ${rule.why}`);
  }
  if (packedBytes > MAX_VSIX_BYTES) problems.push(`the package is ${packedBytes} bytes, over the ${MAX_VSIX_BYTES}-byte budget`);
  return problems;
}

/** Lists and checks a .vsix file; throws with every problem when it is not clean. */
export function checkVsix(file: string): { entries: VsixEntry[]; packedBytes: number } {
  const entries = listZip(file);
  const packedBytes = fs.statSync(file).size;
  const problems = vsixProblems(entries, packedBytes);
  if (problems.length > 0) {
    throw new Error(`${file} is not clean:\n  ${problems.join('\n  ')}\nAdjust .vscodeignore (or REQUIRED in scripts/vsix-contents.ts), then run: npm run package`);
  }
  return { entries, packedBytes };
}
