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
  if (trimmed === '') return 'Give the design a name, for example "URL shortener".';
  if (/[/\\]/.test(trimmed)) return 'The name becomes a folder: leave out / and \\.';
  if (slugify(trimmed) === '') return 'Use at least one letter or digit.';
  if (trimmed.length > 100) return 'Keep the name under 100 characters.';
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
    void vscode.window.showErrorMessage('Open a folder first: a design is saved as files in your workspace.', 'Open Folder…').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.files.openFolder');
    });
    return undefined;
  }
  const root = vscode.Uri.joinPath(workspaceFolder.uri, ...(designRoots()[0] ?? 'docs/design').split('/').filter(Boolean));
  const folderFor = (name: string) => vscode.Uri.joinPath(root, slugify(name));
  const name =
    presetName ??
    (await vscode.window.showInputBox({
      title: 'New Design',
      prompt: `Name of the system you are designing. Its seven step files go in ${vscode.workspace.asRelativePath(root)}/<name>.`,
      placeHolder: 'URL shortener',
      ignoreFocusOut: true,
      validateInput: async (value) => nameProblem(value) ?? ((await exists(folderFor(value.trim()))) ? `${vscode.workspace.asRelativePath(folderFor(value.trim()))} already exists: choose another name.` : undefined),
    }));
  if (name === undefined) return undefined;
  const problem = nameProblem(name);
  const folder = folderFor(name.trim());
  if (problem || (await exists(folder))) {
    void vscode.window.showErrorMessage(problem ?? `${vscode.workspace.asRelativePath(folder)} already exists. Run New Design again with another name.`);
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
    void vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(target)} already exists but is not step ${spec.step}. Set its \`design-step: ${spec.step}\`, or rename it.`);
    return undefined;
  }
  if (confirm) {
    const choice = await vscode.window.showInformationMessage(`Create ${spec.fileName} for step ${spec.step} (${spec.title})?`, 'Create');
    if (choice !== 'Create') return undefined;
  }
  const { reports } = await store.snapshot();
  const title = reports.find((report) => report.folder === args.folder)?.title ?? basename(args.folder);
  await vscode.workspace.fs.writeFile(target, encoder.encode(stepTemplate(spec, title)));
  await vscode.window.showTextDocument(target);
  return target;
}
