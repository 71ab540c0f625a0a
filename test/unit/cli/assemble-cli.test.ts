/** `design-check --assemble <design> [-o file.md|file.html] [--hide-gaps]`. */
import assert from 'node:assert/strict';
import { cpSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { GOLDEN_PATH } from '../assemble-support';
import { DesignCopy, FIXTURES, tempDir } from '../helpers';
import { assertInert, scanTags } from '../html-scan';
import { run } from './run-support';

/** A workspace with docs/url-shortener (the example) and docs/partial (two of seven steps). */
function workspace(): string {
  const root = tempDir();
  mkdirSync(path.join(root, 'docs'));
  new DesignCopy(path.join(root, 'docs', 'url-shortener'));
  cpSync(path.join(FIXTURES, 'designs', 'partial'), path.join(root, 'docs', 'partial'), { recursive: true });
  return root;
}

const GOLDEN = readFileSync(GOLDEN_PATH, 'utf8');

describe('design-check --assemble', () => {
  it('prints the assembled Markdown without -o', async () => {
    const root = workspace();
    const result = await run(root, '--assemble', 'docs/url-shortener');
    assert.deepEqual(result, { code: 0, out: GOLDEN, err: '' });
    assert.equal((await run(root, '--assemble=docs/url-shortener/')).out, GOLDEN);
  });

  it('writes Markdown with -o file.md, creating folders, and says where', async () => {
    const root = workspace();
    const result = await run(root, '--assemble', 'docs/url-shortener', '-o', 'site/design.md');
    assert.equal(result.code, 0, result.err);
    assert.equal(readFileSync(path.join(root, 'site', 'design.md'), 'utf8'), GOLDEN);
    assert.equal(result.out, 'Assembled "URL shortener" into site/design.md (every step complete).\n');
  });

  it('writes a self-contained, script-free web page with --output file.html', async () => {
    const root = workspace();
    const result = await run(root, '--assemble', 'docs/url-shortener', '--output', 'site/design.html');
    assert.equal(result.code, 0, result.err);
    const page = readFileSync(path.join(root, 'site', 'design.html'), 'utf8');
    assert.match(page, /^<!doctype html>/);
    assert.match(page, /<title>URL shortener<\/title>/);
    assert.match(page, /Content-Security-Policy/);
    assert.match(page, /<p class="diagram-note">Diagrams are shown as their Mermaid source/);
    assert.match(page, /<h2 id="validate-the-need">Validate the need<\/h2>/);
    assert.match(page, /<a href="#design-individual-components">7\. Design individual components<\/a>/);
    const tags = scanTags(page.slice(page.indexOf('<main>')));
    assert.equal(tags.filter((tag) => tag.name === 'table').length, 7);
    assertInert(page.slice(page.indexOf('<main>')), { remoteImagesAllowed: true });
  });

  it('points relative images of the design at their place from the written page', async () => {
    const root = workspace();
    const file = path.join(root, 'docs', 'url-shortener', '06-components.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Workflows', '![Deployment](img/deploy%20view.png)\n\n## Workflows'));
    const result = await run(root, '--assemble', 'docs/url-shortener', '-o', 'site/out/design.html');
    assert.equal(result.code, 0, result.err);
    const page = readFileSync(path.join(root, 'site', 'out', 'design.html'), 'utf8');
    assert.match(page, /<img src="\.\.\/\.\.\/docs\/url-shortener\/img\/deploy%20view\.png" alt="Deployment">/);
  });

  it('marks gaps by default and leaves them out with --hide-gaps', async () => {
    const root = workspace();
    const shown = await run(root, '--assemble', 'docs/partial');
    assert.equal(shown.code, 0, 'an incomplete design still assembles');
    assert.match(shown.out, /> \*\*Gap:\*\* step 3 has no file yet/);
    const hidden = await run(root, '--assemble', 'docs/partial', '--hide-gaps', '-o', 'partial.md');
    assert.equal(hidden.code, 0);
    assert.equal(hidden.out, 'Assembled "Notification fan-out" into partial.md (6 of 7 steps not complete yet).\n');
    assert.doesNotMatch(readFileSync(path.join(root, 'partial.md'), 'utf8'), /Gap:/);
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['a folder that does not exist', ['--assemble', 'docs/nope'], /docs\/nope: no such folder/],
    ['a file instead of a folder', ['--assemble', 'docs/partial/01-justification.md'], /is not a folder/],
    ['a folder with no step files, naming the designs below it', ['--assemble', 'docs'], /docs holds no step files .*designs below it: docs\/partial, docs\/url-shortener/],
    ['an output that is neither .md nor .html', ['--assemble', 'docs/partial', '-o', 'design.pdf'], /must end in \.md or \.html/],
    ['--assemble without a folder', ['--assemble'], /--assemble needs a value/],
    ['-o without --assemble', ['docs', '-o', 'x.md'], /-o only goes with --assemble/],
    ['--hide-gaps without --assemble', ['--hide-gaps'], /--hide-gaps only goes with --assemble/],
    ['other paths next to --assemble', ['--assemble', 'docs/partial', 'docs/url-shortener'], /takes one design folder/],
    ['--force without -o', ['--assemble', 'docs/partial', '--force'], /--force only goes with -o <file>/],
    ['--force without --assemble', ['docs', '--force'], /--force only goes with --assemble/],
  ];
  for (const [name, argv, message] of usageErrors) {
    it(`exits 2 on ${name}`, async () => {
      const root = workspace();
      const result = await run(root, ...argv);
      assert.equal(result.code, 2);
      assert.equal(result.out, '');
      assert.match(result.err, message);
      assert.match(result.err, /^design-check: .*Run design-check --help for usage\.\n$/);
      assert.ok(!existsSync(path.join(root, 'design.pdf')) && !existsSync(path.join(root, 'x.md')));
    });
  }

  it('is in the help, and checking works as before', async () => {
    const root = workspace();
    const help = await run(root, '--help');
    assert.match(help.out, /--assemble <folder>/);
    assert.match(help.out, /-o, --output <file>/);
    assert.match(help.out, /--force +with -o: replace an existing file/);
    const check = await run(root, 'docs/url-shortener');
    assert.equal(check.code, 0);
    assert.match(check.out, /1 design checked: 1 complete\./);
  });
});

describe('design-check --assemble -o never harms what is already there', () => {
  const STEP = 'docs/partial/01-justification.md';

  /** Runs --assemble docs/partial with `argv` and checks it exits 2 with `message`, leaving `file` as it was. */
  async function refused(root: string, argv: string[], message: RegExp, file: string): Promise<void> {
    const before = readFileSync(path.join(root, file), 'utf8');
    const result = await run(root, '--assemble', 'docs/partial', ...argv);
    assert.deepEqual([result.code, result.out], [2, ''], result.err);
    assert.match(result.err, message);
    assert.match(result.err, /^design-check: [^\n]*\n$/);
    assert.equal(readFileSync(path.join(root, file), 'utf8'), before);
  }

  it('refuses to replace a step file of the design, even with --force', async () => {
    const root = workspace();
    const message = /docs\/partial\/01-justification\.md is a step file of the design being assembled and is never replaced \(not even with --force\)/;
    await refused(root, ['-o', STEP], message, STEP);
    await refused(root, ['-o', STEP, '--force'], message, STEP);
    // Spelled another way, or the same file under another name (a hard link).
    await refused(root, ['-o', 'docs/../docs/partial/./01-justification.md', '--force'], /is a step file of the design/, STEP);
    linkSync(path.join(root, STEP), path.join(root, 'linked.md'));
    await refused(root, ['-o', 'linked.md', '--force'], /linked\.md is a step file of the design/, STEP);
  });

  it('refuses to replace an existing file without --force, and replaces it with --force', async () => {
    const root = workspace();
    writeFileSync(path.join(root, 'design.md'), 'my notes\n');
    await refused(root, ['-o', 'design.md'], /design\.md already exists; pass --force to replace it, or choose another path with -o/, 'design.md');
    const forced = await run(root, '--assemble', 'docs/partial', '-o', 'design.md', '--force');
    assert.equal(forced.code, 0, forced.err);
    assert.match(readFileSync(path.join(root, 'design.md'), 'utf8'), /^# Notification fan-out\n/);
    assert.deepEqual(readdirSync(root).sort(), ['design.md', 'docs'], 'no temporary file is left behind');
  });

  it('never writes through a symbolic link, even with --force, nor into a folder', async () => {
    const root = workspace();
    writeFileSync(path.join(root, 'target.md'), 'keep me\n');
    symlinkSync('target.md', path.join(root, 'link.md'));
    await refused(root, ['-o', 'link.md', '--force'], /link\.md is a symbolic link, and design-check does not write through links/, 'target.md');
    // A link to a file that does not exist yet: writing through it would create that file.
    symlinkSync('elsewhere.md', path.join(root, 'dangling.md'));
    const dangling = await run(root, '--assemble', 'docs/partial', '-o', 'dangling.md');
    assert.equal(dangling.code, 2);
    assert.match(dangling.err, /dangling\.md is a symbolic link/);
    assert.ok(!existsSync(path.join(root, 'elsewhere.md')));
    assert.equal(readlinkSync(path.join(root, 'dangling.md')), 'elsewhere.md');
    // A link to a step file of the design.
    symlinkSync(path.join('docs', 'partial', '01-justification.md'), path.join(root, 'step-link.md'));
    await refused(root, ['-o', 'step-link.md', '--force'], /step-link\.md is a symbolic link/, STEP);
    assert.ok(lstatSync(path.join(root, 'step-link.md')).isSymbolicLink());

    mkdirSync(path.join(root, 'out.md'));
    const folder = await run(root, '--assemble', 'docs/partial', '-o', 'out.md', '--force');
    assert.equal(folder.code, 2);
    assert.match(folder.err, /out\.md is a folder; name a file with -o/);
  });

  it('writes a new file next to the step files without --force', async () => {
    const root = workspace();
    const result = await run(root, '--assemble', 'docs/partial', '-o', 'docs/partial/assembled.md');
    assert.equal(result.code, 0, result.err);
    assert.match(readFileSync(path.join(root, 'docs', 'partial', 'assembled.md'), 'utf8'), /^# Notification fan-out\n/);
    const again = await run(root, '--assemble', 'docs/partial', '-o', 'docs/partial/assembled.md');
    assert.equal(again.code, 2);
    assert.match(again.err, /already exists; pass --force/);
  });
});
