/** What one synthetic design is about: its names, use cases, operations, components and maturity. */
import type { Random } from './prng';

export type Maturity = 'complete' | 'partial' | 'rough';

export interface DesignModel {
  index: number;
  title: string;
  slug: string;
  noun: string;
  maturity: Maturity;
  useCases: string[];
  /** Operations of the throughput table (step 3); a rough design may name one the API lacks. */
  operations: string[];
  apiOperations: { name: string; method: string; path: string }[];
  components: string[];
  people: string[];
  eol: '\n' | '\r\n';
  bom: boolean;
}

const SYSTEMS: [title: string, noun: string][] = [
  ['URL shortener', 'link'], ['Chat service', 'message'], ['Payment ledger', 'payment'], ['Ride matching', 'ride'],
  ['Photo sharing', 'photo'], ['Notification hub', 'notification'], ['Search autocomplete', 'suggestion'],
  ['Rate limiter', 'quota'], ['Feature flags', 'flag'], ['Inventory reservations', 'reservation'],
  ['Video transcoding', 'video'], ['Metrics pipeline', 'metric'], ['Order tracking', 'order'],
  ['Document collaboration', 'document'], ['Ad click counter', 'click'], ['Leaderboard', 'score'],
  ['Job scheduler', 'job'], ['Web crawler', 'page'], ['News feed', 'post'], ['Booking calendar', 'booking'],
];
const VERBS: [verb: string, method: string][] = [
  ['Create', 'POST'], ['Update', 'PATCH'], ['Delete', 'DELETE'], ['List', 'GET'], ['Search', 'GET'], ['View', 'GET'],
  ['Share', 'POST'], ['Export', 'POST'], ['Approve', 'POST'], ['Archive', 'POST'], ['Restore', 'POST'], ['Subscribe to', 'PUT'],
];
const COMPONENT_KINDS = [
  'API gateway', 'Auth service', 'service', 'store', 'Cache', 'Event queue', 'Worker pool', 'Search index',
  'Analytics pipeline', 'Notification sender', 'Object storage', 'Scheduler', 'Admin console', 'Audit log',
];
const PEOPLE = ['ana', 'li', 'priya', 'sam', 'marco', 'jonas', 'keiko', 'omar', 'zoe', 'ivan', 'fatima', 'noah'];

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function designModel(random: Random, index: number): DesignModel {
  const [system, noun] = random.pick(SYSTEMS);
  const title = `${system} ${index + 1}`;
  const roll = random.next();
  const maturity: Maturity = roll < 0.55 ? 'complete' : roll < 0.85 ? 'partial' : 'rough';
  const verbs = random.sample(VERBS, random.int(3, 7));
  const useCases = verbs.map(([verb]) => `${verb} ${verb === 'List' || verb === 'Search' ? `${noun}s` : `a ${noun}`}`);
  const apiOperations = verbs.map(([verb, method]) => ({
    name: `${verb} ${noun}${verb === 'List' ? 's' : ''}`,
    method,
    path: `/v1/${noun}s${['List', 'Create', 'Search'].includes(verb) ? '' : `/{id}${verb === 'View' || verb === 'Update' || verb === 'Delete' ? '' : `/${verb.split(' ')[0]?.toLowerCase()}`}`}`,
  }));
  const operations = apiOperations.map((operation) => operation.name);
  if (maturity === 'rough' && random.chance(0.5)) operations.push(`Bulk ${noun} import`);
  const components = random
    .sample(COMPONENT_KINDS, random.int(4, 8))
    .map((kind) => (kind === 'service' || kind === 'store' ? `${capitalize(noun)} ${kind}` : kind));
  return {
    index,
    title,
    slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    noun,
    maturity,
    useCases,
    operations,
    apiOperations,
    components,
    people: random.sample(PEOPLE, random.int(0, 4)),
    eol: random.chance(0.05) ? '\r\n' : '\n',
    bom: random.chance(0.02),
  };
}
