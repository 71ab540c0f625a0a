import { runCli } from './main';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`design-check: unexpected error: ${error instanceof Error ? error.message : String(error)}. Please report it with the file that caused it.\n`);
    process.exitCode = 2;
  });
