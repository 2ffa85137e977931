/**
 * Issue 11, round 14: blind hold-out batch 48, real URLs from stored copies of public web pages (the search tool's
 * pages corpus), each with the organisation the page shows runs the site, written down by a helper who did not look
 * at the table. The queries name the last 32 municipalities and regional bodies of the register's reference lists
 * that rounds 12 and 13 did not, then register organisations, each with a local topic ("Veldhoven fietspad",
 * "Terschelling hondenbelasting"), checked against every earlier query for shared words. Measured once against the
 * table of round 13; see the issue-11 note. `org` is the table's name of the legal organisation (KOOP's sites name
 * Logius; a merged municipality names its successor). Left out: rijksoverheid.nl and government.nl (transit by design).
 */
import { batchCase as c, type BatchCase } from './holdout-cases';

export const ROUND14_CASES: BatchCase<48>[] = [
  c(48, 'https://www.oddevallei.nl/nieuws/10-jaar-oddv-van-soort-moetje-naar-volwaardige-partner/', 'Omgevingsdienst de Vallei'),
  c(48, 'https://www.valkenswaard.nl/in-valkenswaard/nieuws_42845/item/nieuwe-natuur-in-keersopdal_77092.html', 'Gemeente Valkenswaard'),
  c(48, 'https://magazine.oddevallei.nl/ruimte-11/in-vogelvlucht/', 'Omgevingsdienst de Vallei'),
  c(
    48,
    'https://www.valkenswaard.nl/in-valkenswaard/bestemmingsplan-eurocircuit_45114/item/milieueffecten-mer_88892.html',
    'Gemeente Valkenswaard',
  ),
  c(48, 'https://www.veldhoven.nl/projecten/veldhovendichtbij', 'Gemeente Veldhoven'),
  c(48, 'https://www.bergeijk.nl/fietsambitie', 'Gemeente Bergeijk'),
  c(48, 'https://www.mookenmiddelaar.nl/actueel/nieuws_42113/item/centra-in-mook-wat-nu_32422.html', 'Gemeente Mook en Middelaar'),
  c(48, 'https://purmerend.nl/subsidies-en-belastingen/gemeentelijke-belastingen/hondenbelasting', 'Gemeente Purmerend'),
  c(48, 'https://purmerend.nl/hond-aan-afmelden', 'Gemeente Purmerend'),
  c(
    48,
    'https://programmabegroting.haarlemmermeer.nl/2023/paragrafen/onderhoud-kapitaalgoederen/2-openbare-speel-sport-en-ontmoetingsvoorzieningen',
    'Gemeente Haarlemmermeer',
  ),
  c(
    48,
    'https://haarlemmermeergemeente.nl/college-van-burgemeester-en-wethouders/nieuws/komen-jullie-buiten-spelen',
    'Gemeente Haarlemmermeer',
  ),
  c(48, 'https://www.oirschot.nl/buurtbeheer-de-hei', 'Gemeente Oirschot'),
  c(48, 'https://www.leeuwarden.nl/verkiezingen/stemmen-met-een-beperking/', 'Gemeente Leeuwarden'),
  c(48, 'https://www.leeuwarden.nl/verkiezingen/stemmen-tijdens-de-verkiezingen/', 'Gemeente Leeuwarden'),
  c(48, 'https://www.leeuwarderadeel.nl/bestuur-organisatie/gemeenteraad/verkiezingen.html', 'Gemeente Leeuwarden'),
  c(48, 'https://zoek.officielebekendmakingen.nl/gmb-2025-398255.html', 'Logius'),
  c(48, 'https://losser.nl/Vluchtelingen/Tijdelijke_opvang_Dinkeloord', 'Gemeente Losser'),
  c(48, 'https://dinkelland.nl/opvang-klooster-denekamp', 'Gemeente Dinkelland'),
  c(48, 'https://www.enschede.nl/crisisnoodopvang-diekmanhal', 'Gemeente Enschede'),
  c(
    48,
    'https://raadsnotulen.westbrabantsarchief.nl/issue/NGRUC/1950-01-01/edition/null/page/17?sort=issuedate%20ascending&f_periodicalcode%5B0%5D=NGRUC&rm=images&query=',
    'West-Brabants Archief',
  ),
  c(48, 'https://www.velsen.nl/PEN-Dorp', 'Gemeente Velsen'),
  c(
    48,
    'https://www.lansingerland.nl/politiek-en-organisatie/tweede-kamerverkiezingen/veelgestelde-vragen-over-stembureaus/',
    'Gemeente Lansingerland',
  ),
  c(48, 'https://lansingerland.nl/nieuws/stemt-u-ook-op-15-maart', 'Gemeente Lansingerland'),
  c(
    48,
    'https://www.landsmeer.nl/nieuws_en_bekendmakingen/verkiezingen/verkiezingen_provinciale_staten_en_waterschap_2023',
    'Gemeente Landsmeer',
  ),
  c(
    48,
    'https://www.landsmeer.nl/nieuws_en_bekendmakingen/verkiezingen_2019/verkiezingen_2019,_twee_verkiezingen_op_1_dag/',
    'Gemeente Landsmeer',
  ),
  c(48, 'https://www.magazinesrijkswaterstaat.nl/zakelijkeninnovatie/2024/01/energietransitie', 'Rijkswaterstaat'),
  c(48, 'https://www.magazinesrijkswaterstaat.nl/mer-nieuws/2023/104/oer-als-broedplaats-voor-energieprojecten', 'Rijkswaterstaat'),
  c(
    48,
    'https://magazines.rijksoverheid.nl/ienw/duurzaamheidsverslag/2022/01/energietransitie',
    'Ministerie van Infrastructuur en Waterstaat',
  ),
  c(48, 'https://www.eersel.nl/de-akkers-van-eersel', 'Gemeente Eersel'),
  c(48, 'https://www.eersel.nl/dijk-15-in-burger', 'Gemeente Eersel'),
  c(
    48,
    'https://www.woensdrecht.nl/home/persberichten-gemeentepagina-woensdrechtse-bode_43760/item/woensdrecht-steunt-locatie-nieuw-windmolenpark-niet_168271.html',
    'Gemeente Woensdrecht',
  ),
  c(48, 'https://www.coa.nl/nl/noodopvang-en-tijdelijke-gemeentelijke-opvang', 'Centraal Orgaan opvang asielzoekers'),
  c(48, 'https://www.gennep.nl/bestuur-organisatie/opvang-vluchtelingen_42899/', 'Gemeente Gennep'),
  c(48, 'https://www.zwartewaterland.nl/van-dijk-mooie-dingen-gezien-op-het-schip', 'Gemeente Zwartewaterland'),
  c(48, 'https://www.deurne.nl/home/onderwerpen-a-z_42816/product/integrale-centrumvisie_1196.html', 'Gemeente Deurne'),
  c(
    48,
    'https://www.veiligheidsregiofryslan.nl/wat-doen-wij/opvang-vluchtelingen-en-asielzoekers/crisisnoodopvang-asielzoekers/',
    'Veiligheidsregio Fryslân',
  ),
  c(
    48,
    'https://www.veiligheidsregiofryslan.nl/over-veiligheidsregio-frysl%C3%A2n/nieuwsoverzicht/opvang-vluchtelingen-en-asielzoekers-per-1-januari-overgedragen/',
    'Veiligheidsregio Fryslân',
  ),
  c(48, 'https://www.dienstterugkeerenvertrek.nl/het-terugkeerproces/verblijfslocaties/detentiecentrum', 'Dienst Terugkeer en Vertrek'),
  c(
    48,
    'https://leusden.begrotingsapp.nl/programmabegroting-2020/project/r442-we-maken-samen-met-ondernemers-en-vastgoedeigenaren-de-betrokken-gebiedspartijen-een-visie-over-de-ontwikkeling-van-de-hamershof',
    'Gemeente Leusden',
  ),
  c(48, 'https://www.zwolle.nl/fietspaden', 'Gemeente Zwolle'),
  c(48, 'https://oosterhout.nl/inwoners/duurzaamheid/klimaatvriendelijk-groen', 'Gemeente Oosterhout'),
  c(48, 'https://www.oss.nl/RIBOR/8_duurzaamheid/8.1-Klimaatadaptatie-en-groen.htm', 'Gemeente Oss'),
];

