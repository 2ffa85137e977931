import type { TabView } from '@/utils/messages';
import type { OrganizationRef } from '@/utils/recognition/types';
import { isCounted } from '@/utils/badge';
import { AlgorithmList } from '../algorithm/AlgorithmList';
import { CategoryCounts } from '../algorithm/CategoryCounts';
import { LazyObjection as ObjectionPanel } from './LazyObjection';
import { popupMessages } from './messages';
import { OrgHeader } from './OrgHeader';
import { NotRecognised } from './NotRecognised';
import { PauseToggle } from './PauseToggle';
import { Tabs } from './Tabs';
import { ZeroAlgorithms } from './ZeroAlgorithms';
import { useT } from '../i18n';

export interface PopupProps {
  view: TabView;
  onAnswer: (organization: OrganizationRef | null) => Promise<void> | void;
  onPause: (paused: boolean) => void;
  onOpenOptions: () => void;
  /** Undoes the user's own decision for this host (shown with "door jou bevestigd"). */
  onUndo?: () => Promise<void> | void;
}

/** The popup for one tab, as a pure function of the background's TabView. */
export function Popup({ view, onAnswer, onPause, onOpenOptions, onUndo }: PopupProps) {
  const t = useT(popupMessages);
  const { recognition: rec } = view;
  const toggle = rec.host ? <PauseToggle paused={view.paused} onChange={onPause} /> : null;
  if (view.paused) {
    return (
      <main>
        <header class="org-header"><h1>{t('paused_title')}</h1></header>
        <p>{t('paused_text', { host: rec.host })}</p>
        {toggle}
      </main>
    );
  }
  if (rec.match === 'transit') {
    return (
      <main>
        <header class="org-header"><h1>{t('transit_title')}</h1></header>
        {rec.transit_note && <p lang="nl">{rec.transit_note}</p>}
        <p>{t('transit_text')}</p>
        <ObjectionPanel organization={null} algorithms={[]} match="transit" />
        {toggle}
      </main>
    );
  }
  if (!rec.organization) {
    return (
      <main>
        <NotRecognised host={rec.host} suggestion={view.suggestion} risk={view.suggestion_risk} onAnswer={onAnswer} onOpenOptions={onOpenOptions} />
        {toggle}
      </main>
    );
  }
  const org = rec.organization;
  const current = view.algorithms.filter(isCounted).length;
  const retired = view.algorithms.length - current;
  const list = () =>
    current === 0 ? (
      <>
        <ZeroAlgorithms organization={org.name} pageUrl={rec.url} />
        {retired > 0 && <AlgorithmList algorithms={view.algorithms} />}
      </>
    ) : (
      <>
        <CategoryCounts algorithms={view.algorithms} />
        <AlgorithmList algorithms={view.algorithms} />
      </>
    );
  return (
    <main>
      <OrgHeader view={view} onUndo={onUndo} />
      <Tabs
        label={t('tabs_label')}
        tabs={[
          { id: 'algorithms', label: current > 0 ? t('tab_algorithms_n', { n: current }) : t('tab_algorithms'), render: list },
          { id: 'objection', label: t('tab_objection'), render: () => <ObjectionPanel organization={org} algorithms={view.algorithms} match={rec.match} /> },
        ]}
      />
      {toggle}
    </main>
  );
}
