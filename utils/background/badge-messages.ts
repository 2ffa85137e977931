import type { Messages } from '../i18n';

/** Texts of the toolbar button's tooltip (read out by screen readers). */
export const badgeMessages: Messages<
  | 'title_default'
  | 'title_paused'
  | 'title_transit'
  | 'title_zero'
  | 'title_one'
  | 'title_many'
  | 'part_high_risk'
  | 'part_impactful'
  | 'part_other'
  | 'part_unknown'
  | 'and'
  | 'by_user'
> = {
  nl: {
    title_default: 'Algoritmewijzer',
    title_paused: 'Algoritmewijzer staat uit op deze site.',
    title_transit: '{note} Hier staan geen algoritmen bij. Klik voor uitleg.',
    title_zero: '{org}: geen algoritmen in gebruik geregistreerd. Het register is nog lang niet compleet. Klik voor details.',
    title_one: '{org}: 1 algoritme geregistreerd dat in gebruik of in ontwikkeling is ({parts}). Klik voor details.',
    title_many: '{org}: {n} algoritmen geregistreerd die in gebruik of in ontwikkeling zijn, waarvan {parts}. Klik voor details.',
    part_high_risk: '{n} hoog-risico AI-systeem',
    part_impactful: '{n} impactvol',
    part_other: '{n} overig',
    part_unknown: '{n} categorie onbekend',
    and: 'en',
    by_user: '(Door jou bevestigd, niet door Algoritmewijzer herkend.)',
  },
  en: {
    title_default: 'Algoritmewijzer',
    title_paused: 'Algoritmewijzer is paused on this site.',
    title_transit: '{note} No algorithms are shown here. Click for an explanation.',
    title_zero: '{org}: no algorithms in use registered. The register is far from complete. Click for details.',
    title_one: '{org}: 1 algorithm registered as in use or in development ({parts}). Click for details.',
    title_many: '{org}: {n} algorithms registered as in use or in development, of which {parts}. Click for details.',
    part_high_risk: '{n} high-risk AI system',
    part_impactful: '{n} impactful',
    part_other: '{n} other',
    part_unknown: '{n} category unknown',
    and: 'and',
    by_user: '(Confirmed by you, not recognised by Algoritmewijzer.)',
  },
};
