/** A design: the step files of one folder, grouped and ordered. */
import { SEVEN_STEPS } from '../catalogue/builtin';
import type { Catalogue } from '../catalogue/catalogue';
import { parseStepDoc, type StepDoc } from '../markdown/parse';
import type { FolderListing } from './listing';
import { basename } from './paths';

export interface StepFile {
  path: string;
  doc: StepDoc;
}

export interface UnreadableFile {
  path: string;
  reason: string;
}

export interface Design {
  folder: string;
  title: string;
  /** The catalogue its files were read with (the one of the configuration nearest the folder). */
  catalogue: Catalogue;
  files: StepFile[];
  unreadable: UnreadableFile[];
  /** What discovery saw of the folders around the design, when it listed them (see listing.ts). */
  listing?: FolderListing;
}

/** `catalogueOf` names the catalogue of a folder that holds only unreadable files (its other files carry theirs). */
export function groupIntoDesigns(
  files: StepFile[],
  unreadable: UnreadableFile[],
  folderOf: (path: string) => string,
  listing?: FolderListing,
  catalogueOf: (folder: string) => Catalogue = () => SEVEN_STEPS,
): Design[] {
  const byFolder = new Map<string, Design>();
  const designFor = (folder: string) => {
    let design = byFolder.get(folder);
    if (!design) {
      design = { folder, title: basename(folder), catalogue: catalogueOf(folder), files: [], unreadable: [], ...(listing ? { listing } : {}) };
      byFolder.set(folder, design);
    }
    return design;
  };
  for (const file of files) designFor(folderOf(file.path)).files.push(file);
  for (const file of unreadable) designFor(folderOf(file.path)).unreadable.push(file);
  for (const design of byFolder.values()) {
    design.files.sort((a, b) => (a.doc.step ?? 99) - (b.doc.step ?? 99) || a.path.localeCompare(b.path));
    const first = design.files[0];
    if (first) design.catalogue = first.doc.catalogue;
    design.title = design.files.find((file) => file.doc.design)?.doc.design ?? design.catalogue.designTitle ?? design.title;
  }
  return [...byFolder.values()].sort((a, b) => a.folder.localeCompare(b.folder));
}

/**
 * What a parsed file adds to its design: itself, or for a one-file design one view per step it
 * holds (all with the file's path). A one-file design with no step heading yet is kept whole, so
 * the design still exists and its missing steps are reported.
 */
export function stepFilesOf(file: StepFile): StepFile[] {
  const parts = file.doc.parts;
  return parts && parts.length > 0 ? parts.map((doc) => ({ path: file.path, doc })) : [file];
}

/** The file that holds a step: the first by path when several claim it. */
export function fileForStep(design: Design, step: number): StepFile | undefined {
  return design.files.find((file) => file.doc.step === step);
}

/** Parse text into a step file (convenience for callers that hold text already). */
export function stepFileFromText(path: string, text: string, catalogue: Catalogue = SEVEN_STEPS): StepFile {
  return { path, doc: parseStepDoc(text, catalogue) };
}
