import { useEffect, useState } from 'preact/hooks';
import type { ObjectionPanelProps } from '../objection/ObjectionPanel';

type Panel = (props: ObjectionPanelProps) => preact.JSX.Element;
let loaded: Panel | null = null;

/**
 * The objection panel, loaded only when its tab is opened: the popup's first
 * render does not pay for the letter builder's code.
 */
export function LazyObjection(props: ObjectionPanelProps) {
  const [Panel, setPanel] = useState<Panel | null>(() => loaded);
  useEffect(() => {
    if (Panel) return;
    let live = true;
    void import('../objection/ObjectionPanel').then((m) => {
      loaded = m.ObjectionPanel as Panel;
      if (live) setPanel(() => loaded);
    });
    return () => {
      live = false;
    };
  }, [Panel]);
  return Panel ? <Panel {...props} /> : <p aria-busy="true">…</p>;
}
