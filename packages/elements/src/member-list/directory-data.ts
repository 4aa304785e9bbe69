/** What `<ck-member-list>` loads: the members and (optionally) the coalitions, folded once. */
import type { Client } from '@coalition-kit/sdk';
import { optionalList, type LoadContext } from '../shared/data.js';
import { buildDirectory, compareNames, type Directory } from './directory.js';

export async function loadDirectory(
  client: Client,
  _args: readonly unknown[],
  { call }: LoadContext,
): Promise<Directory> {
  const documents = Promise.all([
    client.members({}, call),
    // The coalitions document is optional: without it, no coalition filter or names.
    optionalList(client.coalitions({}, call)),
  ]);
  // The collator is made once the requests are out, while the members download.
  setTimeout(() => compareNames('', ''));
  const [members, coalitions] = await documents;
  return buildDirectory(members.items, coalitions.items, [...members.issues, ...coalitions.issues]);
}
