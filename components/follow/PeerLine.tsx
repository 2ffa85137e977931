import type { PeerContext } from '@/utils/register/peers';
import { translator, type Language } from '@/utils/i18n';
import { changesMessages } from './messages';

/** How the organisation's count compares with organisations of its kind: information, not a judgement. */
export function PeerLine({ peers, count, lang }: { peers: PeerContext; count: number; lang: Language }) {
  const t = translator(changesMessages, lang);
  const kind = t(`t_${peers.type}` as 't_gemeente');
  const vars = { peers: peers.peers, more: peers.more, median: peers.median, count, kind };
  return (
    <p class="peers">
      <strong>{t('peers_title')}:</strong> {count === 0 ? t('peers_zero', vars) : t('peers_some', vars)}
    </p>
  );
}
