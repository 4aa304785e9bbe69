/**
 * Which fields of the feed documents name an image, and how a stored document names a copy:
 * `media:<sha256>.<ext>`, turned into an absolute URL on the feed's origin when served.
 */
export type MediaKind = 'collective' | 'members' | 'events' | 'coalitions';

/** The image field of each document's items (the collective: of the document itself). */
export const IMAGE_FIELD: Record<MediaKind, string | undefined> = {
  collective: 'logo',
  members: 'logo',
  events: 'image',
  coalitions: undefined,
};

const PREFIX = 'media:';
const NAME = /^[0-9a-f]{64}\.(png|jpg|gif|webp|avif)$/;

export const mediaRef = (name: string) => `${PREFIX}${name}`;

/** The media name a stored value refers to, or undefined for anything else. */
export function refName(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith(PREFIX)) return undefined;
  const name = value.slice(PREFIX.length);
  return NAME.test(name) ? name : undefined;
}

/** Is `name` the name of a stored copy (`<sha256>.<ext>`)? */
export const isMediaName = (name: string) => NAME.test(name);

/**
 * The document as served: a copy's reference becomes `<feedUrl>/media/<name>`, and any other
 * value of an image field (a remote URL stored before copies existed) is left out, so a served
 * document never sends a widget to another host. Without `feedUrl` images are left out.
 */
export function resolveMedia<T>(kind: MediaKind, doc: T, feedUrl: string | undefined): T {
  const field = IMAGE_FIELD[kind];
  if (!field || !doc || typeof doc !== 'object' || !(field in doc)) return doc;
  const { [field]: value, ...rest } = doc as Record<string, unknown>;
  const name = refName(value);
  return (name && feedUrl ? { ...rest, [field]: `${feedUrl}/media/${name}` } : rest) as T;
}
