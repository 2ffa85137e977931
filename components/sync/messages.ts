import type { KeyPart, Messages } from '@/utils/i18n';
import type { SyncErrorCode } from '@/utils/register/errors';

type Key = 'failed' | 'kept' | 'detail' | KeyPart<SyncErrorCode> | 'other';

/** Why the last register update failed, in words a citizen understands. */
export const syncMessages: Messages<Key> = {
  nl: {
    failed: 'Bijwerken van het register is mislukt ({when}).',
    kept: 'De vorige gegevens (laatste wijziging in het register: {date}) blijven in gebruik.',
    detail: 'Technische details',
    network: 'Het register was niet bereikbaar. Ben je verbonden met internet?',
    timeout: 'Het register antwoordde niet op tijd.',
    http: 'Het register gaf een foutmelding.',
    rate_limited: 'Het register vroeg om het later opnieuw te proberen.',
    too_large: 'Het antwoord van het register was veel groter dan verwacht en is niet gebruikt.',
    content_type: 'Het register stuurde iets anders dan registergegevens (bijvoorbeeld een foutpagina).',
    malformed: 'Het antwoord van het register was onvolledig of had een onverwachte vorm.',
    incomplete: 'Het register stuurde minder algoritmen dan het zelf opgaf.',
    implausible: 'Het register gaf een antwoord dat niet kan kloppen (veel te veel algoritmen, of meer dan gevraagd).',
    redirect: 'Het register stuurde door naar een ander adres. Dat is niet gevolgd: alleen het register zelf wordt gebruikt.',
    budget: 'Het bijwerken duurde te lang of vroeg te veel verzoeken en is gestopt.',
    storage: 'De nieuwe gegevens konden niet worden opgeslagen.',
    other: 'Er ging iets mis.',
  },
  en: {
    failed: 'Updating the register failed ({when}).',
    kept: 'The previous data (last change in the register: {date}) is still in use.',
    detail: 'Technical details',
    network: 'The register could not be reached. Are you connected to the internet?',
    timeout: 'The register did not answer in time.',
    http: 'The register returned an error.',
    rate_limited: 'The register asked to try again later.',
    too_large: 'The register’s answer was far larger than expected and was not used.',
    content_type: 'The register sent something other than register data (an error page, for instance).',
    malformed: 'The register’s answer was incomplete or not in the expected shape.',
    incomplete: 'The register sent fewer algorithms than it said it has.',
    implausible: 'The register gave an answer that cannot be right (far too many algorithms, or more than asked for).',
    redirect: 'The register redirected to another address. That was not followed: only the register itself is used.',
    budget: 'Updating took too long or needed too many requests, and was stopped.',
    storage: 'The new data could not be saved.',
    other: 'Something went wrong.',
  },
};
