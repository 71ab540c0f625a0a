/** Where the CLI reads and writes: the process in production, a stand-in in tests. */
import type { DesignFileSystem } from '../core';

export interface CliIo {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** The files to check; Node's file system unless a test stands in. */
  fs?: DesignFileSystem;
}