/** Pages about government that are not government: news, firms, associations, document sites, foreign governments. */
export const ROUND14_NOT_GOVERNMENT: string[] = [
  'http://www.opennieuwsbank.nl/bericht/2004/12/15/E294-vitale-groene-ruimte-op-overgang-van-randstad-naar.html',
  'https://www.hetkontakt.nl/regio/alblasserwaard/algemeen/163525/gemeente-vijfheerenlanden-regelt-milieutaken-met-utrecht',
  'https://www.ed.nl/veldhoven/nieuw-fietspad-in-veldhoven-naast-of-door-park-vogelzang~aa899a80/',
  'https://www.rtvdrenthe.nl/nieuws/16245465/midden-drenthe-plaatst-extra-cameras-bij-sportlocaties-om-drugsoverlast-en-vernielingen',
  'http://www.gelderlander.nl/regio/nijmegen-e-o/mook-en-middelaar/dorpshuis-mook-krijgt-nieuwe-eigenaar-1.6810975',
  'https://www.rtvdrenthe.nl/nieuws/16181113/een-gipswandje-scheidt-buurthuis-de-poort-in-assen-van-prachtoplossing',
  'https://regiopurmerend.nl/2023/02/25/hondenbelasting-blijft-voorlopig-nog-in-gemeente-purmerend/embed/',
  'https://www.nhnieuws.nl/nieuws/271585/bewoners-woedend-na-verlies-speelplaats-het-moet-gewoon-blijven',
  'https://plaatsengids.nl/oirschot',
  'https://www.omropfryslan.nl/nieuws/768681-wil-de-gemeente-leeuwarden-nieuwe-tweede-kamerverkiezingen',
  'https://www.twentefm.nl/artikel/4200281/tijdelijke-noodopvang-asielzoekers-in-hotel-dinkeloord',
  'https://www.rucphentoenennu.nl/een-bijzonder-kruisbeeld/',
  'https://www.bndestem.nl/oosterhout/geen-dongense-kermis-in-juli-mogelijk-wel-in-augustus~a79e7415/',
  'https://dvhn.nl/drenthe/meppel/Nu-al-nieuwe-invulling-voor-toekomstig-leeg-politiebureau-in-Meppel-25695090.html',
  'https://www.trouw.nl/binnenland/velsen-noord-weet-zich-geen-raad-met-1200-asielzoekers-op-cruiseschip~b6b63389/',
  'http://app.heraut-online.nl/article/1600310/lansingerland_naar_de_stembus',
  'https://www.solar365.nl/nieuws/welke-verscherpte-eisen-stelt-rws-aan-zonneparken-rondom-snelwegen-64ABAEAC.html',
  'https://www.omroepbrabant.nl/nieuws/4764371/nepbericht-over-komst-asielzoekerscentrum-gaat-hier-rond',
  'https://www.bndestem.nl/etten-leur/kinderen-denken-mee-over-nieuw-speelplan-banakkers-etten-leur~afb6ae36/',
  'https://www.pzc.nl/bevelanden/reimerswaal-heeft-vertrouwen-in-windpark-ze-bra-16-molens-van-200-meter-hoog-stap-dichterbij~a0faecdc/',
  'https://www.ad.nl/alphen/ene-noodopvang-gaat-dicht-terwijl-de-andere-juist-opengaat-hoe-zit-dat~a1a7802e/',
  'https://www.weekbladvoordeurne.nl/nieuws/20190620/deurne-moet-aan-de-slag-met-centrum',
  'https://www.liwwadders.nl/?p=58431',
  'https://rbbgroep.nl/dienst-terugkeer-en-vertrek-dt-v-samen-werken-aan-terugkeer-met-perspectief/',
  'https://en.wikipedia.org/wiki/Zwartewaterland',
  'https://www.zenzo-mv.nl/huis-van-leusden/gemeente-leusden-tekent-contract-met-zenzo-voor-huis-van-leusden/',
  'http://dekrantnieuws.nl/noordenveld-verbreedt-fietspaden/',
  'https://www.omroepzeeland.nl/nieuws/105221/Goed-nieuws-voor-Thoolse-hondenbezitters',
  'https://mvgduurzaamperspectief.nl/portfolio-items/nieuw-initiatief-klimaatbestendig-oisterwijk/',
];

/** Government pages that name no one: shared sites, each with a note saying who. */
export const ROUND14_UNRECOGNISED: string[] = [];
