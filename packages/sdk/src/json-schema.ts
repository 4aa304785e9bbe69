/**
 * JSON Schemas of every feed document and submission, built from the zod schemas so a
 * collective producing its feed from a CMS or a spreadsheet can check it with any tool.
 * Not part of the package entry: the browser bundle does not need `toJSONSchema`.
 */
import './zod-setup.js';
import * as z from 'zod/v4/mini';
import { CoalitionDeclaration } from './schemas/coalition-declaration.js';
import { Collective } from './schemas/collective.js';
import { CoalitionsDocument, EventsDocument, MembersDocument } from './schemas/documents.js';
import { Pledge } from './schemas/pledge.js';
import { CampaignStats } from './schemas/stats.js';

interface SchemaSource {
  schema: z.ZodMiniType;
  title: string;
  description: string;
}

/** The shipped schemas, by file name (`@coalition-kit/sdk/schemas/<name>.json`). */
export const JSON_SCHEMA_SOURCES = {
  collective: {
    schema: Collective,
    title: 'Coalition Kit collective (collective.json)',
    description: 'The collective: name, brand, themes and campaigns. Feed version 1.',
  },
  events: {
    schema: EventsDocument,
    title: 'Coalition Kit agenda (events.json)',
    description:
      'The common agenda. Dates are ISO 8601 with an offset, or plain dates for all-day events.',
  },
  members: {
    schema: MembersDocument,
    title: 'Coalition Kit members (members.json)',
    description: 'The engaged organisations of the collective.',
  },
  coalitions: {
    schema: CoalitionsDocument,
    title: 'Coalition Kit coalitions (coalitions.json)',
    description: 'Local coalitions and "coalitions d’acteurs".',
  },
  'campaign-stats': {
    schema: CampaignStats,
    title: 'Coalition Kit campaign counter (campaigns/{id}/stats.json)',
    description:
      'Pledge counts of a call for commitments, and the pledgers who chose to be public.',
  },
  pledge: {
    schema: Pledge,
    title: 'Coalition Kit pledge (POST {feed}/pledges)',
    description: 'A commitment sent by a visitor. Unknown fields are refused.',
  },
  'coalition-declaration': {
    schema: CoalitionDeclaration,
    title: 'Coalition Kit coalition declaration (POST {feed}/coalitions)',
    description: 'A coalition declared by its members, published once a coordinator approves it.',
  },
} as const satisfies Record<string, SchemaSource>;

export type JsonSchemaName = keyof typeof JSON_SCHEMA_SOURCES;

/**
 * Checks JSON Schema cannot express (dates that exist in the calendar, `endDate` after
 * `startDate`, unique ids, URLs without control characters) are listed in the description.
 */
const NOT_EXPRESSED =
  ' Also checked by the SDK but not expressible here: dates must exist in the calendar, end dates not before start dates, ids unique in the document, URLs without spaces or control characters.';

/**
 * Builds the JSON Schema (draft 2020-12) of one document or submission. `io: 'input'`: fields
 * with a default (`status`, `timeZone`, `themes`…) are optional, as a feed may omit them.
 */
export function buildJsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const { schema, title, description } = JSON_SCHEMA_SOURCES[name] as SchemaSource;
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = json;
  return { $schema, title, description: description + NOT_EXPRESSED, ...rest };
}

/** Every shipped JSON Schema, by file name. */
export function buildJsonSchemas(): Record<JsonSchemaName, Record<string, unknown>> {
  const names = Object.keys(JSON_SCHEMA_SOURCES) as JsonSchemaName[];
  return Object.fromEntries(names.map((name) => [name, buildJsonSchema(name)])) as Record<
    JsonSchemaName,
    Record<string, unknown>
  >;
}
