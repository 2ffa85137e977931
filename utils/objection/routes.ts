import { ROUTES } from './routes-data';
import { categoryLevel } from '../register/category';

export { ROUTES };

/** A text in both interface languages. */
export interface Bilingual {
  nl: string;
  en: string;
}

export type RouteId =
  | 'bezwaar'
  | 'beroep'
  | 'verzet-strafbeschikking'
  | 'verkeersboete'
  | 'klacht'
  | 'ombudsman'
  | 'avg-inzage'
  | 'avg-22'
  | 'avg-bezwaar'
  | 'ap-klacht'
  | 'ap-algoritmes'
  | 'mensenrechten'
  | 'woo'
  | 'juridisch-loket';

/** The letters the letter builder can write. */
export type LetterKind = 'avg-inzage' | 'bezwaar' | 'klacht' | 'woo';

/** One way for a citizen to object, complain or ask. */
export interface Route {
  id: RouteId;
  title: Bilingual;
  /** When this route fits, in plain words. */
  when: Bilingual;
  deadline: Bilingual;
  where: Bilingual;
  /** Official https page about this route. */
  link: string;
  phone?: string;
  /** The letter the builder offers for this route, if any. */
  letter?: LetterKind;
}

/** What the user says happened. */
export type Situation = 'decision' | 'data' | 'treatment' | 'discrimination';
export const SITUATIONS: readonly Situation[] = ['decision', 'data', 'treatment', 'discrimination'];

/** 'decider': an organisation that takes decisions; 'transit': a login/portal host (DigiD, MijnOverheid). */
export type OrganizationKind = 'decider' | 'transit' | 'unknown';

export interface RouteContext {
  situation: Situation | null;
  organizationKind: OrganizationKind;
  /** publication_category of the organisation's algorithms (as the register spells them). */
  publicationCategories: readonly (string | null)[];
}

/** Remarks the UI shows above the routes. */
export type RouteNote = 'transit' | 'high-risk' | 'impactful' | 'letter-first';

export interface RouteSelection {
  /** The routes that fit, best first. */
  fitting: Route[];
  /** All other routes, in the standard order (shown collapsed). */
  others: Route[];
  notes: RouteNote[];
}

const ORDER: Record<Situation | 'none', RouteId[]> = {
  decision: ['bezwaar', 'avg-22', 'avg-inzage', 'beroep', 'verzet-strafbeschikking', 'verkeersboete', 'juridisch-loket'],
  data: ['avg-inzage', 'avg-bezwaar', 'bezwaar', 'woo', 'ap-klacht'],
  treatment: ['klacht', 'ombudsman', 'avg-inzage', 'juridisch-loket'],
  // With a decision, bezwaar comes first: a College procedure does not stop its term.
  discrimination: ['bezwaar', 'mensenrechten', 'klacht', 'avg-inzage', 'juridisch-loket'],
  none: ['avg-inzage', 'bezwaar', 'klacht', 'ombudsman', 'juridisch-loket'],
};

/**
 * Picks and orders the routes that fit the user's situation, the kind of
 * organisation and how its algorithms are classified. Pure; the same input
 * always gives the same output.
 */
export function routesFor(context: RouteContext): RouteSelection {
  const level = Math.max(0, ...context.publicationCategories.map(categoryLevel));
  const ids = [...ORDER[context.situation ?? 'none']];
  // Impactful or high-risk algorithms influence decisions about people:
  // the right not to be subject to automated decisions and the supervisor's signals matter.
  if (level >= 1 && context.situation !== 'treatment') {
    if (!ids.includes('avg-22')) ids.splice(Math.min(2, ids.length), 0, 'avg-22');
    if (context.situation !== 'decision') ids.push('ap-algoritmes');
  }
  if (context.situation === 'discrimination') ids.push('ap-algoritmes');
  const byId = new Map(ROUTES.map((r) => [r.id, r]));
  const fitting = [...new Set(ids)].map((id) => byId.get(id)!);
  const others = ROUTES.filter((r) => !fitting.includes(r));
  const notes: RouteNote[] = [];
  if (context.organizationKind === 'transit') notes.push('transit');
  if (level === 2) notes.push('high-risk');
  else if (level === 1) notes.push('impactful');
  if (context.situation === 'decision' || context.situation === 'discrimination') notes.push('letter-first');
  return { fitting, others, notes };
}
