import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { renderIn } from '../render-in';
import { Popup } from '@/components/popup/Popup';
import type { OrganizationNews } from '@/utils/follow/view';
import { organizationNews } from '@/utils/follow/view';
import { diffSnapshots } from '@/utils/register/changes';
import { registerChanges } from '@/utils/register/changes-store';
import { followedOrganizations } from '@/utils/settings';
import type { Snapshot } from '@/utils/register/model';
import { algorithmsOf, realAlgorithms } from './fixtures';
import { viewOf } from './views';
import { seriousViolations } from '../objection/axe';

const UWV = { name: 'Uitvoeringsinstituut Werknemersverzekeringen', org_id: null };
const noop = () => {};
const snapshot = { algorithms: realAlgorithms(), organizations: [], data_date: '2026-08-06', hash: 'a' } as unknown as Snapshot;

function renderPopup(news: OrganizationNews, more: Partial<ReturnType<typeof viewOf>> = {}, handlers: Record<string, unknown> = {}) {
  const view = { ...viewOf({ organization: UWV, algorithms: algorithmsOf(UWV.name) }), news, ...more };
  return renderIn(<Popup view={view} onAnswer={noop} onPause={noop} onOpenOptions={noop} onFollow={noop} {...handlers} />);
}

describe('following an organisation in the popup', () => {
  it('shows what is new at a followed organisation, from the change set the background keeps', async () => {
    const next = structuredClone(snapshot);
    const uwv = next.algorithms.filter((a) => a.organization === UWV.name);
    uwv[0].publication_category = 'Impactvolle algoritmes';
    next.algorithms.push({ ...structuredClone(uwv[1]), lars: '99000005', name: 'Nieuw bij UWV' });
    next.data_date = '2026-11-29';
    await registerChanges.setValue(diffSnapshots(snapshot, next));
    expect((await organizationNews(UWV, next, uwv.length)).changes).toEqual([]); // not followed: nothing
    await followedOrganizations.setValue([UWV]);
    const news = await organizationNews(UWV, next, uwv.length);
    expect(news.followed).toBe(true);
    renderPopup(news);
    const section = screen.getByRole('region', { name: 'Nieuw sinds 6 augustus 2026' });
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Nieuw Nieuw bij UWV', `Andere categorie ${uwv[0].name} — Categorie onbekend → Impactvolle algoritmes`]);
    expect(screen.getByRole('button', { name: /Je volgt deze organisatie/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await seriousViolations(document.body)).toEqual([]);
  });

  it('follows with one button', () => {
    const onFollow = vi.fn();
    renderPopup({ followed: false, since: null, changes: [], peers: null }, {}, { onFollow });
    const button = screen.getByRole('button', { name: /Volg deze organisatie/ });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(onFollow).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('region', { name: /Nieuw sinds/ })).toBeNull();
  });
});

describe('an organisation with no entries', () => {
  const none = { followed: false, since: null, changes: [], peers: { type: 'gemeente' as const, peers: 180, more: 180, median: 4 } };

  it('puts the count in context and offers a Woo request that opens in the objection tab', async () => {
    renderPopup(none, {
      algorithms: [],
      recognition: { ...viewOf({ organization: { name: 'Gemeente Voorbeeld', org_id: 'gm9999' }, algorithms: [] }).recognition },
    });
    expect(
      screen.getByText(
        /180 gemeenten hebben algoritmen in het register staan die in gebruik of in ontwikkeling zijn\. De helft daarvan heeft er 4 of meer\./,
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Vraag om openheid' }));
    expect(screen.getByRole('tab', { name: 'Bezwaar maken of uitleg vragen' }).getAttribute('aria-selected')).toBe('true');
    const woo = (await screen.findByLabelText('Vraag om openheid over algoritmen (Woo-verzoek)')) as HTMLInputElement;
    expect(woo.checked).toBe(true);
    expect(screen.getByTestId('letter-preview').textContent).toContain('Woo-verzoek: algoritmen van Gemeente Voorbeeld');
  });

  it('does not offer it where the register shows a serious entry', () => {
    const algorithms = algorithmsOf(UWV.name).map((a, i) =>
      i === 0 ? { ...a, publication_category: 'Hoog-risico AI-systeem' } : { ...a, publication_category: 'Overige algoritmes' },
    );
    renderPopup(none, { algorithms });
    expect(screen.queryByRole('button', { name: 'Vraag om openheid' })).toBeNull();
    expect(
      screen.getByText(/Van de 180 andere gemeenten in het register hebben er 180 meer algoritmen geregistreerd dan deze/),
    ).toBeTruthy();
  });
});
