/**
 * Finds and resolves configuration files: the nearest `.design-docs.yaml` at or above a folder
 * wins (as with ESLint and markdownlint), its `extends` chain is followed (a built-in catalogue
 * by name, or another file by relative path), and a missing target or a cycle is a problem at the
 * `extends` line while the design is checked with the built-in catalogue meanwhile.
 */
import { BUILTIN_CATALOGUES, SEVEN_STEPS } from '../catalogue/builtin';
import type { Catalogue } from '../catalogue/catalogue';
import { decodeText, type DesignFileSystem } from '../files/file-system';
import { dirname, joinPath, resolvePath } from '../files/paths';
import { LineIndex } from '../markdown/text';
import { applyConfig } from './config-apply';
import { CONFIG_FILE_NAMES, type ConfigProblem } from './config-model';
import { readConfigFile } from './config-read';

const MAX_CONFIG_BYTES = 256 * 1024;

/** Resolves the configuration file at `path`; never throws (what goes wrong becomes a problem). */
export async function resolveConfig(fs: DesignFileSystem, path: string, chain: readonly string[] = []): Promise<Catalogue> {
  let text: string;
  try {
    const decoded = decodeText(await fs.readFile(path), MAX_CONFIG_BYTES);
    if (!decoded.ok) return withProblems(SEVEN_STEPS, path, [{ file: path, range: zero(), message: `${decoded.reason} Designs here are checked with the built-in catalogue.` }]);
    text = decoded.text;
  } catch (error) {
    return withProblems(SEVEN_STEPS, path, [{ file: path, range: zero(), message: `The configuration cannot be read (${describe(error)}). Designs here are checked with the built-in catalogue.` }]);
  }
  const config = readConfigFile(path, text);
  const problems: ConfigProblem[] = [...config.problems];
  let base: Catalogue = SEVEN_STEPS;
  const target = config.extends;
  if (target) {
    const builtin = BUILTIN_CATALOGUES[target.value];
    const range = new LineIndex(text).range(target.range);
    if (builtin) base = builtin;
    else if (!/[/\\]|\.ya?ml$/i.test(target.value)) {
      problems.push({ file: path, range, message: `\`extends: ${target.value}\` names no built-in catalogue (${Object.keys(BUILTIN_CATALOGUES).join(', ')}) and is not a path to a .yaml file. Meanwhile designs here extend the seven steps.` });
    } else {
      const resolved = resolvePath(dirname(path), target.value.replace(/\\/g, '/'));
      if (resolved === undefined) problems.push({ file: path, range, message: `\`extends: ${target.value}\` climbs above the file system's root.` });
      else if (resolved === path || chain.includes(resolved)) {
        problems.push({ file: path, range, message: `\`extends: ${target.value}\` makes a cycle (${[...chain, path, resolved].join(' → ')}). Remove one of the \`extends\`; meanwhile this file extends the seven steps.` });
      } else if (!(await fs.stat(resolved).catch(() => undefined))) {
        problems.push({ file: path, range, message: `\`extends: ${target.value}\`: there is no such file (${resolved}). Fix the path; meanwhile designs here extend the seven steps.` });
      } else {
        base = await resolveConfig(fs, resolved, [...chain, path]);
        const inherited = base.source?.problems ?? [];
        if (inherited.length > 0) {
          problems.push({ file: path, range, message: `The configuration this file extends has ${inherited.length === 1 ? 'a problem' : `${inherited.length} problems`}: fix ${target.value} first.` });
          problems.push(...inherited);
        }
      }
    }
  }
  const applied = applyConfig(base, config, text);
  return withProblems(applied.catalogue, path, [...problems, ...applied.problems]);
}

function withProblems(catalogue: Catalogue, path: string, problems: ConfigProblem[]): Catalogue {
  return { ...catalogue, id: path, source: { path, problems } };
}

/**
 * The catalogue of each folder: the nearest configuration file's, else the seven steps. Lookups
 * and resolutions are kept, so a workspace with many designs reads each configuration once.
 */
export class CatalogueResolver {
  private readonly nearest = new Map<string, Promise<string | undefined>>();
  private readonly resolved = new Map<string, Promise<Catalogue>>();

  constructor(
    private readonly fs: DesignFileSystem,
    /** A configuration named explicitly (the CLI's `--config`): it applies everywhere. */
    private readonly explicit?: string,
  ) {}

  async catalogueFor(folder: string): Promise<Catalogue> {
    const path = this.explicit ?? (await this.configFor(folder));
    if (path === undefined) return SEVEN_STEPS;
    let catalogue = this.resolved.get(path);
    if (!catalogue) {
      catalogue = resolveConfig(this.fs, path);
      this.resolved.set(path, catalogue);
    }
    return catalogue;
  }

  /** The configuration file nearest at or above `folder`, if any. */
  configFor(folder: string): Promise<string | undefined> {
    let found = this.nearest.get(folder);
    if (!found) {
      found = this.lookUp(folder);
      this.nearest.set(folder, found);
    }
    return found;
  }

  /** Every configuration file resolved so far, for adapters that show their problems once. */
  async catalogues(): Promise<Catalogue[]> {
    return Promise.all(this.resolved.values());
  }

  private async lookUp(folder: string): Promise<string | undefined> {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = joinPath(folder, name);
      const stat = await this.fs.stat(candidate).catch(() => undefined);
      if (stat?.type === 'file') return candidate;
    }
    const parent = dirname(folder);
    if (parent === folder || parent === '.' || parent.length >= folder.length) return undefined;
    return this.configFor(parent);
  }
}

function zero(): ConfigProblem['range'] {
  return { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String((error as { code: unknown }).code);
  return error instanceof Error ? error.message : String(error);
}
