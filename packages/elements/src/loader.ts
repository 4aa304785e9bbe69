/**
 * The script-tag entry (`dist/cdn/coalition-kit.js`). It defines nothing heavy up front: it
 * watches the page and loads a widget's chunk only when its tag appears (now or later, e.g.
 * in a single-page app). Adding a widget is one line in `WIDGETS`.
 */
const WIDGETS: Record<string, () => Promise<unknown>> = {
  'ck-feed': () => import('./feed/define.js'),
  'ck-agenda': () => import('./agenda/define.js'),
  'ck-pledge-form': () => import('./pledge-form/define.js'),
  // 'ck-member-list': () => import('./member-list/define.js'),
  // 'ck-coalition-map': () => import('./coalition-map/define.js'),
};

const pending = new Map(Object.entries(WIDGETS));

function loadFound(root: ParentNode): void {
  for (const [tag, load] of pending) {
    if (customElements.get(tag)) {
      pending.delete(tag); // defined by another copy of the script: that one wins
    } else if (root.querySelector(tag) || (root instanceof Element && root.localName === tag)) {
      pending.delete(tag);
      load().catch((error: unknown) =>
        console.error(`Coalition Kit: could not load <${tag}>`, error),
      );
    }
  }
  if (pending.size === 0) observer.disconnect();
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element) loadFound(node);
    }
  }
});

loadFound(document);
if (pending.size) observer.observe(document.documentElement, { childList: true, subtree: true });
