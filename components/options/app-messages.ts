import type { Messages } from '@/utils/i18n';

/** Texts of the options page frame: title, navigation, loading. */
export const appMessages: Messages<
  'title' | 'nav_label' | 'nav_register' | 'nav_settings' | 'nav_log' | 'nav_changes' | 'loading' | 'load_error'
> = {
  nl: {
    title: 'Algoritmewijzer',
    nav_label: 'Onderdelen',
    nav_register: 'Het register doorzoeken',
    nav_settings: 'Instellingen',
    nav_log: 'Onderzoekslog',
    nav_changes: 'Wijzigingen en volgen',
    loading: 'Het register wordt geladen…',
    load_error: 'Het register kon niet worden geladen: {error}',
  },
  en: {
    title: 'Algoritmewijzer',
    nav_label: 'Sections',
    nav_register: 'Search the register',
    nav_settings: 'Settings',
    nav_log: 'Research log',
    nav_changes: 'Changes and following',
    loading: 'Loading the register…',
    load_error: 'The register could not be loaded: {error}',
  },
};
