import { expect } from '@open-wc/testing';
import { nothing } from 'lit';
import { safeHref, safeMailto, safeUrl } from '../src/shared/safe-url.js';

describe('safeHref', () => {
  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '\tjavascript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/relative/path',
    'mailto:a@example.org',
    'https://',
    '',
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(safeUrl(url)).to.equal(null);
      expect(safeHref(url)).to.equal(nothing);
    });
  }

  it('keeps http and https URLs', () => {
    expect(safeHref('https://ok.example/agenda?x=1')).to.equal('https://ok.example/agenda?x=1');
    expect(safeHref('  http://ok.example ')).to.equal('http://ok.example/');
  });

  it('refuses what is not a string', () => {
    expect(safeUrl(undefined)).to.equal(null);
    expect(safeUrl({ toString: () => 'https://ok.example' })).to.equal(null);
  });
});

describe('safeMailto', () => {
  it('makes a mailto: link of one plain address', () => {
    expect(safeMailto(' contact@climat21-lille.example ')).to.equal(
      'mailto:contact@climat21-lille.example',
    );
  });

  for (const value of [
    'a@example.org?bcc=everyone@example.org',
    'a@example.org,b@example.org',
    'javascript:alert(1)//@example.org',
    'mailto:a@example.org',
    'a b@example.org',
    'no-at-sign.example.org',
    'a@localhost',
    42,
  ]) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      expect(safeMailto(value)).to.equal(nothing);
    });
  }
});
