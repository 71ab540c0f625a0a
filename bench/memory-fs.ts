/** A read-only in-memory `DesignFileSystem`, so the batch check runs the real discovery code without disk I/O. */
import type { DesignFileSystem, EntryType } from '../src/core';

export class MemoryFileSystem implements DesignFileSystem {
  private readonly files = new Map<string, Uint8Array>();
  private readonly folders = new Map<string, Map<string, EntryType>>();

  constructor(entries: Iterable<[path: string, text: string]>) {
    const encoder = new TextEncoder();
    for (const [path, text] of entries) {
      this.files.set(path, encoder.encode(text));
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) {
        const folder = parts.slice(0, i).join('/') || '/';
        const children = this.folders.get(folder) ?? new Map<string, EntryType>();
        children.set(parts[i] ?? '', i === parts.length - 1 ? 'file' : 'directory');
        this.folders.set(folder, children);
      }
    }
  }

  async stat(path: string): Promise<{ type: EntryType; size: number } | undefined> {
    const file = this.files.get(path);
    if (file) return { type: 'file', size: file.byteLength };
    return this.folders.has(path) ? { type: 'directory', size: 0 } : undefined;
  }

  async readDirectory(path: string): Promise<[string, EntryType][]> {
    const children = this.folders.get(path);
    if (!children) throw new Error(`ENOENT: ${path}`);
    return [...children];
  }

  async readFile(path: string): Promise<Uint8Array> {
    const file = this.files.get(path);
    if (!file) throw new Error(`ENOENT: ${path}`);
    return file;
  }
}
