import { useState } from 'preact/hooks';
import type { Algorithm } from '@/utils/register/model';
import type { OrganizationRef } from '@/utils/recognition/types';
import type { Contact } from '@/utils/objection/contact';
import { buildLetter, emptyLetterInput, type LetterInput } from '@/utils/objection/letters';
import type { LetterKind } from '@/utils/objection/routes';
import type { RegisterFacts } from '@/utils/objection/letter-woo';
import { AlgorithmPicker } from './AlgorithmPicker';
import { CaseFields } from './LetterFields';
import { LetterActions } from './LetterActions';
import { TextArea, TextField } from './fields';
import { useIdentity } from './useIdentity';
import { keyPart } from '@/utils/i18n';
import { useObjectionT } from './parts';

export interface LetterBuilderProps {
  organization: OrganizationRef | null;
  algorithms: readonly Algorithm[];
  contact: Contact | null;
  kind: LetterKind;
  onKind: (kind: LetterKind) => void;
  decisionDate: string;
  onDecisionDate: (iso: string) => void;
  today: string;
  /** Woo: what the register says of the organisation, quoted in the letter. */
  registerFacts: RegisterFacts | null;
}

const KINDS: LetterKind[] = ['avg-inzage', 'bezwaar', 'klacht', 'woo'];

/** Choose a letter, fill it in, preview it, then copy, download or mail it. Nothing leaves the device by itself. */
export function LetterBuilder(props: LetterBuilderProps) {
  const { algorithms, contact, kind, today } = props;
  const t = useObjectionT();
  const { identity, update, remember, setRemember, forget, notice } = useIdentity();
  const [orgName, setOrgName] = useState(props.organization?.name ?? '');
  const [selected, setSelected] = useState<Set<string>>(() => new Set(algorithms.length === 1 ? [algorithms[0].lars] : []));
  const [fields, setFields] = useState<Partial<LetterInput>>({});
  const toggle = (lars: string) => {
    const next = new Set(selected);
    if (!next.delete(lars)) next.add(lars);
    setSelected(next);
  };
  const input: LetterInput = {
    ...emptyLetterInput(kind, today),
    ...fields,
    kind,
    eventDate: kind === 'bezwaar' ? props.decisionDate : (fields.eventDate ?? ''),
    organization: orgName.trim() ? { name: orgName } : null,
    algorithms: algorithms.filter((a) => selected.has(a.lars)),
    sender: identity,
    register: kind === 'woo' ? props.registerFacts : null,
  };
  const letter = buildLetter(input);
  const patch = (p: Partial<LetterInput>) => setFields({ ...fields, ...p });
  return (
    <section class="aw-obj-builder" aria-labelledby="aw-obj-builder-title" id="aw-obj-builder">
      <h3 id="aw-obj-builder-title" tabIndex={-1}>
        {t('builder_title')}
      </h3>
      <p class="aw-obj-small">{t('builder_intro')}</p>
      <fieldset class="aw-obj-kinds">
        <legend>{t('kind_legend')}</legend>
        {KINDS.map((k) => (
          <div class="aw-obj-check" key={k}>
            <input
              type="radio"
              name="aw-obj-kind"
              id={`aw-obj-kind-${k}`}
              value={k}
              checked={kind === k}
              onChange={() => props.onKind(k)}
            />
            <label for={`aw-obj-kind-${k}`}>{t(`kind_${keyPart(k)}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextField id="aw-obj-org" label={t('organization')} value={orgName} onValue={setOrgName} maxLength={200} />
      <AlgorithmPicker algorithms={algorithms} selected={selected} onToggle={toggle} />
      <fieldset>
        <legend>{t('your_details')}</legend>
        <TextField
          id="aw-obj-name"
          label={t('name')}
          value={identity.name}
          autocomplete="name"
          maxLength={200}
          onValue={(name) => update({ name })}
        />
        <TextArea
          id="aw-obj-address"
          label={t('address')}
          value={identity.address}
          rows={2}
          autocomplete="street-address"
          maxLength={300}
          onValue={(address) => update({ address })}
        />
        <TextField
          id="aw-obj-email"
          type="email"
          label={t('email')}
          value={identity.email}
          autocomplete="email"
          maxLength={254}
          onValue={(email) => update({ email })}
        />
        <TextField id="aw-obj-place" label={t('place')} value={fields.place ?? ''} maxLength={100} onValue={(place) => patch({ place })} />
        <div class="aw-obj-check">
          <input
            id="aw-obj-remember"
            type="checkbox"
            checked={remember}
            onChange={(e) => setRemember((e.currentTarget as HTMLInputElement).checked)}
          />
          <label for="aw-obj-remember">{t('remember')}</label>
        </div>
        {remember && (
          <button type="button" onClick={forget}>
            {t('forget')}
          </button>
        )}
        <p role="status" aria-live="polite" class="aw-obj-small">
          {notice ? t(notice) : ''}
        </p>
      </fieldset>
      <CaseFields input={input} onChange={patch} onDecisionDate={props.onDecisionDate} today={today} />
      <h4 id="aw-obj-preview-title">{t('preview')}</h4>
      {letter.missing.length > 0 && (
        <p class="aw-obj-warn" data-testid="missing">
          {t('missing', { fields: letter.missing.map((m) => t(`missing_${m}`)).join(', ') })}
        </p>
      )}
      <pre class="aw-obj-letter" tabIndex={0} aria-labelledby="aw-obj-preview-title" data-testid="letter-preview">
        {letter.body}
      </pre>
      {kind === 'avg-inzage' && <p class="aw-obj-small">{t('attribution')}</p>}
      {kind === 'woo' && (
        <p class="aw-obj-note" data-testid="woo-where">
          {t('woo_where', { org: orgName.trim() || t('missing_organization') })}
        </p>
      )}
      <LetterActions letter={letter} kind={kind} date={today} contact={contact} />
    </section>
  );
}
