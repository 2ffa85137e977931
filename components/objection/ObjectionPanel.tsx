import './objection.css';
import { useState } from 'preact/hooks';
import type { Algorithm } from '@/utils/register/model';
import type { MatchKind, OrganizationRef } from '@/utils/recognition/types';
import { objectionTexts, parseContact, pickContact } from '@/utils/objection/contact';
import { todayIso } from '@/utils/objection/dates';
import { SITUATIONS, routesFor, type LetterKind, type Situation } from '@/utils/objection/routes';
import { DeadlineBox } from './DeadlineBox';
import { LetterBuilder } from './LetterBuilder';
import { OrgContact } from './OrgContact';
import { RegimeList } from './RegimeList';
import { RouteList } from './RouteList';
import { keyPart } from '@/utils/i18n';
import { useLanguage } from '../i18n';
import { useObjectionT } from './parts';
import { countByCategory } from '@/utils/badge';
import type { RegisterFacts } from '@/utils/objection/letter-woo';

/** What a Woo request quotes: entries in use or in development, and how many are high-risk or impactful. */
function registerFacts(algorithms: readonly Algorithm[], dataDate: string | null): RegisterFacts {
  const c = countByCategory(algorithms);
  return { count: c.high_risk + c.impactful + c.other + c.unknown, serious: c.high_risk + c.impactful, unknown: c.unknown, dataDate };
}

/** The letter the builder starts with for each situation. */
// With a decision, bezwaar comes first, also for discrimination: other procedures do not stop its term.
const LETTER_FOR: Record<Situation, LetterKind> = {
  decision: 'bezwaar',
  data: 'avg-inzage',
  treatment: 'klacht',
  discrimination: 'bezwaar',
};

export interface ObjectionPanelProps {
  /** The recognised organisation, or null when unknown. */
  organization: OrganizationRef | null;
  /** The organisation's algorithms (from the register index). */
  algorithms: readonly Algorithm[];
  /** The register's contact_email to use; default: the most common valid one among `algorithms`. */
  contact?: string | null;
  /** How the page was recognised; 'transit' (DigiD, MijnOverheid) adds a note. */
  match?: MatchKind;
  /** Today as 'YYYY-MM-DD' (tests); default: today in Europe/Amsterdam. */
  today?: string;
  /** The register data's date, quoted in a Woo request. */
  dataDate?: string | null;
  /** The letter to start with (the popup's "Vraag om openheid" opens the Woo request). */
  startWith?: LetterKind;
}

/** "Bezwaar maken of uitleg vragen": the fitting routes with deadlines and links, the register contact, and the letter builder. */
export function ObjectionPanel({
  organization,
  algorithms,
  contact,
  match,
  today = todayIso(),
  dataDate = null,
  startWith = 'avg-inzage',
}: ObjectionPanelProps) {
  const t = useObjectionT();
  const lang = useLanguage();
  const [situation, setSituation] = useState<Situation | null>(null);
  const [kind, setKind] = useState<LetterKind>(startWith);
  const [decisionDate, setDecisionDate] = useState('');
  const selection = routesFor({
    situation,
    organizationKind: match === 'transit' ? 'transit' : organization ? 'decider' : 'unknown',
    publicationCategories: algorithms.map((a) => a.publication_category),
  });
  const orgContact = contact !== undefined ? parseContact(contact) : pickContact(algorithms);
  const choose = (s: Situation) => {
    setSituation(s);
    setKind(LETTER_FOR[s]);
  };
  const write = (k: LetterKind) => {
    setKind(k);
    document.getElementById('aw-obj-builder-title')?.focus();
  };
  return (
    <section class="aw-obj" aria-labelledby="aw-obj-title" lang={lang}>
      <h2 id="aw-obj-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <fieldset class="aw-obj-situations">
        <legend>{t('situation_legend')}</legend>
        {SITUATIONS.map((s) => (
          <div class="aw-obj-check" key={s}>
            <input type="radio" name="aw-obj-situation" id={`aw-obj-situation-${s}`} checked={situation === s} onChange={() => choose(s)} />
            <label for={`aw-obj-situation-${s}`}>{t(`situation_${s}`)}</label>
          </div>
        ))}
      </fieldset>
      {(situation === 'decision' || situation === 'discrimination') && (
        <>
          <DeadlineBox decisionDate={decisionDate} onDecisionDate={setDecisionDate} today={today} />
          <RegimeList />
        </>
      )}
      {selection.notes.map((n) => (
        <p key={n} class="aw-obj-note">
          {t(`note_${keyPart(n)}`)}
        </p>
      ))}
      <h3>{t('routes_title')}</h3>
      <RouteList routes={selection.fitting} onWrite={write} />
      <details class="aw-obj-more">
        <summary>{t('other_routes', { n: selection.others.length })}</summary>
        <RouteList routes={selection.others} onWrite={write} />
      </details>
      {organization && <OrgContact organizationName={organization.name} contact={orgContact} texts={objectionTexts(algorithms)} />}
      <LetterBuilder
        key={organization?.org_id ?? organization?.name ?? ''}
        organization={organization}
        algorithms={algorithms}
        contact={orgContact}
        kind={kind}
        onKind={setKind}
        decisionDate={decisionDate}
        onDecisionDate={setDecisionDate}
        today={today}
        registerFacts={organization ? registerFacts(algorithms, dataDate) : null}
      />
    </section>
  );
}
