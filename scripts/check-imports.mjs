/**
 * Part of `npm run lint`: fails on any import circle among the sources (type-only imports count:
 * they still tie two modules' shapes together). Prints each circle it finds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOTS = ['src', 'webview'];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function sources(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

const files = ROOTS.flatMap((root) => sources(resolve(root)));
const graph = new Map(files.map((file) => [file, [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => resolveImport(file, match[1] ?? match[2])).filter(Boolean)]));

const circles = [];
const state = new Map();
function visit(file, trail) {
  state.set(file, 'open');
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === 'open') circles.push([...trail.slice(trail.indexOf(next)), next]);
    else if (!state.has(next)) visit(next, [...trail, next]);
  }
  state.set(file, 'done');
}
for (const file of files) if (!state.has(file)) visit(file, [file]);

if (circles.length > 0) {
  for (const circle of circles) console.error(`import circle: ${circle.map((file) => relative(process.cwd(), file)).join(' → ')}`);
  process.exitCode = 1;
} else {
  console.log(`no import circle among ${files.length} modules`);
}

const LONGEST = 400;
const long = files.map((file) => [file, readFileSync(file, 'utf8').split('\n').length]).filter(([, lines]) => lines > LONGEST);
for (const [file, lines] of long) console.error(`${relative(process.cwd(), file)} has ${lines} lines; split it (at most ${LONGEST})`);
if (long.length > 0) process.exitCode = 1;
