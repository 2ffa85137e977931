import { bezwaarDeadline, deadlineState } from '@/utils/objection/deadline';
import { formatDate } from '@/utils/objection/format';
import type { Language } from '@/utils/i18n';
import type { T } from './parts';

interface DeadlineBoxProps {
  decisionDate: string;
  onDecisionDate: (iso: string) => void;
  today: string;
  lang: Language;
  t: T;
}

/** Date field for the decision and the computed bezwaar deadline, announced politely. */
export function DeadlineBox({ decisionDate, onDecisionDate, today, lang, t }: DeadlineBoxProps) {
  const deadline = decisionDate ? bezwaarDeadline(decisionDate) : null;
  const state = deadline ? deadlineState(deadline, today) : null;
  const fmt = (iso: string) => formatDate(iso, lang, true);
  let message = '';
  if (deadline && state) {
    if (state.kind === 'future-decision') message = t('deadlineFuture');
    else if (state.kind === 'open' && state.daysLeft === 0) message = t('deadlineToday', { date: fmt(deadline.lastDay) });
    else if (state.kind === 'open') message = t('deadlineOpen', { date: fmt(deadline.lastDay), days: state.daysLeft });
    else if (state.kind === 'grace') message = t('deadlineGrace', { date: fmt(deadline.extendedTo) });
    else message = t('deadlinePassed', { date: fmt(deadline.extendedTo) });
  }
  const moved = deadline && state?.kind === 'open' && deadline.extendedTo !== deadline.lastDay;
  return (
    <div class="aw-obj-deadline">
      <label for="aw-obj-decision-date">{t('decisionDate')}</label>
      <input
        id="aw-obj-decision-date"
        type="date"
        value={decisionDate}
        max={today}
        onInput={(e) => onDecisionDate((e.currentTarget as HTMLInputElement).value)}
      />
      <div role="status" aria-live="polite" class="aw-obj-deadline-result">
        {message && <p class={state?.kind === 'passed' ? 'aw-obj-warn' : 'aw-obj-strong'}>{message}</p>}
        {moved && <p>{t('deadlineWeekend', { date: fmt(deadline.extendedTo) })}</p>}
      </div>
      {deadline && <p class="aw-obj-small">{t('deadlineNote')}</p>}
    </div>
  );
}
