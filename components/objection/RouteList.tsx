import type { LetterKind, Route } from '@/utils/objection/routes';
import { useLanguage } from '../i18n';
import { ExternalLink, useObjectionT } from './parts';

interface RouteListProps {
  routes: readonly Route[];
  /** Called when the user wants to write the route's letter. */
  onWrite?: (kind: LetterKind) => void;
}

/** The routes as a list of short cards: when, deadline, where, official link, phone. */
export function RouteList({ routes, onWrite }: RouteListProps) {
  const t = useObjectionT();
  const lang = useLanguage();
  return (
    <ul class="aw-obj-routes">
      {routes.map((r) => (
        <li key={r.id} class="aw-obj-route" data-route={r.id}>
          <h4>{r.title[lang]}</h4>
          <p>{r.when[lang]}</p>
          <dl>
            <dt>{t('deadline')}</dt>
            <dd>{r.deadline[lang]}</dd>
            <dt>{t('where')}</dt>
            <dd>{r.where[lang]}</dd>
            {r.phone && (
              <>
                <dt>{t('phone')}</dt>
                <dd>
                  <a href={`tel:${r.phone.replace(/[^\d+]/g, '')}`}>{r.phone}</a>
                </dd>
              </>
            )}
          </dl>
          <p class="aw-obj-actions">
            <ExternalLink href={r.link}>
              {t('more_info')}: {new URL(r.link).host.replace(/^www\./, '')}
            </ExternalLink>
            {r.letter && onWrite && (
              <button type="button" onClick={() => onWrite(r.letter!)}>
                {t('write_letter')}
              </button>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
