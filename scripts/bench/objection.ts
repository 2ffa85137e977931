/**
 * Objection benchmark: what the "Bezwaar maken of uitleg vragen" panel computes
 * on every keystroke (building a letter) and on open (routes, contact, legacy
 * texts), on the real bundled snapshot. Prints medians and p99 after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Snapshot } from '../../utils/register/model';
import { buildLetter, emptyLetterInput } from '../../utils/objection/letters';
import { routesFor } from '../../utils/objection/routes';
import { objectionTexts, pickContact } from '../../utils/objection/contact';
import { bezwaarDeadline } from '../../utils/objection/deadline';
import { mailtoLink } from '../../utils/objection/mail';
import { measure } from '../bench-measure';

const snapshot = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/generated/register-snapshot.json'), 'utf8'),
) as Snapshot;
const counts = new Map<string, number>();
for (const a of snapshot.algorithms) counts.set(a.organization, (counts.get(a.organization) ?? 0) + 1);
const [biggest, n] = [...counts].sort((x, y) => y[1] - x[1])[0];
const algorithms = snapshot.algorithms.filter((a) => a.organization === biggest);

const input = {
  ...emptyLetterInput('bezwaar', '2026-11-22'),
  organization: { name: biggest },
  algorithms,
  sender: { name: 'Fatima de Vries', address: 'Dorpsstraat 1\n1234 AB Ergenshuizen', email: '' },
  reference: 'ABC-123',
  eventDate: '2026-11-02',
  description: 'x'.repeat(500),
  grounds: 'y'.repeat(3000),
};
console.log(`organisation with most algorithms: ${biggest} (${n})`);
for (const kind of ['avg-inzage', 'bezwaar', 'klacht'] as const) {
  measure(`buildLetter ${kind}, all ${n} algorithms chosen`, 2000, () => buildLetter({ ...input, kind }));
}
const letter = buildLetter({ ...input, kind: 'avg-inzage' });
console.log(`  letter length: ${letter.body.length} characters`);
measure('mailtoLink (long letter, falls back)', 2000, () =>
  mailtoLink({ kind: 'email', address: 'a@b.nl', href: 'mailto:a@b.nl' }, letter.subject, letter.body, 'kort'),
);
measure(`routesFor (${n} categories)`, 5000, () =>
  routesFor({ situation: 'decision', organizationKind: 'decider', publicationCategories: algorithms.map((a) => a.publication_category) }),
);
measure(`pickContact + objectionTexts (${n} algorithms)`, 2000, () => [pickContact(algorithms), objectionTexts(algorithms)]);
measure(`pickContact + objectionTexts (all ${snapshot.algorithms.length})`, 200, () => [
  pickContact(snapshot.algorithms),
  objectionTexts(snapshot.algorithms),
]);
measure('bezwaarDeadline', 20000, () => bezwaarDeadline('2026-11-14'));
