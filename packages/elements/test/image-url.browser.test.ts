/** `feedImage`: images from the feed's host only, unless the partner opts in to remote ones. */
import { expect } from '@open-wc/testing';
import { feedImage } from '../src/shared/image-url.js';

describe('feedImage', () => {
  const feed = 'https://feed.example.org/v1';

  it('keeps an image on the feed’s origin, the server’s copies included', () => {
    const copy = 'https://feed.example.org/v1/media/9f86d081884c7d65.png';
    expect(feedImage(copy, feed)).to.equal(copy);
  });

  it('refuses another host, another port or another scheme by default', () => {
    for (const url of [
      'https://www.member.example/logo.png',
      'https://feed.example.org:8443/v1/media/a.png',
      'http://feed.example.org/v1/media/a.png',
      'https://sub.feed.example.org/a.png',
    ])
      expect(feedImage(url, feed), url).to.equal(null);
  });

  it('takes any http(s) host once the partner opts in (remote-images)', () => {
    const url = 'https://www.member.example/logo.png';
    expect(feedImage(url, feed, { remoteImages: true })).to.equal(url);
  });

  it('never lets a javascript:, data: or relative URL through, opted in or not', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      '//feed.example.org/x.png',
      '/v1/media/a.png',
      '',
      undefined,
    ]) {
      expect(feedImage(url, feed), String(url)).to.equal(null);
      expect(feedImage(url, feed, { remoteImages: true }), String(url)).to.equal(null);
    }
  });

  it('reads a feed URL relative to the page (`feed="/v1"`)', () => {
    const same = `${location.origin}/v1/media/a.png`;
    expect(feedImage(same, '/v1')).to.equal(same);
    expect(feedImage('https://elsewhere.example/a.png', '/v1')).to.equal(null);
    expect(feedImage(same, undefined)).to.equal(null);
  });
});
