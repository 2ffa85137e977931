import type { Contact, ObjectionText } from '@/utils/objection/contact';
import { ExternalLink, useObjectionT } from './parts';

interface OrgContactProps {
  organizationName: string;
  contact: Contact | null;
  texts: readonly ObjectionText[];
}

/** The organisation's own contact from the register, and legacy objection text as plain text. */
export function OrgContact({ organizationName, contact, texts }: OrgContactProps) {
  const t = useObjectionT();
  return (
    <section class="aw-obj-contact" aria-labelledby="aw-obj-contact-title">
      <h3 id="aw-obj-contact-title">{t('contact_title', { org: organizationName })}</h3>
      {contact ? (
        <p>
          {contact.kind === 'email' ? `${t('contact_email')}: ` : `${t('contact_page')}: `}
          <ExternalLink href={contact.href}>{contact.kind === 'email' ? contact.address : contact.label}</ExternalLink>
        </p>
      ) : (
        <p>{t('contact_none')}</p>
      )}
      {contact && <p class="aw-obj-small">{t('contact_hint')}</p>}
      {texts.length > 0 && (
        <details>
          <summary>{t('legacy_title')}</summary>
          {texts.map((x) => (
            <blockquote key={x.text}>
              <p class="aw-obj-pre">{x.text}</p>
              <footer class="aw-obj-small">{t('legacy_note', { name: x.algorithm })}</footer>
            </blockquote>
          ))}
        </details>
      )}
    </section>
  );
}
