/** "New Design…" and "Create Step File": new files from the templates, through workspace.fs. */
import * as vscode from 'vscode';
import { basename, BUILTIN_CATALOGUES, designTemplates, stepOf, stepTemplate, type Catalogue } from '../core';
import type { DesignStore } from './design-store';
import { designFolderName, designNameProblem } from './design-name';
import { designRoots } from './settings';
import { toCorePath, toUri, uriExists } from './uris';

const encoder = new TextEncoder();

/** Why `name` cannot name a new design, as a message for the user; undefined when it can. */
export function nameProblem(name: string): string | undefined {
  const problem = designNameProblem(name);
  switch (problem?.kind) {
    case undefined:
      return undefined;
    case 'empty':
      return vscode.l10n.t('Give the design a name, for example "URL shortener".');
    case 'separator':
      return vscode.l10n.t('The name becomes a folder: leave out / and \\.');
    case 'no-letter-or-digit':
      return vscode.l10n.t('Use at least one letter or digit.');
    case 'reserved':
      return vscode.l10n.t('"{0}" cannot name a folder on Windows (CON, PRN, AUX, NUL, COM0–COM9 and LPT0–LPT9 are reserved, also with an extension): choose another name.', problem.name);
    case 'too-many-characters':
      return vscode.l10n.t('Keep the name to {0} characters or fewer.', problem.max);
    case 'folder-too-long':
      return vscode.l10n.t('The folder name would take {0} bytes; a folder name may take at most {1} bytes. Use a shorter name, or fewer letters outside A–Z.', problem.bytes, problem.max);
  }
}

/**
 * `presetCatalogue` (a built-in's id) skips the question; without a configuration above the new
 * folder and without a preset, the user picks a built-in catalogue when there is more than one.
 */
export async function newDesign(store: DesignStore, presetName?: string, presetCatalogue?: string): Promise<vscode.Uri | undefined> {
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
  if (!workspaceFolder) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: a design is saved as files in your workspace.'), vscode.l10n.t('Open Folder…')).then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.files.openFolder');
    });
    return undefined;
  }
  const root = vscode.Uri.joinPath(workspaceFolder.uri, ...(designRoots()[0] ?? ['docs', 'design']));
  const folderFor = (name: string) => vscode.Uri.joinPath(root, designFolderName(name));
  const name =
    presetName ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New Design'),
      prompt: vscode.l10n.t('Name of the system you are designing. Its step files go in {0}/<name>.', vscode.workspace.asRelativePath(root)),
      placeHolder: vscode.l10n.t('URL shortener'),
      ignoreFocusOut: true,
      validateInput: async (value) => nameProblem(value) ?? ((await uriExists(folderFor(value.trim()))) ? vscode.l10n.t('{0} already exists: choose another name.', vscode.workspace.asRelativePath(folderFor(value.trim()))) : undefined),
    }));
  if (name === undefined) return undefined;
  const problem = nameProblem(name);
  const folder = folderFor(name.trim());
  if (problem || (await uriExists(folder))) {
    void vscode.window.showErrorMessage(problem ?? vscode.l10n.t('{0} already exists. Run New Design again with another name.', vscode.workspace.asRelativePath(folder)));
    return undefined;
  }
  const choice = await chooseCatalogue(store, toCorePath(root), presetName === undefined ? presetCatalogue : (presetCatalogue ?? 'configured'));
  if (!choice) return undefined;
  const templates = designTemplates(name.trim(), choice.catalogue);
  try {
    await vscode.workspace.fs.createDirectory(folder);
    if (choice.writeConfig) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '.design-docs.yaml'), encoder.encode(`# The catalogue this design is checked against (see the README's "Configuration").\nextends: ${choice.catalogue.id}\n`));
    }
    for (const template of templates) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, template.fileName), encoder.encode(template.text));
    }
  } catch (error) {
    // The name passed the checks, yet the file system refused (a path too long for it, no permission, a full disk…).
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Could not create the design in {0}: {1}. Choose a shorter name, or check that you can write to that folder.', vscode.workspace.asRelativePath(folder), fileSystemReason(error)),
    );
    await store.rescan();
    return undefined;
  }
  const first = vscode.Uri.joinPath(folder, templates[0]?.fileName ?? '01-justification.md');
  await store.rescan();
  await vscode.window.showTextDocument(first);
  return folder;
}

function fileSystemReason(error: unknown): string {
  if (error instanceof vscode.FileSystemError) return error.code ? `${error.code}: ${error.message}` : error.message;
  return error instanceof Error ? error.message : String(error);
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
  const catalogue = args ? await store.catalogueFor(args.folder) : undefined;
  const spec = args && catalogue ? stepOf(catalogue, args.step) : undefined;
  if (!args || !spec || !catalogue) return undefined;
  const target = vscode.Uri.joinPath(toUri(args.folder), spec.fileName);
  if (await uriExists(target)) {
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
  await vscode.workspace.fs.writeFile(target, encoder.encode(stepTemplate(spec, title, catalogue)));
  await vscode.window.showTextDocument(target);
  return target;
}

/**
 * The catalogue of a new design: the configured one when a configuration governs the folder
 * (`preset` 'configured' takes it without asking), else a built-in the user picks. A built-in
 * other than the default is written as a `.design-docs.yaml` in the new folder, so every tool
 * that reads the design uses it too.
 */
async function chooseCatalogue(store: DesignStore, root: string, preset?: string): Promise<{ catalogue: Catalogue; writeConfig: boolean } | undefined> {
  const configured = await store.catalogueFor(root);
  if (configured.source) return { catalogue: configured, writeConfig: false };
  const builtins = Object.values(BUILTIN_CATALOGUES);
  const presetCatalogue = preset === undefined || preset === 'configured' ? undefined : BUILTIN_CATALOGUES[preset];
  if (presetCatalogue) return { catalogue: presetCatalogue, writeConfig: presetCatalogue !== configured };
  if (preset === 'configured' || builtins.length === 1) return { catalogue: configured, writeConfig: false };
  const picked = await vscode.window.showQuickPick(
    builtins.map((catalogue) => ({
      label: catalogue.name,
      description: vscode.l10n.t('{0} steps', catalogue.steps.length),
      detail: catalogue.steps.map((step) => step.title).join(' · '),
      catalogue,
    })),
    { title: vscode.l10n.t('New Design: template'), placeHolder: vscode.l10n.t('Which steps should the design follow?'), ignoreFocusOut: true },
  );
  return picked && { catalogue: picked.catalogue, writeConfig: picked.catalogue !== configured };
}
