/**
 * The baseline of the page weights: a page whose one script is a minimal LitElement (a
 * property, styles, a template), bundled with Lit's production build and minified by esbuild,
 * as gzip -9. What any Lit widget costs before it does anything.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SOURCE = `
import { LitElement, css, html } from 'lit';
class BareElement extends LitElement {
  static properties = { name: {} };
  static styles = css\`:host { display: block; }\`;
  constructor() { super(); this.name = 'monde'; }
  render() { return html\`<p>Bonjour \${this.name}</p>\`; }
}
customElements.define('bare-element', BareElement);
`;

/** The bundled, minified script of the bare Lit element. */
export async function bareLitScript(): Promise<Uint8Array> {
  const out = await build({
    stdin: { contents: SOURCE, resolveDir: fileURLToPath(new URL('.', import.meta.url)) },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.contents;
}

/** Its gzip -9 size in bytes. */
export const bareLitWeight = async () => gzipSync(await bareLitScript(), { level: 9 }).length;
