/**
 * The extension manifest as users meet it: every visible string localizable, every command under
 * "Design Doc" with a codicon, every rule a setting with its levels, and a walkthrough whose steps
 * point at commands and media that exist.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LEVELS, RULES, SEVEN_STEPS } from '../../../src/core';
import { vsixProblems, type VsixEntry } from '../../../scripts/vsix-contents';

const ROOT = path.resolve(__dirname, '../../..');
const manifestText = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText);
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));

interface Command {
  command: string;
  title: string;
  category: string;
  icon?: string;
}

function localized(value: string): string {
  const match = /^%(.+)%$/.exec(value);
  assert.ok(match, `"${value}" is not a %key% from package.nls.json`);
  const text = nls[match[1] ?? ''];
  assert.ok(text, `package.nls.json has no "${match[1]}"`);
  return text;
}

describe('package.json and package.nls.json', () => {
  it('use only keys that exist, and every key is used', () => {
    const used = new Set([...manifestText.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]));
    for (const key of used) assert.ok(key && key in nls, `package.nls.json lacks "${key}"`);
    for (const key of Object.keys(nls)) assert.ok(used.has(key), `package.nls.json has unused "${key}"`);
  });

  it('localize the name, views, welcome texts and settings', () => {
    assert.equal(localized(manifest.displayName), 'System Design Docs');
    localized(manifest.description);
    for (const view of manifest.contributes.views.designDocs) localized(view.name);
    for (const welcome of manifest.contributes.viewsWelcome) localized(welcome.contents);
    for (const [name, setting] of Object.entries<{ markdownDescription?: string }>(manifest.contributes.configuration.properties)) {
      assert.ok(setting.markdownDescription, `${name} has no description`);
      localized(setting.markdownDescription);
    }
  });

  it('put every command under "Design Doc" with a codicon', () => {
    const commands: Command[] = manifest.contributes.commands;
    assert.ok(commands.length >= 8);
    for (const command of commands) {
      assert.match(command.command, /^designDocs\./);
      assert.equal(localized(command.category), 'Design Doc', command.command);
      assert.ok(localized(command.title).length > 0);
      assert.match(command.icon ?? '', /^\$\([a-z-]+\)$/, `${command.command} has no codicon`);
    }
  });

  it('only refer to declared commands in menus', () => {
    const declared = new Set(manifest.contributes.commands.map((c: Command) => c.command));
    for (const [menu, items] of Object.entries<{ command: string }[]>(manifest.contributes.menus)) {
      for (const item of items) assert.ok(declared.has(item.command), `${menu} refers to ${item.command}`);
    }
  });

  it('offer every rule as a setting with the four levels, described', () => {
    const rules = manifest.contributes.configuration.properties['designDocs.rules'].properties;
    assert.deepEqual(Object.keys(rules).sort(), RULES.map((rule) => rule.id).sort());
    for (const rule of RULES) {
      const setting = rules[rule.id];
      assert.deepEqual(setting.enum, LEVELS, rule.id);
      assert.equal(setting.enumDescriptions.length, LEVELS.length, rule.id);
      setting.enumDescriptions.forEach(localized);
      assert.match(localized(setting.markdownDescription), new RegExp(`Default: \`${rule.defaultSeverity}\``));
    }
  });
});

describe('the walkthrough', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;
  const declared = new Set<string>(manifest.contributes.commands.map((c: Command) => c.command));

  it('goes from New Design… to the assembled preview', () => {
    const commands = walkthrough.steps.map((step: { description: string }) => /\(command:([\w.]+)\)/.exec(localized(step.description))?.[1]);
    assert.equal(commands[0], 'designDocs.newDesign');
    assert.equal(commands.at(-1), 'designDocs.previewDesign');
  });

  it('has a button, a completion event and existing media on every step', () => {
    for (const step of walkthrough.steps) {
      localized(step.title);
      const command = /\n\[[^\]]+\]\(command:([\w.]+)\)$/.exec(localized(step.description))?.[1];
      assert.ok(command, `${step.id}: the description should end with a command button`);
      assert.ok(declared.has(command) || command === 'designDocs.designs.focus', `${step.id}: unknown command ${command}`);
      assert.ok(step.completionEvents.length > 0, step.id);
      assert.ok(fs.existsSync(path.join(ROOT, step.media.markdown)), `${step.id}: ${step.media.markdown} is missing`);
    }
  });

  it('names the step files the templates create', () => {
    const media = fs.readFileSync(path.join(ROOT, 'media/walkthrough/new-design.md'), 'utf8');
    const files = [...media.matchAll(/`(0[1-7]-[\w-]+\.md)`/g)].map((m) => m[1]);
    assert.deepEqual(files, SEVEN_STEPS.steps.map((step) => step.fileName));
  });
});

describe('the .vsix contents check', () => {
  const entry = (name: string): VsixEntry => ({ name: `extension/${name}`, size: 1, compressedSize: 1 });
  const clean = ['package.json', 'package.nls.json', 'l10n/bundle.l10n.json', 'readme.md', 'changelog.md', 'LICENSE.txt', 'media/icon.png', 'media/walkthrough/new-design.md', 'dist/extension.js', 'dist/web/extension.js', 'dist/webview/form.js', 'dist/webview/preview.js', 'dist/webview/report.js', 'dist/webview/import.js'].map(entry);

  it('accepts a package with just what the extension needs', () => {
    assert.deepEqual(vsixProblems(clean, 1_000_000), []);
  });

  it('rejects sources, tests, node_modules, source maps, missing files and excess size', () => {
    const dirty = [...clean.filter((e) => !e.name.endsWith('LICENSE.txt')), ...['src/core/check.ts', 'test/unit/x.test.ts', 'node_modules/yaml/index.js', 'dist/extension.js.map'].map(entry)];
    const problems = vsixProblems(dirty, 10 * 1024 * 1024);
    assert.equal(problems.length, 6, problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('LICENSE')));
    assert.ok(problems.some((p) => p.includes('over the')));
  });
});
