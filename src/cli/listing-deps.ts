/**
 * What a design's report depends on besides its own files: the folder listings its rules asked
 * about. `broken-link` asks whether a linked file exists (and for the names next to it, to
 * suggest one), and the answer comes from what discovery listed — so deleting, adding or renaming
 * a file outside the design can change the design's findings. A cached report is reused only
 * while every folder it asked about lists the same names as when it was made.
 *
 * The listing is watched, not modelled: every question a rule asks it is noted, with the folders
 * whose listing can decide the answer. A question of a kind this file does not know (a method
 * added to the core's listing later) makes the report uncacheable rather than possibly stale.
 */
import { createHash } from 'node:crypto';
import { dirname, type Design } from '../core';
import { withoutSlash, type FolderGate } from './folder-gate';

export class ListingDeps {
  private readonly folders = new Set<string>();
  /** False once a rule asked the listing something this file cannot account for. */
  cacheable = true;

  constructor(private readonly gate: FolderGate) {}

  /** `design` with its listing watched: what the check asks it is noted here. */
  watch(design: Design): Design {
    const listing = design.listing;
    if (!listing) return design;
    const watched = new Proxy(listing, {
      get: (target, property) => {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          this.note(String(property), args[0]);
          return (value as (...rest: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    return { ...design, listing: watched };
  }

  /** Each folder asked about, with the fingerprint of its listing now. */
  fingerprints(): Record<string, string> {
    return Object.fromEntries([...this.folders].sort().map((folder) => [folder, listingFingerprint(this.gate, folder)]));
  }

  private note(method: string, path: unknown): void {
    if (typeof path !== 'string') {
      this.cacheable = false;
    } else if (method === 'names') {
      this.folders.add(withoutSlash(path));
    } else if (method === 'exists') {
      for (const folder of deciders(this.gate, path)) this.folders.add(folder);
    } else {
      this.cacheable = false;
    }
  }
}

/**
 * The folders whose listing decides whether `path` exists: its folder, and the folders above it
 * up to the nearest one that was listed (a folder nobody listed cannot tell).
 */
function deciders(gate: FolderGate, path: string): string[] {
  const found: string[] = [];
  let child = withoutSlash(path);
  for (let folder = dirname(child); ; child = folder, folder = dirname(folder)) {
    found.push(folder);
    if (gate.listings.has(folder)) break;
    if (folder === child || folder === '.' || folder === '/' || folder === '') break;
  }
  return found;
}

/** The names a folder listed, hashed; `-` when it was not listed in this run. */
export function listingFingerprint(gate: FolderGate, folder: string): string {
  const entries = gate.listings.get(folder);
  if (!entries) return '-';
  const names = entries.map(([name]) => name).sort();
  return createHash('sha256').update(names.join('\0')).digest('base64url').slice(0, 22);
}
