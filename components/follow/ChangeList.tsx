import type { RegisterChange } from '@/utils/register/changes';
import { categoryKey } from '@/utils/register/category';
import { capText } from '@/utils/sanitize';
import { SafeLink } from '../algorithm/SafeLink';
import { algorithmMessages } from '../algorithm/messages';
import { changesMessages } from './messages';
import { useT } from '../i18n';

/** One line per change: what kind, the algorithm (linked to its register page), and what changed. */
export function ChangeList({ changes }: { changes: readonly RegisterChange[] }) {
  const t = useT(changesMessages);
  const cat = useT(algorithmMessages);
  // A value the register spells in an unknown way is shown as given; no value is "Categorie onbekend".
  const category = (v: string | null | undefined) => (v && categoryKey(v) === 'unknown' ? capText(v, 60) : cat(`cat_${categoryKey(v)}`));
  return (
    <ul class="change-list">
      {changes.map((c) => (
        <li key={`${c.kind}:${c.lars}`} data-kind={c.kind}>
          <span class="change-kind">{t(`k_${c.kind}`)}</span> <SafeLink href={c.register_url}>{capText(c.name, 160)}</SafeLink>
          {c.kind === 'category' && <> — {t('before_after', { before: category(c.before), after: category(c.publication_category) })}</>}
          {c.kind === 'status' && (
            <> — {t('before_after', { before: capText(c.before ?? '?', 40), after: capText(c.status ?? '?', 40) })}</>
          )}
          {c.kind === 'edited' && <> — {t('fields', { fields: (c.fields ?? []).join(', ') })}</>}
        </li>
      ))}
    </ul>
  );
}
