/**
 * Adds rules to a widget's shadow root after its `static styles`: a piece loaded on first use
 * (the agenda's month grid) brings its own, so the widget's chunk does not carry them.
 * Constructable stylesheets where the browser has them (allowed under a strict `style-src`),
 * else a `<style>` with Lit's nonce, as Lit does for `static styles`.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

const added = new WeakMap<ShadowRoot, Set<CSSResult>>();

export function addStyles(root: ShadowRoot, styles: CSSResult): void {
  const done = added.get(root) ?? new Set<CSSResult>();
  if (done.has(styles)) return;
  done.add(styles);
  added.set(root, done);
  if (supportsAdoptingStyleSheets && styles.styleSheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  } else {
    adoptStyles(root, [styles]); // appends a <style>
  }
}
