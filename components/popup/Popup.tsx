import type { TabView } from '@/utils/protocol';
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
import { useState } from 'preact/hooks';
import { countByCategory } from '@/utils/badge';
import { offersWoo } from '@/utils/objection/letter-woo';
import { FollowToggle } from '../follow/FollowToggle';
import { NewSince } from '../follow/NewSince';
import { PeerLine } from '../follow/PeerLine';
import { WooCta } from '../follow/WooCta';
import { useT } from '../i18n';

export interface PopupProps {
  view: TabView;
  onAnswer: (organization: OrganizationRef | null) => Promise<void> | void;
  onPause: (paused: boolean) => void;
  onOpenOptions: () => void;
  /** Undoes the user's own decision for this host (shown with "door jou bevestigd"). */
  onUndo?: () => Promise<void> | void;
  /** Follow or stop following the recognised organisation. */
  onFollow?: () => Promise<void> | void;
  /** Open the options page at the changes section. */
  onOpenChanges?: () => void;
}

/** The popup for one tab, as a pure function of the background's TabView. */
export function Popup({ view, onAnswer, onPause, onOpenOptions, onUndo, onFollow, onOpenChanges }: PopupProps) {
  const t = useT(popupMessages);
  const [tab, setTab] = useState('algorithms');
  const [letter, setLetter] = useState<'woo' | undefined>(undefined);
  const { recognition: rec } = view;
  const toggle = rec.host ? <PauseToggle paused={view.paused} onChange={onPause} /> : null;
  if (view.paused) {
    return (
      <main>
        <header class="org-header">
          <h1>{t('paused_title')}</h1>
        </header>
        <p>{t('paused_text', { host: rec.host })}</p>
        {toggle}
      </main>
    );
  }
  if (rec.match === 'transit') {
    return (
      <main>
        <header class="org-header">
          <h1>{t('transit_title')}</h1>
        </header>
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
        <NotRecognised
          host={rec.host}
          suggestion={view.suggestion}
          risk={view.suggestion_risk}
          basis={view.suggestion_basis}
          onAnswer={onAnswer}
          onOpenOptions={onOpenOptions}
        />
        {toggle}
      </main>
    );
  }
  const org = rec.organization;
  const current = view.algorithms.filter(isCounted).length;
  const retired = view.algorithms.length - current;
  const news = view.news ?? null;
  const askWoo = () => {
    setLetter('woo');
    setTab('objection');
  };
  const woo = offersWoo(countByCategory(view.algorithms)) ? <WooCta organization={org.name} onAsk={askWoo} /> : null;
  const peers = news?.peers ? <PeerLine peers={news.peers} count={current} /> : null;
  const list = () => (
    <>
      {news && <NewSince news={news} onOpenChanges={onOpenChanges ?? onOpenOptions} />}
      {current === 0 ? (
        <>
          <ZeroAlgorithms organization={org.name} pageUrl={rec.url} />
          {peers}
          {woo}
          {retired > 0 && <AlgorithmList algorithms={view.algorithms} />}
        </>
      ) : (
        <>
          <CategoryCounts algorithms={view.algorithms} />
          <AlgorithmList algorithms={view.algorithms} />
          {woo}
          {peers}
        </>
      )}
    </>
  );
  return (
    <main>
      <OrgHeader view={view} onUndo={onUndo} />
      <Tabs
        label={t('tabs_label')}
        active={tab}
        onSelect={setTab}
        tabs={[
          { id: 'algorithms', label: current > 0 ? t('tab_algorithms_n', { n: current }) : t('tab_algorithms'), render: list },
          {
            id: 'objection',
            label: t('tab_objection'),
            render: () => (
              <ObjectionPanel
                organization={org}
                algorithms={view.algorithms}
                match={rec.match}
                dataDate={view.sync.data_date}
                startWith={letter}
              />
            ),
          },
        ]}
      />
      {news && onFollow && <FollowToggle followed={news.followed} onToggle={onFollow} />}
      {toggle}
    </main>
  );
}
