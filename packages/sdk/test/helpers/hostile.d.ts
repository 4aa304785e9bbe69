/** Hostile values a feed may carry: the SDK must keep text verbatim and refuse bad URLs. */
/** Script injection attempts: valid text, returned exactly as sent (widgets render text). */
export declare const XSS_STRINGS: readonly [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'; alert(1); //",
  '{{constructor.constructor("alert(1)")()}}',
  '<a href="javascript:alert(1)">clic</a>',
  '${alert(1)}',
];
/** URL forms that must never reach an `href` or `src`. */
export declare const BAD_URLS: readonly [
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
];
/** Dates that are not ISO 8601 with offset or plain dates, or do not exist. */
export declare const BAD_DATES: readonly [
  '2026-02-30',
  '2026-13-01',
  '2026-03-14T25:00:00+01:00',
  '2026-03-14T18:30:00',
  '14/03/2026',
  '2026-03-14 18:30:00+01:00',
  'demain',
];
/**
 * Instants around the 2026 daylight-saving changes in Paris. The offset makes each one a
 * single instant, even when the local time is skipped (March) or repeated (October).
 */
export declare const DST_EDGE_DATES: {
  readonly skippedSpring: '2026-03-29T02:30:00+01:00';
  readonly repeatedAutumnSummerTime: '2026-10-25T02:30:00+02:00';
  readonly repeatedAutumnWinterTime: '2026-10-25T02:30:00+01:00';
};
/** Every text field of an event, with an XSS string in each. */
export declare function xssEvent(id: string): {
  id: string;
  name: '<script>alert(1)</script>';
  description: '<img src=x onerror=alert(1)>';
  startDate: string;
  location: {
    name: '"><svg onload=alert(1)>';
    address: "'; alert(1); //";
    locality: '{{constructor.constructor("alert(1)")()}}';
    postalCode: string;
    region: '<a href="javascript:alert(1)">clic</a>';
  };
  organizer: string;
  themes: string[];
};
export declare function xssMember(id: string): {
  id: string;
  name: '<script>alert(1)</script>';
  kind: string;
  description: '<img src=x onerror=alert(1)>';
  locality: '"><svg onload=alert(1)>';
  region: "'; alert(1); //";
};
export declare function xssCoalition(id: string): {
  id: string;
  name: '<script>alert(1)</script>';
  objective: '<img src=x onerror=alert(1)>';
  scope: string;
  status: string;
  otherMembers: '"><svg onload=alert(1)>'[];
  locality: "'; alert(1); //";
  region: '{{constructor.constructor("alert(1)")()}}';
  operatingMode: '<a href="javascript:alert(1)">clic</a>';
  actions: {
    title: '${alert(1)}';
    status: string;
  }[];
};
//# sourceMappingURL=hostile.d.ts.map
