/**
 * `npm run pack:cli`: the CLI as an npm package of its own. Packed into a temporary folder,
 * installed from the tarball into an empty project with npm offline (it has no dependency to
 * fetch), and run there on the example (exit 0) and on a design with gaps (exit 1).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { FIXTURES, REPO, tempDir } from '../helpers';

const work = tempDir('design-docs-pack-');
const out = path.join(work, 'out');
const project = path.join(work, 'project');
const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
/** npm with a cache of its own and no network: nothing here may come from the registry. */
const npmEnv = {
  ...process.env,
  npm_config_cache: path.join(work, 'npm-cache'),
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

function sh(command: string, args: string[], cwd: string): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: npmEnv });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run pack:cli', () => {
  before(() => {
    const packed = sh(process.execPath, [path.join(REPO, 'scripts', 'pack-cli.mjs'), '--out', out], REPO);
    assert.equal(packed.status, 0, packed.stderr);
  });

  it('packs package.json, cli.js, README.md and LICENSE: a bin, no dependency, no extension code', () => {
    assert.deepEqual(readdirSync(out).sort(), ['design-check.tgz', `system-design-docs-design-check-${version}.tgz`], 'only the tarballs are left');
    const files = execFileSync('tar', ['-tzf', path.join(out, 'design-check.tgz')], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepEqual(files, ['package/LICENSE', 'package/README.md', 'package/cli.js', 'package/package.json']);
    const unpacked = path.join(work, 'unpacked');
    execFileSync('mkdir', ['-p', unpacked]);
    execFileSync('tar', ['-xzf', path.join(out, 'design-check.tgz'), '-C', unpacked]);
    const packaged = path.join(unpacked, 'package');
    const manifest = JSON.parse(readFileSync(path.join(packaged, 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(manifest.bin, { 'design-check': 'cli.js' });
    assert.equal(manifest.version, version);
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'scripts']) assert.equal(manifest[field], undefined, field);
    const bundle = readFileSync(path.join(packaged, 'cli.js'), 'utf8');
    assert.ok(bundle.startsWith('#!/usr/bin/env node\n'));
    // esbuild's metafile is checked by the pack script itself (cli-bundle.mjs); this is the same from outside.
    assert.ok(!/require\(["']vscode["']\)|acquireVsCodeApi|customElements\.define/.test(bundle), 'no extension or webview code in cli.js');
    const readme = readFileSync(path.join(packaged, 'README.md'), 'utf8');
    assert.match(readme, /```text\nUsage: design-check \[paths…\] \[options\]/);
    assert.equal(readFileSync(path.join(packaged, 'LICENSE'), 'utf8'), readFileSync(path.join(REPO, 'LICENSE'), 'utf8'));
  });

  it('installs offline into an empty project, and `npx design-check` checks designs there', () => {
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(path.join(project, 'package.json'), '{ "name": "project", "private": true }\n');
    const install = sh('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(out, 'design-check.tgz')], project);
    assert.equal(install.status, 0, install.stderr);
    const installed = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    assert.deepEqual(Object.keys(installed.dependencies), ['@system-design-docs/design-check']);

    const example = sh('npx', ['--offline', 'design-check', path.join(REPO, 'examples')], project);
    assert.deepEqual(example, { status: 0, stdout: '2 designs checked: 2 complete.\n', stderr: '' });
    const gaps = sh('npx', ['--offline', 'design-check', path.join(FIXTURES, 'designs', 'gaps')], project);
    assert.equal(gaps.status, 1, gaps.stderr);
    assert.match(gaps.stdout, /placeholder-text "TODO" is left in "Scale summary"/);
    assert.match(gaps.stdout, /\n1 design checked: 0 complete; 7 warnings\.\n$/);
    // The bin npm linked, run directly.
    assert.deepEqual(sh(path.join(project, 'node_modules', '.bin', 'design-check'), ['--version'], project), { status: 0, stdout: `${version}\n`, stderr: '' });
  });
});
