/** Node's fs behind the core's DesignFileSystem. */
import { promises as fs } from 'node:fs';
import type { DesignFileSystem, EntryType } from '../core';

function typeOf(entry: { isFile(): boolean; isDirectory(): boolean }): EntryType {
  return entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
}

export const nodeFileSystem: DesignFileSystem = {
  async stat(path) {
    try {
      const stat = await fs.stat(path);
      return { type: typeOf(stat), size: stat.size };
    } catch {
      return undefined;
    }
  },
  async readDirectory(path) {
    const entries = await fs.readdir(path, { withFileTypes: true });
    return entries.map((entry) => [entry.name, typeOf(entry)] as [string, EntryType]);
  },
  async readFile(path) {
    return fs.readFile(path);
  },
};
