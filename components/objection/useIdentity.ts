import { useEffect, useState } from 'preact/hooks';
import { forgetIdentity, rememberIdentity, rememberedIdentity } from '@/utils/settings';
import type { SenderDetails } from '@/utils/objection/identity';

const EMPTY: SenderDetails = { name: '', address: '', email: '' };

/**
 * The sender's name, address and e-mail. They live in memory only, unless the
 * user ticks "remember": then name and address (not the e-mail address) are
 * written to storage.local on every change; unticking or "forget" deletes them.
 */
export function useIdentity() {
  const [identity, setIdentity] = useState<SenderDetails>(EMPTY);
  const [remember, setRememberState] = useState(false);
  const [notice, setNotice] = useState<'' | 'remembered' | 'forgotten'>('');

  useEffect(() => {
    let live = true;
    void rememberedIdentity.getValue().then((saved) => {
      if (!live || !saved) return;
      setIdentity((now) =>
        now.name || now.address || now.email ? now : { ...EMPTY, name: String(saved.name ?? ''), address: String(saved.address ?? '') },
      );
      setRememberState(true);
    });
    return () => {
      live = false;
    };
  }, []);

  const update = (patch: Partial<SenderDetails>) => {
    const next = { ...identity, ...patch };
    setIdentity(next);
    if (remember) void rememberIdentity(next);
  };

  const setRemember = (on: boolean) => {
    setRememberState(on);
    setNotice(on ? 'remembered' : 'forgotten');
    void (on ? rememberIdentity(identity) : forgetIdentity());
  };

  const forget = () => {
    setRememberState(false);
    setNotice('forgotten');
    void forgetIdentity();
  };

  return { identity, update, remember, setRemember, forget, notice };
}
