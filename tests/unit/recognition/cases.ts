/**
 * Real URLs and what they must be recognised as. `org_id: 'register'` means
 * "whatever org_id the register snapshot gives this organisation (or null)":
 * central-government bodies have no org_id in the offline data.
 */
import type { MatchKind } from '../../../utils/recognition/types';

export type Case = [url: string, name: string | null, org_id: string | null | 'register', match: MatchKind];
const R = 'register' as const;

export const POSITIVE: Case[] = [
  // ministries on the shared platform (path rules) and their own domains
  ['https://www.rijksoverheid.nl/ministeries/ministerie-van-financien', 'Ministerie van Financiën', R, 'path'],
  [
    'https://www.rijksoverheid.nl/ministeries/ministerie-van-sociale-zaken-en-werkgelegenheid/organisatie',
    'Ministerie van Sociale Zaken en Werkgelegenheid',
    R,
    'path',
  ],
  [
    'https://www.rijksoverheid.nl/ministeries/ministerie-van-volksgezondheid-welzijn-en-sport/documenten',
    'Ministerie van Volksgezondheid, Welzijn en Sport',
    R,
    'path',
  ],
  [
    'https://www.rijksoverheid.nl/ministeries/ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties',
    'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
    R,
    'path',
  ],
  [
    'https://www.rijksoverheid.nl/ministeries/ministerie-van-economische-zaken/nieuws',
    'Ministerie van Economische Zaken en Klimaat',
    R,
    'path',
  ],
  [
    'https://www.rijksoverheid.nl/ministeries/ministerie-van-landbouw-visserij-voedselzekerheid-en-natuur',
    'Ministerie van Landbouw, Natuur en Voedselkwaliteit',
    R,
    'path',
  ],
  [
    'https://www.rijksoverheid.nl/ministeries/ministerie-van-justitie-en-veiligheid/contact',
    'Ministerie van Justitie en Veiligheid',
    R,
    'path',
  ],
  [
    'https://www.rijksoverheid.nl/ministeries/ministerie-van-volkshuisvesting-en-ruimtelijke-ordening',
    'Ministerie van Volkshuisvesting en Ruimtelijke Ordening',
    R,
    'path',
  ],
  [
    'https://www.rijksoverheid.nl/ministeries/ministerie-van-klimaat-en-groene-groei',
    'Ministerie van Klimaat en Groene Groei',
    null,
    'path',
  ],
  ['https://www.government.nl/ministries/ministry-of-finance', 'Ministerie van Financiën', R, 'path'],
  ['https://www.defensie.nl/onderwerpen/missies', 'Ministerie van Defensie', R, 'domain'],
  ['https://www.werkenbijdefensie.nl/', 'Ministerie van Defensie', R, 'domain'],
  // KOOP runs overheid.nl; KOOP has been part of Logius since 2023
  ['https://wetten.overheid.nl/BWBR0005537/2024-01-01', 'Logius', R, 'domain'],
  ['https://algoritmes.overheid.nl/nl/algoritme', 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', R, 'domain'],
  // directorates-general, brand domains, agencies, ZBOs
  ['https://www.belastingdienst.nl/wps/wcm/connect/nl/home/home', 'Belastingdienst', R, 'domain'],
  ['https://mijn.belastingdienst.nl/mbd-pmb/', 'Belastingdienst', R, 'domain'],
  ['http://www.belastingdienst.nl/', 'Belastingdienst', R, 'domain'],
  ['https://www.toeslagen.nl/', 'Dienst Toeslagen', R, 'domain'],
  ['https://www.douane.nl/', 'Douane', R, 'domain'],
  ['https://www.uwv.nl/particulieren', 'Uitvoeringsinstituut Werknemersverzekeringen', R, 'domain'],
  ['https://www.werk.nl/werkzoekenden/', 'Uitvoeringsinstituut Werknemersverzekeringen', R, 'domain'],
  ['https://www.svb.nl/nl/aow', 'Sociale Verzekeringsbank', R, 'domain'],
  ['https://duo.nl/particulier/', 'Dienst Uitvoering Onderwijs', R, 'domain'],
  ['https://www.inburgeren.nl/', 'Dienst Uitvoering Onderwijs', R, 'domain'],
  ['https://www.cbr.nl/nl/rijbewijs-halen.htm', 'Centraal Bureau Rijvaardigheidsbewijzen', R, 'domain'],
  ['https://www.rdw.nl/', 'RDW', R, 'domain'],
  ['https://ind.nl/nl', 'IND', R, 'domain'],
  ['https://www.cjib.nl/', 'Centraal Justitieel Incassobureau', R, 'domain'],
  ['https://www.kadaster.nl/', 'Kadaster', R, 'domain'],
  ['https://www.rvo.nl/subsidies-financiering', 'Rijksdienst voor Ondernemend Nederland', R, 'domain'],
  ['https://www.kvk.nl/', 'Kamer van Koophandel', R, 'domain'],
  ['https://www.politie.nl/', 'Politie', R, 'domain'],
  ['https://www.nza.nl/', 'Nederlandse Zorgautoriteit (NZa)', R, 'domain'],
  ['https://www.ilent.nl/', 'Inspectie Leefomgeving en Transport (ILT)', R, 'domain'],
  ['https://www.autoriteitpersoonsgegevens.nl/', 'Autoriteit Persoonsgegevens', R, 'domain'],
  ['https://www.acm.nl/nl', 'Autoriteit Consument en Markt', R, 'domain'],
  ['https://www.cbs.nl/nl-nl/cijfers', 'Centraal Bureau voor de Statistiek', R, 'domain'],
  ['https://www.rijkswaterstaat.nl/', 'Rijkswaterstaat', R, 'domain'],
  ['https://www.rivm.nl/', 'Rijksinstituut voor Volksgezondheid en Milieu', R, 'domain'],
  ['https://www.knmi.nl/', 'Koninklijk Nederlands Meteorologisch Instituut', R, 'domain'],
  ['https://www.nvwa.nl/', 'Nederlandse Voedsel- en Warenautoriteit (NVWA)', R, 'domain'],
  ['https://www.ciz.nl/', 'CIZ Centrum Indicatiestelling Zorg', R, 'domain'],
  ['https://www.coa.nl/', 'Centraal Orgaan opvang asielzoekers', R, 'domain'],
  ['https://www.rvig.nl/', 'Rijksdienst voor Identiteitsgegevens', R, 'domain'],
  ['https://www.logius.nl/', 'Logius', R, 'domain'],
  ['https://www.igj.nl/', 'Inspectie Gezondheidszorg en Jeugd', R, 'domain'],
  ['https://www.onderwijsinspectie.nl/', 'Inspectie van het Onderwijs (OCW)', R, 'domain'],
  ['https://www.nlarbeidsinspectie.nl/', 'Nederlandse Arbeidsinspectie', R, 'domain'],
  ['https://www.staatsbosbeheer.nl/', 'Staatsbosbeheer', R, 'domain'],
  ['https://www.tno.nl/nl/', 'Nederlandse organisatie voor toegepast-natuurwetenschappelijk onderzoek (TNO)', R, 'domain'],
  ['https://www.inlichtingenbureau.nl/', 'Stichting Bureau Informatiediensten Nederland', R, 'domain'],
  ['https://www.skal.nl/', 'Stichting Skal Biocontrole', R, 'domain'],
  // municipalities, incl. merged ones and ones with zero register entries
  ['https://www.amsterdam.nl/parkeren/', 'Gemeente Amsterdam', 'gm0363', 'domain'],
  ['https://www.rotterdam.nl/', 'Gemeente Rotterdam', 'gm0599', 'domain'],
  ['https://www.denhaag.nl/nl/', 'Gemeente Den Haag', 'gm0518', 'domain'],
  ['https://www.utrecht.nl/', 'Gemeente Utrecht', 'gm0344', 'domain'],
  ['https://gemeente.groningen.nl/afval', 'Gemeente Groningen', 'gm0014', 'domain'],
  ['https://www.s-hertogenbosch.nl/', "Gemeente 's-Hertogenbosch", 'gm0796', 'domain'],
  ['https://www.nuenen.nl/', 'Gemeente Nuenen, Gerwen en Nederwetten', 'gm0820', 'domain'],
  ['https://www.noardeast-fryslan.nl/', 'Gemeente Noardeast Fryslân', 'gm1970', 'domain'],
  ['https://www.sudwestfryslan.nl/', 'Gemeente Súdwest-Fryslân', 'gm1900', 'domain'],
  ['https://www.dijkenwaard.nl/', 'Gemeente Dijk en Waard', 'gm1980', 'domain'],
  ['https://www.voorneaanzee.nl/', 'Gemeente Voorne aan Zee', 'gm1992', 'domain'],
  ['https://www.hellevoetsluis.nl/', 'Gemeente Voorne aan Zee', 'gm1992', 'domain'],
  ['https://www.eemsdelta.nl/', 'Gemeente Eemsdelta', 'gm1979', 'domain'],
  ['https://www.alkmaar.nl/', 'Gemeente Alkmaar', 'gm0361', 'domain'],
  ['https://www.bergen-nh.nl/', 'Gemeente Bergen (NH.)', 'gm0373', 'domain'],
  ['https://www.bergen.nl/', 'Gemeente Bergen (L)', 'gm0893', 'domain'],
  ['https://www.gemeentemaastricht.nl/', 'Gemeente Maastricht', 'gm0935', 'domain'],
  ['https://www.t-diel.nl/', 'Gemeente Tytsjerksteradiel', 'gm0737', 'domain'],
  ['https://www.dantumadiel.frl/', 'Gemeente Dantumadiel', 'gm1891', 'domain'],
  // provinces and water boards
  ['https://www.zuid-holland.nl/', 'Provincie Zuid-Holland', 'pv28', 'domain'],
  ['https://www.provincie-utrecht.nl/', 'Provincie Utrecht', 'pv26', 'domain'],
  ['https://www.fryslan.frl/', 'Provincie Fryslân', 'pv21', 'domain'],
  ['https://www.brabant.nl/', 'Provincie Noord-Brabant', 'pv30', 'domain'],
  ['https://www.provinciegroningen.nl/', 'Provincie Groningen', 'pv20', 'domain'],
  ['https://www.hhnk.nl/', 'Hoogheemraadschap Hollands Noorderkwartier', 'ws0651', 'domain'],
  ['https://www.wetterskipfryslan.nl/', 'Wetterskip Fryslân', 'ws0653', 'domain'],
  ['https://www.agv.nl/', 'Waterschap Amstel, Gooi en Vecht', 'ws0155', 'domain'],
  ['https://www.aaenmaas.nl/', 'Waterschap Aa en Maas', 'ws0654', 'domain'],
  ['https://www.rijnland.net/', 'Hoogheemraadschap van Rijnland', 'ws0616', 'domain'],
  ['https://www.hdsr.nl/', 'HDSR Hoogheemraadschap De Stichtse Rijnlanden', 'ws0636', 'domain'],
  // shared services: environment services, safety regions, joint arrangements
  ['https://www.dcmr.nl/', 'DCMR Milieudienst Rijnmond', 'so0335', 'domain'],
  ['https://www.odmh.nl/', 'Omgevingsdienst Midden-Holland', 'so0713', 'domain'],
  ['https://www.rudzeeland.nl/', 'RUD Zeeland', 'so0820', 'domain'],
  ['https://www.belcombinatie.nl/', 'Gemeenschappelijke regeling BEL Combinatie', R, 'domain'],
  ['https://www.vrtwente.nl/', 'Veiligheidsregio Twente', 'so0679', 'domain'],
  ['https://www.dienstdommelvallei.nl/', 'Dienst Dommelvallei', R, 'domain'],
  ['https://www.vggm.nl/', 'Veiligheids- en Gezondheidsregio Gelderland-Midden', R, 'domain'],
  ['https://www.ozhz.nl/', 'Omgevingsdienst Zuid-Holland Zuid', 'so0669', 'domain'],
  ['https://loket.odnzkg.nl/', 'Omgevingsdienst Noordzeekanaalgebied', 'so0789', 'domain'],
  ['https://www.ggd.amsterdam.nl/', 'Gemeente Amsterdam', 'gm0363', 'domain'],
  ['https://bdcommunicatie.pleio.nl/groups', 'Belastingdienst', R, 'domain'],
  // an agency of BZK with its own ROO record, no register entries (Websiteregister Rijksoverheid 2024)
  ['https://www.werkenvoornederland.nl/', 'Organisatie en Personeel Rijk', null, 'domain'],
  ['https://www.vru.nl/', 'Veiligheidsregio Utrecht', 'so0588', 'domain'],
  // host spelling tricks that must still work
  ['https://WWW.UWV.NL./', 'Uitvoeringsinstituut Werknemersverzekeringen', R, 'domain'],
  ['https://www.uwv.nl:8443/x', 'Uitvoeringsinstituut Werknemersverzekeringen', R, 'domain'],
  ['https://user:pass@www.svb.nl/', 'Sociale Verzekeringsbank', R, 'domain'],
];

/** Login and portal hosts: recognised as such, no organisation claimed. */
export const TRANSIT: string[] = [
  'https://www.digid.nl/',
  'https://login.digid.nl/digid_login',
  'https://mijn.overheid.nl/berichtenbox/inbox',
  'https://www.rijksoverheid.nl/onderwerpen/toeslagen',
  'https://www.rijksoverheid.nl/ministeries/ministerie-van-financien-nep',
  'https://www.government.nl/topics/taxation',
  'https://onbekende-gemeenschap.pleio.nl/',
  // one office that Lelystad runs for six municipalities (round 9): the note names them, no one municipality is claimed
  'https://www.zelfstandigenloketflevoland.nl/',
  // round 9 sweeps: a youth-care region of fifteen municipalities, and a programme of the VNG, a federation and VWS
  'https://jeugdregionijmegen.nl/opgave6/huiselijk-geweld-en-kindermishandeling/',
  'http://regioaanpakveiligthuis.nl/',
  // rounds 27 and 28 sweeps: sites whose privacy statements name several partners as controllers
  'https://www.derijnverbindt.nl/privacyverklaring/',
  'https://hetdigitalediggelschip.nl/privacy',
  'https://www.nijbegun.nl/',
  'https://www.tbczuidholland.nl/',
  // the RIO holds samenmeten.nl for the RIVM, but the forum's privacy statement sends people to the province of Zuid-Holland
  'https://forum.samenmeten.nl/privacy',
  // round 29: the regional objections office of four municipalities around Leiden; the joint body that served them is wound up
  'https://leidse-regio.nl/article/1/213_Bezwaarcommissie',
  // sweep 16: a tourist site of Baarle-Nassau and the Belgian Baarle-Hertog together
  'https://en.visitbaarle.com/privacy',
];

/** Not government, or not the organisation it looks like. */
export const NEGATIVE: string[] = [
  'https://nos.nl/artikel/2500000-belastingdienst-maakt-fouten',
  'https://www.nu.nl/economie',
  'https://www.bol.com/nl/nl/',
  'https://www.coolblue.nl/',
  'https://nl.wikipedia.org/wiki/Belastingdienst',
  'https://en.wikipedia.org/wiki/Ministry_of_Finance_(Netherlands)',
  'https://www.google.com/search?q=uwv',
  'https://belastingdienst-teruggave.com/',
  'https://belastingdienst.nl.example.com/',
  'https://www.belastingdienst.nl@evil.example/',
  'https://evil.example/?next=https://www.belastingdienst.nl',
  'https://evil.example/www.belastingdienst.nl/',
  'https://mijnbelastingdienst.nl/',
  'https://www.belastingdiënst.nl/',
  'https://xn--uwv-8cd.nl/',
  'https://uwv.nl.phish.co.uk/',
  'https://amsterdam.nl.evil.com/',
  'https://gemeente.groningen.nl.attacker.io/',
  'https://belastingdienst.github.io/',
  'https://www.anwb.nl/',
  'ftp://belastingdienst.nl/',
  'javascript:alert(1)',
  'not a url',
  'https://192.168.1.1/',
  'https://[::1]/',
];
