import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export interface TabDef {
  id: string;
  label: string;
  render: () => ComponentChildren;
}

/**
 * Accessible tabs (WAI-ARIA pattern): Left/Right/Home/End move between tabs,
 * only the active panel is rendered.
 */
export function Tabs({
  tabs,
  label,
  active: chosen,
  onSelect,
}: {
  tabs: TabDef[];
  label: string;
  active?: string;
  onSelect?: (id: string) => void;
}) {
  const [own, setOwn] = useState(tabs[0]?.id);
  // Controlled when the parent passes `active` (another part of the popup can open a tab), else on its own.
  const active = chosen ?? own;
  const setActive = (id: string) => (onSelect ? onSelect(id) : setOwn(id));
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const select = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    setActive(tab.id);
    refs.current[tab.id]?.focus();
  };
  const onKey = (e: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      select(moves[e.key]);
    }
  };
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  return (
    <div class="tabs">
      <div role="tablist" aria-label={label}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === current.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === current.id ? 0 : -1}
            ref={(el) => {
              refs.current[tab.id] = el;
            }}
            onClick={() => setActive(tab.id)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} tabIndex={0}>
        {current.render()}
      </div>
    </div>
  );
}
