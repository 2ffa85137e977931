import type { PeerContext } from '@/utils/register/peers';
import { changesMessages } from './messages';
import { useT } from '../i18n';
import { keyPart } from '@/utils/i18n';

/** How the organisation's count compares with organisations of its kind: information, not a judgement. */
export function PeerLine({ peers, count }: { peers: PeerContext; count: number }) {
  const t = useT(changesMessages);
  const kind = t(`t_${keyPart(peers.type as Exclude<typeof peers.type, 'overig'>)}`);
  const vars = { peers: peers.peers, more: peers.more, median: peers.median, count, kind };
  return (
    <p class="peers">
      <strong>{t('peers_title')}:</strong> {count === 0 ? t('peers_zero', vars) : t('peers_some', vars)}
    </p>
  );
}
