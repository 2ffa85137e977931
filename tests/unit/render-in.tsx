import type { ComponentChildren, VNode } from 'preact';
import { render } from '@testing-library/preact';
import { LanguageProvider } from '@/components/i18n';
import type { Language } from '@/utils/i18n';

/**
 * Renders UI the way the entry points do: inside a LanguageProvider for
 * `lang` (Dutch by default). `rerender` keeps the provider.
 */
export function renderIn(ui: VNode, lang: Language = 'nl') {
  const wrapper = ({ children }: { children: ComponentChildren }) => <LanguageProvider lang={lang}>{children}</LanguageProvider>;
  return render(ui, { wrapper: wrapper as never });
}
