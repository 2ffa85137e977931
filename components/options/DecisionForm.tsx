import { useState } from 'preact/hooks';
import type { Organization } from '@/utils/register/model';
import type { HostDecision } from '@/utils/settings';
import { normalizeHost } from '@/utils/decisions/file';
import { settingsMessages } from './settings-messages';
import { useT } from '../i18n';

/**
 * Form to add or change one host → organisation decision. The organisation
 * must be picked from the register's list (a datalist: type to narrow it).
 */
export function DecisionForm(props: {
  organizations: readonly Organization[];
  initial?: HostDecision;
  onSave: (d: HostDecision) => void;
  onCancel?: () => void;
}) {
  const t = useT(settingsMessages);
  const init = props.initial;
  const [host, setHost] = useState(init?.host ?? '');
  const [org, setOrg] = useState(init?.organization?.name ?? '');
  const [rejected, setRejected] = useState(init?.kind === 'rejected');
  const [error, setError] = useState('');
  const id = init ? `dec-edit-${init.host}` : 'dec-new';
  const submit = (e: Event) => {
    e.preventDefault();
    const h = normalizeHost(host);
    if (!h) return setError(t('host_invalid', { input: host.trim() }));
    const found = props.organizations.find((o) => o.name === org.trim());
    if (!rejected && !found) return setError(t('org_unknown', { name: org.trim() }));
    setError('');
    props.onSave({
      host: h,
      organization: rejected || !found ? null : { name: found.name, org_id: found.org_id },
      kind: rejected ? 'rejected' : 'corrected',
      decided_at: new Date().toISOString(),
    });
  };
  return (
    <form class="decision-form" onSubmit={submit} aria-label={init ? t('edit_host', { host: init.host }) : t('dec_add')}>
      <div class="field">
        <label for={`${id}-host`}>{t('dec_host')}</label>
        <input
          id={`${id}-host`}
          type="text"
          value={host}
          readOnly={!!init}
          autoComplete="off"
          onInput={(e) => setHost((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-org`}>{t('dec_org_label')}</label>
        <input
          id={`${id}-org`}
          type="text"
          list="register-organizations"
          value={org}
          disabled={rejected}
          aria-describedby={`${id}-org-hint`}
          autoComplete="off"
          onInput={(e) => setOrg((e.currentTarget as HTMLInputElement).value)}
        />
        <p id={`${id}-org-hint`} class="muted">
          {t('dec_org_hint')}
        </p>
      </div>
      <label class="choice">
        <input type="checkbox" checked={rejected} onChange={(e) => setRejected((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('dec_not_org')}
      </label>
      <div class="buttons">
        <button type="submit">{t('save')}</button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
