/** How a page was tied to an organisation. */
export type MatchKind = 'domain' | 'path' | 'page' | 'transit' | 'none';

export interface OrganizationRef {
  /** Exactly as the register spells it. */
  name: string;
  org_id: string | null;
}

/** The result of recognising one URL. */
export interface Recognition {
  url: string;
  /** Lower-case ASCII (punycode) host, or '' when the URL is not a URL. */
  host: string;
  organization: OrganizationRef | null;
  match: MatchKind;
  /** For match 'transit': what the host is (e.g. "DigiD: inlogdienst van Logius"). */
  transit_note?: string;
  /** Set when the user's own decision for this host gave the result (see recognize()). */
  user_decision?: 'confirmed' | 'corrected' | 'rejected';
}
