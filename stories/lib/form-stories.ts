/**
 * What the form stories share: a client whose feed is a stub (documents, then how a POST
 * is answered), the form once shown, and typing into its fields as a visitor would.
 */
import { createClient, type Client } from '@coalition-kit/sdk';

const FEED = 'https://demo.coalition-kit.invalid/v1';

/** How the stub feed answers the documents. */
export type Docs = 'answer' | 'never' | 'fail';

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The stub's answers: a POST (told how many were recorded before it), each document. */
export interface FormFeed {
  post: (recorded: number) => Response | Promise<Response>;
  /** A document by its path under `/v1/` (`collective.json`); `undefined`: not found. */
  doc: (path: string, recorded: number) => unknown;
}

/** A client whose `fetch` is a stub: no story touches the network. */
export function formStoryClient(docs: Docs, feed: FormFeed): Client {
  let recorded = 0;
  const stub: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const path = new URL(request.url).pathname.split('/v1/')[1] ?? '';
    if (request.method === 'POST') {
      const response = await feed.post(recorded);
      if (response.status === 201) recorded++;
      return response;
    }
    if (docs === 'never') return new Promise<Response>(() => {});
    if (docs === 'fail') return json({ message: 'boom' }, 500);
    const body = feed.doc(path, recorded);
    return body === undefined ? json({ message: 'not found' }, 404) : json(body);
  };
  return createClient({ feed: FEED, fetch: stub, retryDelay: 1, lang: 'fr' });
}

/** A POST that never answers, then one without network. */
export const NEVER = () => new Promise<Response>(() => {});
export const OFFLINE = (): never => {
  throw new TypeError('Failed to fetch');
};

/** The widget `tag` once its form is shown. */
export async function formShown<E extends HTMLElement>(
  canvas: HTMLElement,
  tag: string,
): Promise<E> {
  const el = canvas.querySelector<E>(tag)!;
  while (!el.shadowRoot?.querySelector('form')) await new Promise((r) => setTimeout(r, 20));
  return el;
}

/** An element of the widget's shadow root. */
export const $ = <T extends HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

/** Types each value into its field (by id), as a visitor would. */
export function typeInto(el: HTMLElement, values: [id: string, value: string][]): void {
  for (const [id, value] of values) {
    const input = $<HTMLInputElement>(el, `#${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

/** What a visitor's submit looks like: fill the form (or not), press the button. */
export type Submit = (canvas: HTMLElement, o?: { valid?: boolean }) => Promise<unknown>;

/**
 * A story that submits the form once shown (`submit`), against its own stub client when it
 * has one: sending, offline, refused, success; `valid: false` for the error summary.
 */
export const submitStory =
  (submit: Submit) =>
  (client?: Client, { valid = true } = {}) => ({
    ...(client && { args: { client } }),
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) =>
      void (await submit(canvasElement, { valid })),
  });
