/** Runs the CLI in this process and collects what it prints, for the CLI tests. */
import { runCli } from '../../../src/cli/main';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function run(cwd: string, ...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { cwd, out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}
