import { useState } from 'preact/hooks';
import { capText } from '@/utils/sanitize';
import { AlgorithmDetails } from '../algorithm/AlgorithmDetails';
import { statusLabel } from '../algorithm/AlgorithmItem';
import { algorithmMessages } from '../algorithm/messages';
import { explorerMessages } from './explorer-messages';
import type { ExplorerRow } from './explorer-search';
import { useLanguage, useT } from '../i18n';

/** One search result: name, organisation, category, status, and the popup's detail view on demand. */
export function ExplorerItem({ row }: { row: ExplorerRow }) {
  const t = useT(explorerMessages);
  const ta = useT(algorithmMessages);
  const lang = useLanguage();
  const a = row.algorithm;
  const [open, setOpen] = useState(false);
  const name = capText(a.name, 200);
  return (
    <li class="algorithm" data-lars={a.lars}>
      <h3 class="algorithm-name">{name}</h3>
      <p class="algorithm-meta">
        <span>
          {t('organization')}: {capText(a.organization, 200)}
        </span>
        <span>
          {t('category')}: {a.publication_category ? capText(a.publication_category, 100) : t('unknown')}
        </span>
        <span>
          {ta('status')}: {statusLabel(a.status, lang)}
        </span>
      </p>
      {row.description && <p class="algorithm-summary">{capText(row.description, 400)}</p>}
      <details class="algorithm-more" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{ta('details', { name })}</summary>
        {open && <AlgorithmDetails algorithm={a} headingLevel={4} />}
      </details>
    </li>
  );
}
