// `npm run pack:cli`: design-check as an npm package of its own, for people who do not use
// VS Code — installable from the tarball with no network and no dependency (everything is bundled).
//
//   node scripts/pack-cli.mjs [--out <folder>]      (default build/cli-package)
//
// Puts the package together in a temporary folder (package.json with the `design-check` bin,
// cli.js, README.md, LICENSE), packs it with `npm pack` into <out>/<name>-<version>.tgz, and
// copies that to <out>/design-check.tgz, a name that does not change between versions (the README
// uses it). Only the tarballs are left in <out>: no bundle there for ESLint or anything else to pick up.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCliBundle, ROOT } from './cli-bundle.mjs';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = path.resolve(values.out ?? path.join(ROOT, 'build', 'cli-package'));
const stage = mkdtempSync(path.join(tmpdir(), 'design-check-package-'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const root = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
await buildCliBundle(path.join(stage, 'cli.js'));

const manifest = {
  name: '@system-design-docs/design-check',
  version: root.version,
  description: 'Checks system design docs (a Markdown file per design step) for completeness, from a terminal or CI: the checker of the System Design Docs VS Code extension.',
  license: root.license,
  repository: root.repository,
  homepage: root.homepage,
  bugs: root.bugs,
  keywords: ['design doc', 'system design', 'architecture', 'markdown', 'lint', 'ci'],
  bin: { 'design-check': 'cli.js' },
  files: ['cli.js'],
  engines: { node: root.engines.node },
};
writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
copyFileSync(path.join(ROOT, 'LICENSE'), path.join(stage, 'LICENSE'));
const usage = execFileSync(process.execPath, [path.join(stage, 'cli.js'), '--help'], { encoding: 'utf8' }).trimEnd();
const readme = readFileSync(path.join(ROOT, 'packaging', 'cli', 'README.md'), 'utf8');
if (!readme.includes('<!-- usage -->')) throw new Error('packaging/cli/README.md lost its <!-- usage --> marker');
writeFileSync(path.join(stage, 'README.md'), readme.replace('<!-- usage -->', `\`\`\`text\n${usage}\n\`\`\``));

// npm names the tarball itself; --json says which name it chose.
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
const tarball = path.join(out, packed[0].filename);
copyFileSync(tarball, path.join(out, 'design-check.tgz'));
rmSync(stage, { recursive: true, force: true });
console.log(`${path.relative(process.cwd(), tarball)} (also ${path.relative(process.cwd(), path.join(out, 'design-check.tgz'))}): ${packed[0].files.map((file) => file.path).join(', ')}`);
