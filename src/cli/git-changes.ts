/**
 * `--changed-since <ref>`: the folders holding a file that changed since `ref`, from git.
 *
 * "Changed" is everything a reviewer of the branch would see, plus what is not committed yet:
 * - `git diff <ref>...HEAD`: committed on this branch since it left `ref` (the merge base, as a
 *   pull request shows it; commits that landed on `ref` meanwhile are not this branch's changes);
 * - `git diff HEAD`: staged and unstaged changes to tracked files (what a pre-commit hook checks);
 * - `git ls-files --others --exclude-standard`: new files not yet added (ignored files are not).
 * Renames count twice (`--no-renames`): the folder a file left and the one it went to. In a clean
 * CI checkout the last two are empty, so only the branch's commits count.
 */
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import * as path from 'node:path';
import { toPosix } from './cli-paths';

/** A problem with git or the ref; its message is a sentence for the user (exit 2). */
export class GitError extends Error {}

interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

function git(cwd: string, args: string[]): Promise<Output> {
  return new Promise((resolve, reject) => {
    // GIT_OPTIONAL_LOCKS=0: `git diff` may refresh the index, which must not take its lock (a
    // pre-commit hook runs while git holds it, and a CI checkout may be read-only).
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(error.code === 'ENOENT' ? new GitError('--changed-since needs git, which was not found on PATH; install git, or check every design without --changed-since') : error);
        return;
      }
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

function firstLine(text: string): string {
  return text.split(/\r?\n/).find((line) => line.trim() !== '')?.trim() ?? '';
}

async function files(cwd: string, args: string[], what: string): Promise<string[]> {
  const result = await git(cwd, args);
  if (result.code !== 0) {
    const reason = firstLine(result.stderr);
    const shallow = /merge base|shallow/i.test(result.stderr)
      ? ' The history may be shallow: fetch more of it (actions/checkout with fetch-depth: 0, or git fetch --unshallow).'
      : '';
    throw new GitError(`--changed-since: git could not list ${what}${reason ? ` (${reason})` : ''}.${shallow}`);
  }
  return result.stdout.split('\0').filter((file) => file !== '');
}

/**
 * The real paths of the folders that hold a file changed since `ref` (see the top of this file),
 * run in the git repository that holds `cwd`.
 */
export async function changedFolders(cwd: string, ref: string): Promise<Set<string>> {
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (top.code !== 0) {
    throw new GitError(`--changed-since needs a git repository, and ${cwd} is not in one (${firstLine(top.stderr) || 'git rev-parse failed'})`);
  }
  const root = top.stdout.replace(/\r?\n$/, '');
  const commit = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (commit.code !== 0) {
    throw new GitError(
      `--changed-since: git knows no commit "${ref}" in ${root}. Check the spelling; in CI, fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin ${ref.replace(/^origin\//, '')})`,
    );
  }
  const changed = [
    ...(await files(root, ['diff', '--name-only', '--no-renames', '-z', `${ref}...HEAD`, '--'], `the files changed since ${ref}`)),
    ...(await files(root, ['diff', '--name-only', '--no-renames', '-z', 'HEAD', '--'], 'the files changed but not committed')),
    ...(await files(root, ['ls-files', '--others', '--exclude-standard', '--full-name', '-z'], 'the new files not yet added')),
  ];
  const realRoot = await realpath(root).catch(() => root);
  return new Set(changed.map((file) => toPosix(path.dirname(path.join(realRoot, file)))));
}

/** `folder` as `changedFolders` names folders: its real path, or itself when it has none (a stand-in file system). */
export async function realFolder(folder: string): Promise<string> {
  return toPosix(await realpath(folder).catch(() => folder));
}
