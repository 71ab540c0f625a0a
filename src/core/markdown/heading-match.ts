/**
 * Which artifact a heading names. Real documents rarely use a catalogue title as it is: they write
 * "APIs", "Step 3: Scale", "2 Why", "Replication & Consistency" or "Call Credentials". A heading
 * names an artifact when, compared word by word with light stemming (plurals, -ing, -ed, -ion):
 *  - it is the artifact's title or one of its aliases (an exact match), or
 *  - it contains the title or an alias as whole words (a near match), unless that alias is a word
 *    too common to mean anything on its own inside a longer heading ("design", "how"), or it
 *    follows a negation ("Non-goals" is not "Goals").
 * The longest phrase found wins, so "Data flow and storage" goes to "Data flow" rather than
 * "Storage"; a heading that names two artifacts equally names neither.
 */
import type { ArtifactSpec } from '../catalogue/step-types';
import { normalizeName } from './text';

export interface HeadingMatch {
  artifact: ArtifactSpec;
  /**
   * How closely: 2 when the heading is the title or an alias itself, 1 when it contains the title
   * ("API changes"), 0 when it contains an alias ("Protocol details").
   */
  closeness: 0 | 1 | 2;
}

/** Aliases that name an artifact only as the whole heading: inside a longer heading they say little. */
const WHOLE_HEADING_ONLY = new Set(['design', 'how', 'why', 'implementation', 'requirements', 'summary', 'overview', 'details', 'who'].map(stem));

/** A heading's words in comparable form: normalised, without a "Step 3:" or "Part II" prefix, stemmed. */
export function headingWords(heading: string): string[] {
  const key = normalizeName(heading).replace(/^(?:step|part|section|chapter) (?:\d+|[ivx]+) /, '');
  return key.split(' ').filter((word) => word.length > 0).map(stem);
}

/**
 * Plurals and common endings dropped, so "Workflows", "Replicated" and "Scaling" compare with
 * "workflow", "replication" and "scale". Short words are kept whole: "data", "use", "api".
 */
export function stem(word: string): string {
  let result = word;
  if (result.length > 4 && result.endsWith('ies')) result = `${result.slice(0, -3)}y`;
  else if (result.length > 3 && result.endsWith('s') && !result.endsWith('ss')) result = result.slice(0, -1);
  for (const ending of ['ion', 'ing', 'ed', 'e']) {
    if (result.length - ending.length >= 4 && result.endsWith(ending)) return result.slice(0, -ending.length);
  }
  return result;
}

interface Phrase {
  artifact: ArtifactSpec;
  words: string[];
  isTitle: boolean;
  wholeHeadingOnly: boolean;
}

const phraseCache = new WeakMap<readonly ArtifactSpec[], Phrase[]>();

function phrasesOf(artifacts: readonly ArtifactSpec[]): Phrase[] {
  let phrases = phraseCache.get(artifacts);
  if (!phrases) {
    phrases = artifacts.flatMap((artifact) =>
      [artifact.title, ...artifact.aliases].map((name, index) => {
        const words = headingWords(name);
        return { artifact, words, isTitle: index === 0, wholeHeadingOnly: words.length === 1 && WHOLE_HEADING_ONLY.has(words[0]!) };
      }),
    );
    phraseCache.set(artifacts, phrases);
  }
  return phrases;
}

/** Words that turn what follows into its opposite: "Non-goals", "Not in scope", "No caching". */
const NEGATIONS = new Set(['non', 'not', 'no', 'without', 'out']);

/** True when `run` occurs in `words` as consecutive words, not right after a negation. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0 || run.length > words.length) return false;
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, offset) => words[start + offset] === word) && !NEGATIONS.has(words[start - 1] ?? '')) return true;
  }
  return false;
}

/** The artifact of `artifacts` that `heading` names, if any. */
export function matchHeading(artifacts: readonly ArtifactSpec[], heading: string): HeadingMatch | undefined {
  const words = headingWords(heading);
  if (words.length === 0) return undefined;
  const phrases = phrasesOf(artifacts);
  const exact = phrases.find((phrase) => phrase.words.length === words.length && containsRun(words, phrase.words));
  if (exact) return { artifact: exact.artifact, closeness: 2 };
  let best: Phrase | undefined;
  let ambiguous = false;
  for (const phrase of phrases) {
    if (phrase.wholeHeadingOnly || !containsRun(words, phrase.words)) continue;
    if (!best || phrase.words.length > best.words.length) {
      best = phrase;
      ambiguous = false;
    } else if (phrase.words.length === best.words.length && phrase.artifact !== best.artifact) {
      ambiguous = true;
    }
  }
  // "Features and SLOs" names two artifacts equally: better none than a guess
  if (!best || ambiguous) return undefined;
  return { artifact: best.artifact, closeness: best.isTitle ? 1 : 0 };
}
