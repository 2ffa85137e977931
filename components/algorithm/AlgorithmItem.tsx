import { useState } from 'preact/hooks';
import type { Algorithm } from '@/utils/register/model';
import { translator, type Language } from '@/utils/i18n';
import { capText } from '@/utils/sanitize';
import { algorithmMessages } from './messages';
import { assessmentsDone, assessmentsNone, summaryOf } from './grouping';
import { AlgorithmDetails } from './AlgorithmDetails';
import { SafeLink } from './SafeLink';
import { useLanguage, useT } from '../i18n';

const STATUS_EN: Record<string, string> = { 'In gebruik': 'In use', 'In ontwikkeling': 'In development', 'Buiten gebruik': 'Out of use' };

/** The register's status in the interface language. */
export function statusLabel(status: string | null, lang: Language): string {
  if (!status) return translator(algorithmMessages, lang)('status_unknown');
  return lang === 'en' ? (STATUS_EN[status] ?? status) : status;
}

/** Summaries longer than this are cut to two lines on screen; the details then repeat them in full. */
export const CLAMP_AFTER = 100;

/** One algorithm: name, short description, status, assessments, and expandable details. */
export function AlgorithmItem({ algorithm: a, headingLevel = 4 }: { algorithm: Algorithm; headingLevel?: 3 | 4 }) {
  const t = useT(algorithmMessages);
  const lang = useLanguage();
  const H = `h${headingLevel}` as 'h4';
  const [open, setOpen] = useState(false);
  const done = assessmentsDone(a);
  const summary = summaryOf(a);
  const name = capText(a.name, 200);
  // Screen readers get the whole summary from the clamped line; the repeat in the details is for the eye only.
  const clamped = !!summary && summary.text.length > CLAMP_AFTER;
  return (
    <li class="algorithm" data-lars={a.lars}>
      <H class="algorithm-name">{name}</H>
      {summary && <p class={clamped ? 'algorithm-summary clamped' : 'algorithm-summary'}>{summary.text}</p>}
      <p class="algorithm-meta">
        <span>
          {t('status')}: {statusLabel(a.status, lang)}
        </span>
        {done.length ? (
          <span>
            {t('assessments')}:{' '}
            {done.map((d, i) => (
              <span key={i}>
                {i > 0 && ', '}
                {d.link ? <SafeLink href={d.link}>{capText(d.title, 120)}</SafeLink> : capText(d.title, 120)}
              </span>
            ))}
          </span>
        ) : (
          <span>{assessmentsNone(a) ? t('assessments_none') : t('assessments_unknown')}</span>
        )}
      </p>
      {/* Details are rendered only once opened: a long list stays cheap to draw. */}
      <details class="algorithm-more" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary>
          {t('details_short')} <span class="visually-hidden">{t('details_about', { name })}</span>
        </summary>
        {open && clamped && summary && (
          <p class="algorithm-summary-full" aria-hidden="true">
            {summary.text}
          </p>
        )}
        {open && <AlgorithmDetails algorithm={a} headingLevel={headingLevel === 3 ? 4 : 5} omitGoal={summary?.isWholeGoal} />}
      </details>
    </li>
  );
}
