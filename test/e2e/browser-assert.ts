// `node:assert/strict` for tests bundled into the browser (web worker) extension host, which has
// no Node built-ins: run-web.ts resolves `node:assert` and `node:assert/strict` here. It holds the
// strict-mode functions the tests use, so test/exthost helpers and the web tests share one style.
// A function that is missing here is a bundle error naming it, not a silent pass.

export class AssertionError extends Error {
  override name = 'AssertionError';
  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown) {
    super(message);
  }
}

function show(value: unknown): string {
  try {
    const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    return text.length > 400 ? `${text.slice(0, 400)}…` : text;
  } catch {
    return String(value);
  }
}

function raise(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected);
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map && b instanceof Map) return isDeepEqual([...a], [...b]);
  if (a instanceof Set && b instanceof Set) return isDeepEqual([...a], [...b]);
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) &&
    isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) raise(message, `expected a truthy value, got ${show(value)}`, value, true);
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) raise(message, `expected ${show(expected)}, got ${show(actual)}`, actual, expected);
}

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) raise(message, `expected a value other than ${show(expected)}`, actual, expected);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!isDeepEqual(actual, expected)) raise(message, `expected ${show(expected)}, got ${show(actual)}`, actual, expected);
}

export function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (isDeepEqual(actual, expected)) raise(message, `expected something other than ${show(expected)}`, actual, expected);
}

export function match(text: string, re: RegExp, message?: string | Error): void {
  if (typeof text !== 'string' || !re.test(text)) raise(message, `expected ${show(text)} to match ${String(re)}`, text, re);
}

export function doesNotMatch(text: string, re: RegExp, message?: string | Error): void {
  if (typeof text !== 'string' || re.test(text)) raise(message, `expected ${show(text)} not to match ${String(re)}`, text, re);
}

export function fail(message?: string | Error): never {
  raise(message, 'failed');
}

export const strictEqual = equal;
export const notStrictEqual = notEqual;
export const deepStrictEqual = deepEqual;
export const notDeepStrictEqual = notDeepEqual;

const assert = Object.assign((value: unknown, message?: string | Error) => ok(value, message), {
  ok, equal, notEqual, deepEqual, notDeepEqual, match, doesNotMatch, fail, strictEqual, notStrictEqual,
  deepStrictEqual, notDeepStrictEqual, AssertionError, strict: undefined as unknown,
});
assert.strict = assert;
export const strict = assert;
export default assert;
