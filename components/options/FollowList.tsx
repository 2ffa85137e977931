import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Organization } from '@/utils/register/model';
import { followNotifications, followedOrganizations, setFollowNotifications, toggleFollowed } from '@/utils/settings';
import { isFollowed } from '@/utils/follow/follow';
import { nameKey } from '@/utils/register/index';
import { changesMessages } from '../follow/messages';
import { useItem } from './use-item';
import { useT } from '../i18n';

/**
 * The organisations the user follows: add one by its register name, remove
 * one, and opt in to browser notifications (the optional `notifications`
 * permission is asked for only here, when the box is ticked).
 */
export function FollowList({ organizations }: { organizations: readonly Organization[] }) {
  const t = useT(changesMessages);
  const followed = useItem(followedOrganizations) ?? [];
  const notify = useItem(followNotifications) ?? false;
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    // What the field holds now (a paste or autofill may not have re-rendered yet).
    const typed = String(new FormData(e.currentTarget as HTMLFormElement).get('org') ?? name);
    const org = organizations.find((o) => nameKey(o.name) === nameKey(typed));
    if (!org) return setMessage(t('follow_unknown'));
    if (!isFollowed(followed, org)) void toggleFollowed(org);
    setName('');
    setMessage('');
  };
  const setNotify = async (on: boolean) => {
    const granted = on ? await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false) : false;
    await setFollowNotifications(on && granted);
    setMessage(on && !granted ? t('notify_denied') : '');
  };
  return (
    <section aria-labelledby="follow-h" class="follow">
      <h2 id="follow-h">{t('follow_heading')}</h2>
      <p>{t('follow_intro')}</p>
      {followed.length ? (
        <ul class="followed">
          {followed.map((o) => (
            <li key={`${o.org_id}|${o.name}`}>
              {o.name}{' '}
              <button type="button" onClick={() => void toggleFollowed(o)} aria-label={t('unfollow', { name: o.name })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('follow_none')}</p>
      )}
      <form onSubmit={add} class="follow-add">
        <label for="follow-org">{t('follow_label')}</label>
        <input
          id="follow-org"
          name="org"
          list="follow-orgs"
          value={name}
          autocomplete="off"
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
        <datalist id="follow-orgs">
          {organizations.map((o) => (
            <option key={o.name} value={o.name} />
          ))}
        </datalist>
        <button type="submit">{t('follow_add')}</button>
      </form>
      <label class="choice">
        <input
          type="checkbox"
          id="follow-notify"
          checked={notify}
          aria-describedby="follow-notify-hint"
          onChange={(e) => void setNotify((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {t('notify')}
      </label>
      <p id="follow-notify-hint" class="muted">
        {t('notify_hint')}
      </p>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
