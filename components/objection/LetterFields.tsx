import type { LetterInput } from '@/utils/objection/letters';
import { TextArea, TextField } from './fields';
import { useObjectionT } from './parts';

type Patch = (patch: Partial<LetterInput>) => void;

interface CaseFieldsProps {
  input: LetterInput;
  onChange: Patch;
  /** The decision date is shared with the deadline calculator. */
  onDecisionDate: (iso: string) => void;
  today: string;
}

/** The fields about the case: the decision (bezwaar) or what happened (klacht). None for AVG. */
export function CaseFields({ input, onChange, onDecisionDate, today }: CaseFieldsProps) {
  const t = useObjectionT();
  if (input.kind === 'bezwaar') {
    return (
      <fieldset>
        <legend>{t('decision_legend')}</legend>
        <TextField
          id="aw-obj-reference"
          label={t('reference')}
          value={input.reference}
          maxLength={120}
          onValue={(reference) => onChange({ reference })}
        />
        <TextField
          id="aw-obj-letter-decision-date"
          type="date"
          label={t('decision_date_letter')}
          value={input.eventDate}
          max={today}
          onValue={onDecisionDate}
        />
        <TextArea
          id="aw-obj-about"
          label={t('decision_about')}
          value={input.description}
          rows={2}
          maxLength={1000}
          onValue={(description) => onChange({ description })}
        />
        <div class="aw-obj-check">
          <input
            id="aw-obj-proforma"
            type="checkbox"
            checked={input.proForma}
            aria-describedby="aw-obj-proforma-hint"
            onChange={(e) => onChange({ proForma: (e.currentTarget as HTMLInputElement).checked })}
          />
          <label for="aw-obj-proforma">{t('pro_forma')}</label>
        </div>
        <p id="aw-obj-proforma-hint" class="aw-obj-small">
          {t('pro_forma_hint')}
        </p>
        {/* Stays visible with pro forma: grounds already typed must not silently disappear. */}
        <TextArea
          id="aw-obj-grounds"
          label={input.proForma ? t('grounds_so_far') : t('grounds')}
          value={input.grounds}
          rows={5}
          maxLength={5000}
          onValue={(grounds) => onChange({ grounds })}
        />
      </fieldset>
    );
  }
  if (input.kind === 'klacht') {
    return (
      <fieldset>
        <legend>{t('conduct_legend')}</legend>
        <TextField
          id="aw-obj-conduct-date"
          type="date"
          label={t('conduct_date')}
          value={input.eventDate}
          max={today}
          onValue={(eventDate) => onChange({ eventDate })}
        />
        <TextArea
          id="aw-obj-conduct"
          label={t('conduct_about')}
          value={input.description}
          rows={5}
          maxLength={5000}
          onValue={(description) => onChange({ description })}
        />
        <TextArea
          id="aw-obj-wish"
          label={t('wish')}
          value={input.grounds}
          rows={3}
          maxLength={3000}
          onValue={(grounds) => onChange({ grounds })}
        />
      </fieldset>
    );
  }
  return null;
}
