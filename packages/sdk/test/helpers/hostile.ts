/** Hostile values a feed may carry: the SDK must keep text verbatim and refuse bad URLs. */

/** Script injection attempts: valid text, returned exactly as sent (widgets render text). */
export const XSS_STRINGS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'; alert(1); //",
  '{{constructor.constructor("alert(1)")()}}',
  '<a href="javascript:alert(1)">clic</a>',
  '${alert(1)}',
] as const;

/** URL forms that must never reach an `href` or `src`. */
export const BAD_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '\tjavascript:alert(1)',
  'java\nscript:alert(1)',
  ' https://example.org/',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  '/relative/path',
  'https://',
  'ftp://example.org/',
  'https://exa mple.org/',
] as const;

/** Dates that are not ISO 8601 with offset or plain dates, or do not exist. */
export const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '2026-03-14T25:00:00+01:00',
  '2026-03-14T18:30:00',
  '14/03/2026',
  '2026-03-14 18:30:00+01:00',
  'demain',
] as const;

/**
 * Instants around the 2026 daylight-saving changes in Paris. The offset makes each one a
 * single instant, even when the local time is skipped (March) or repeated (October).
 */
export const DST_EDGE_DATES = {
  skippedSpring: '2026-03-29T02:30:00+01:00',
  repeatedAutumnSummerTime: '2026-10-25T02:30:00+02:00',
  repeatedAutumnWinterTime: '2026-10-25T02:30:00+01:00',
} as const;

/** Every text field of an event, with an XSS string in each. */
export function xssEvent(id: string) {
  return {
    id,
    name: XSS_STRINGS[0],
    description: XSS_STRINGS[1],
    startDate: '2026-03-14T18:30:00+01:00',
    location: {
      name: XSS_STRINGS[2],
      address: XSS_STRINGS[3],
      locality: XSS_STRINGS[4],
      postalCode: '59000',
      region: XSS_STRINGS[5],
    },
    organizer: 'cerdd',
    themes: ['sensibilisation'],
  };
}

export function xssMember(id: string) {
  return {
    id,
    name: XSS_STRINGS[0],
    kind: 'association',
    description: XSS_STRINGS[1],
    locality: XSS_STRINGS[2],
    region: XSS_STRINGS[3],
  };
}

export function xssCoalition(id: string) {
  return {
    id,
    name: XSS_STRINGS[0],
    objective: XSS_STRINGS[1],
    scope: 'thematique',
    status: 'active',
    otherMembers: [XSS_STRINGS[2]],
    locality: XSS_STRINGS[3],
    region: XSS_STRINGS[4],
    operatingMode: XSS_STRINGS[5],
    actions: [{ title: XSS_STRINGS[6], status: 'planned' }],
  };
}
