import type { Algorithm } from '@/utils/register/model';
import { capText, contactLink } from '@/utils/sanitize';
import { algorithmMessages } from './messages';
import { RichText } from './RichText';
import { SafeLink } from './SafeLink';
import { useT } from '../i18n';

const TEXT_FIELDS = [
  'goal',
  'human_intervention',
  'risks',
  'proportionality',
  'source_data',
  'impacttoetsen',
  'objection_procedure',
] as const;

/**
 * The full register entry of one algorithm: goal, human intervention, risks,
 * legal basis with its links, data used, register link and contact. Only what
 * the data holds is shown; every text goes through the sanitiser.
 * Props-driven, so the options page explorer reuses it.
 */
export function AlgorithmDetails({
  algorithm: a,
  headingLevel = 4,
  omitGoal = false,
}: {
  algorithm: Algorithm;
  headingLevel?: 3 | 4 | 5;
  /** Leave out the goal when the caller already shows all of it. */
  omitGoal?: boolean;
}) {
  const t = useT(algorithmMessages);
  const H = `h${headingLevel}` as 'h4';
  const contact = contactLink(a.contact_email);
  const laws = (a.lawful_basis_grouping ?? []).filter((l) => l.title);
  const fields = TEXT_FIELDS.filter((f) => a[f]?.trim() && !(omitGoal && f === 'goal'));
  const hasLaw = laws.length > 0 || !!a.lawful_basis?.trim();
  return (
    <div class="algorithm-details">
      {fields.length === 0 && !hasLaw && <p class="muted">{t('no_details')}</p>}
      {fields
        .filter((f) => f !== 'source_data' && f !== 'objection_procedure' && f !== 'impacttoetsen')
        .map((f) => (
          <section key={f}>
            <H>{t(f)}</H>
            <RichText html={a[f]} />
          </section>
        ))}
      {hasLaw && (
        <section>
          <H>{t('lawful_basis')}</H>
          {laws.length > 0 && (
            <ul>
              {laws.map((l, i) => (
                <li key={i}>
                  <SafeLink href={l.link}>{capText(l.title, 300)}</SafeLink>
                </li>
              ))}
            </ul>
          )}
          <RichText html={a.lawful_basis} />
        </section>
      )}
      {(['source_data', 'impacttoetsen', 'objection_procedure'] as const)
        .filter((f) => fields.includes(f))
        .map((f) => (
          <section key={f}>
            <H>{t(f)}</H>
            <RichText html={a[f]} />
          </section>
        ))}
      {a.themes?.length > 0 && (
        <p>
          <strong>{t('themes')}:</strong> {capText(a.themes.join(', '), 500)}
        </p>
      )}
      <ul class="links">
        <li>
          <SafeLink href={a.register_url}>{t('register_link')}</SafeLink>
        </li>
        {contact && (
          <li>
            {t('contact')}:{' '}
            <a href={contact.href} target="_blank" rel="noopener noreferrer">
              {contact.label}
            </a>
          </li>
        )}
        {a.website && (
          <li>
            <SafeLink href={a.website}>{t('website')}</SafeLink>
          </li>
        )}
      </ul>
    </div>
  );
}
