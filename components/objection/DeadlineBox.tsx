import { bezwaarDeadline, deadlineState } from '@/utils/objection/deadline';
import { formatDate } from '@/utils/objection/format';
import { useLanguage } from '../i18n';
import { useObjectionT } from './parts';

interface DeadlineBoxProps {
  decisionDate: string;
  onDecisionDate: (iso: string) => void;
  today: string;
}

/** The years the term may end in, for the decree warning ("2029" or "2028/2029"). */
function decreeYears(d: { lastDay: string; extendedTo: string }): string {
  return [...new Set([d.lastDay.slice(0, 4), d.extendedTo.slice(0, 4)])].join('/');
}

/** Date field for the decision and the computed bezwaar deadline, announced politely. */
export function DeadlineBox({ decisionDate, onDecisionDate, today }: DeadlineBoxProps) {
  const t = useObjectionT();
  const lang = useLanguage();
  const deadline = decisionDate ? bezwaarDeadline(decisionDate) : null;
  const state = deadline ? deadlineState(deadline, today) : null;
  const fmt = (iso: string) => formatDate(iso, lang, true);
  let message = '';
  if (deadline && state) {
    if (state.kind === 'future-decision') message = t('deadline_future');
    else if (state.kind === 'open' && state.daysLeft === 0) message = t('deadline_today', { date: fmt(deadline.lastDay) });
    else if (state.kind === 'open') message = t('deadline_open', { date: fmt(deadline.lastDay), days: state.daysLeft });
    else if (state.kind === 'grace') message = t('deadline_grace', { date: fmt(deadline.extendedTo) });
    else message = t('deadline_passed', { date: fmt(deadline.extendedTo) });
  }
  const moved = deadline && state?.kind === 'open' && deadline.extendedTo !== deadline.lastDay;
  return (
    <div class="aw-obj-deadline">
      <label for="aw-obj-decision-date">{t('decision_date')}</label>
      <input
        id="aw-obj-decision-date"
        type="date"
        value={decisionDate}
        max={today}
        aria-describedby="aw-obj-decision-date-hint"
        onInput={(e) => onDecisionDate((e.currentTarget as HTMLInputElement).value)}
      />
      <p id="aw-obj-decision-date-hint" class="aw-obj-small">
        {t('decision_date_hint')}
      </p>
      <div role="status" aria-live="polite" class="aw-obj-deadline-result">
        {message && <p class={state?.kind === 'passed' ? 'aw-obj-warn' : 'aw-obj-strong'}>{message}</p>}
        {moved && <p>{t('deadline_weekend', { date: fmt(deadline.extendedTo) })}</p>}
        {deadline && state?.kind !== 'future-decision' && !deadline.decreeChecked && (
          <p class="aw-obj-warn" data-testid="decree-unknown">
            {t('deadline_decree_unknown', { years: decreeYears(deadline) })}
          </p>
        )}
      </div>
      {deadline && <p class="aw-obj-small">{t('deadline_note')}</p>}
    </div>
  );
}
