/** "New Design…" and "Create Step File": new files from the templates, through workspace.fs. */
import * as vscode from 'vscode';
import { basename, designTemplates, stepSpec, stepTemplate } from '../core';
import type { DesignStore } from './design-store';
import { designRoots } from './settings';
import { toUri } from './uris';

const encoder = new TextEncoder();

/** "My Design!" → "my-design". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export function nameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return vscode.l10n.t('Give the design a name, for example "URL shortener".');
  if (/[/\\]/.test(trimmed)) return vscode.l10n.t('The name becomes a folder: leave out / and \\.');
  if (slugify(trimmed) === '') return vscode.l10n.t('Use at least one letter or digit.');
  if (trimmed.length > 100) return vscode.l10n.t('Keep the name under 100 characters.');
  return undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function newDesign(store: DesignStore, presetName?: string): Promise<vscode.Uri | undefined> {
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
  if (!workspaceFolder) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: a design is saved as files in your workspace.'), vscode.l10n.t('Open Folder…')).then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.files.openFolder');
    });
    return undefined;
  }
  const root = vscode.Uri.joinPath(workspaceFolder.uri, ...(designRoots()[0] ?? ['docs', 'design']));
  const folderFor = (name: string) => vscode.Uri.joinPath(root, slugify(name));
  const name =
    presetName ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New Design'),
      prompt: vscode.l10n.t('Name of the system you are designing. Its seven step files go in {0}/<name>.', vscode.workspace.asRelativePath(root)),
      placeHolder: vscode.l10n.t('URL shortener'),
      ignoreFocusOut: true,
      validateInput: async (value) => nameProblem(value) ?? ((await exists(folderFor(value.trim()))) ? vscode.l10n.t('{0} already exists: choose another name.', vscode.workspace.asRelativePath(folderFor(value.trim()))) : undefined),
    }));
  if (name === undefined) return undefined;
  const problem = nameProblem(name);
  const folder = folderFor(name.trim());
  if (problem || (await exists(folder))) {
    void vscode.window.showErrorMessage(problem ?? vscode.l10n.t('{0} already exists. Run New Design again with another name.', vscode.workspace.asRelativePath(folder)));
    return undefined;
  }
  await vscode.workspace.fs.createDirectory(folder);
  for (const template of designTemplates(name.trim())) {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, template.fileName), encoder.encode(template.text));
  }
  const first = vscode.Uri.joinPath(folder, designTemplates(name.trim())[0]?.fileName ?? '01-justification.md');
  await store.rescan();
  await vscode.window.showTextDocument(first);
  return folder;
}

export interface CreateStepArgs {
  folder: string;
  step: number;
}

/** The command's argument: from the tree (a step node) or from code ({ folder, step }). */
export function createStepArgs(arg: unknown): CreateStepArgs | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const candidate = arg as { folder?: unknown; step?: unknown; report?: { folder?: unknown } };
  const folder = candidate.folder ?? candidate.report?.folder;
  const step = typeof candidate.step === 'object' && candidate.step ? (candidate.step as { step?: unknown }).step : candidate.step;
  return typeof folder === 'string' && typeof step === 'number' ? { folder, step } : undefined;
}

export async function createStepFile(store: DesignStore, args: CreateStepArgs | undefined, confirm = true): Promise<vscode.Uri | undefined> {
  const spec = args ? stepSpec(args.step) : undefined;
  if (!args || !spec) return undefined;
  const target = vscode.Uri.joinPath(toUri(args.folder), spec.fileName);
  if (await exists(target)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists but is not step {1}. Set its `design-step: {1}`, or rename it.', vscode.workspace.asRelativePath(target), spec.step));
    return undefined;
  }
  if (confirm) {
    const create = vscode.l10n.t('Create');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Create {0} for step {1} ({2})?', spec.fileName, spec.step, spec.title), create);
    if (choice !== create) return undefined;
  }
  const { reports } = await store.snapshot();
  const title = reports.find((report) => report.folder === args.folder)?.title ?? basename(args.folder);
  await vscode.workspace.fs.writeFile(target, encoder.encode(stepTemplate(spec, title)));
  await vscode.window.showTextDocument(target);
  return target;
}
