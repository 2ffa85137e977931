import type { ComponentChildren } from 'preact';
import { safeHref } from '@/utils/sanitize';
import { useT } from '../i18n';
import { objectionMessages, type ObjectionKey } from './messages';

/** The translate function of this area. */
export type T = (key: ObjectionKey, vars?: Record<string, string | number>) => string;

/** Translate function for the objection texts, in the page's language. */
export function useObjectionT(): T {
  return useT<ObjectionKey>(objectionMessages);
}

/** Only http(s) and strictly checked mailto: links (utils/sanitize.ts safeHref) may become links. */
export function isSafeHref(href: string): boolean {
  return safeHref(href) !== null;
}

/** A link that opens in a new tab and says so to screen readers; unsafe hrefs render as text. */
export function ExternalLink(props: { href: string; children: ComponentChildren }) {
  const t = useObjectionT();
  const href = safeHref(props.href);
  if (!href) return <span>{props.children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {props.children}
      <span class="aw-obj-sr"> {t('opens_new_tab')}</span>
    </a>
  );
}
