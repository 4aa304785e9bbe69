/**
 * `ck-feed validate <file-or-URL>`: checks a feed document the way the widgets will read it.
 * Exit code 0: every item is valid; 2: items would be left out; 1: the document is unusable
 * (not JSON, unknown version, not an object with items, unreadable, network error).
 */
import { readFile } from 'node:fs/promises';
import type * as z from 'zod/v4/mini';
import { toLang, type Lang } from '../lang.js';
import { Coalition } from '../schemas/coalition.js';
import { Event } from '../schemas/event.js';
import { Member } from '../schemas/member.js';
import { CampaignStats } from '../schemas/stats.js';
import { Transport } from '../transport.js';
import {
  InvalidDocumentError,
  parseCollective,
  parseListDocument,
  validate,
  type FeedIssue,
  type IssuePath,
} from '../validate.js';
import { DOCUMENT_TYPES, typeFromContent, typeFromName, type DocumentType } from './detect.js';
import { CLI_MESSAGES } from './messages.js';

/** Where the CLI writes; tests pass their own. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: CliOutput = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

/** `['items', 3, 'startDate']` → `items[3].startDate` */
export function formatPath(path: IssuePath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

interface Report {
  total: number;
  valid: number;
  issues: FeedIssue[];
}

/** Validates a parsed document of `type`; throws InvalidDocumentError when unusable. */
function check(type: DocumentType, doc: unknown, lang: Lang): Report {
  const list = (schema: z.ZodMiniType<{ id: string }>) => {
    const result = parseListDocument(schema, doc, lang);
    const total = (doc as { items: unknown[] }).items.length;
    return { total, valid: result.items.length, issues: result.issues };
  };
  switch (type) {
    case 'events':
      return list(Event);
    case 'members':
      return list(Member);
    case 'coalitions':
      return list(Coalition);
    case 'collective': {
      const { collective, issues } = parseCollective(doc, lang);
      const kept = collective.themes.length + collective.campaigns.length;
      const leftOut = new Set(
        issues.filter((i) => i.index !== undefined).map((i) => `${i.path[0]}${i.index}`),
      );
      return { total: kept + leftOut.size, valid: kept, issues };
    }
    case 'stats': {
      const result = validate(CampaignStats, doc, lang);
      if (!result.ok) {
        const first = result.errors[0]!;
        throw new InvalidDocumentError(
          `${formatPath(first.path)}: ${first.message}`,
          result.errors,
        );
      }
      return { total: 1, valid: 1, issues: [] };
    }
  }
}

/** Reads a local file or fetches a URL (with the SDK's transport policy) and parses JSON. */
async function load(source: string, lang: Lang): Promise<unknown> {
  const m = CLI_MESSAGES[lang];
  if (/^https?:\/\//i.test(source)) return new Transport({ lang }).getJson(source);
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    throw new Error(m.cannotRead(source, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${m.notJson(source)} (${(error as Error).message})`);
  }
}

interface Args {
  command?: string | undefined;
  source?: string | undefined;
  lang: Lang;
  type?: string | undefined;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { lang: 'fr', help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--lang') args.lang = toLang(argv[++i]);
    else if (arg.startsWith('--lang=')) args.lang = toLang(arg.slice(7));
    else if (arg === '--type') args.type = argv[++i];
    else if (arg.startsWith('--type=')) args.type = arg.slice(7);
    else positional.push(arg);
  }
  [args.command, args.source] = positional;
  return args;
}

/**
 * Runs `ck-feed` with `argv` (without `node` and the script) and resolves with the exit code.
 *
 * @example
 * process.exitCode = await runCli(['validate', 'events.json', '--lang', 'en']);
 */
export async function runCli(
  argv: readonly string[],
  io: CliOutput = consoleOutput,
): Promise<number> {
  const args = parseArgs(argv);
  const m = CLI_MESSAGES[args.lang];
  if (args.help || !args.command) {
    io.out(m.usage);
    return args.help ? 0 : 1;
  }
  if (args.command !== 'validate' || !args.source) {
    io.err(args.command !== 'validate' ? m.unknownCommand(args.command) : m.usage);
    return 1;
  }
  if (args.type !== undefined && !DOCUMENT_TYPES.includes(args.type as DocumentType)) {
    io.err(m.badType(args.type));
    return 1;
  }
  let doc: unknown;
  try {
    doc = await load(args.source, args.lang);
  } catch (error) {
    io.err((error as Error).message);
    return 1;
  }
  const type =
    (args.type as DocumentType | undefined) ?? typeFromName(args.source) ?? typeFromContent(doc);
  if (!type) {
    io.err(m.unknownType(args.source));
    return 1;
  }
  io.out(m.checking(args.source, type));
  let report: Report;
  try {
    report = check(type, doc, args.lang);
  } catch (error) {
    if (!(error instanceof InvalidDocumentError)) throw error;
    io.err(m.unusable(error.message));
    for (const issue of error.issues) {
      io.err(`${formatPath(issue.path)}: ${issue.message}`);
    }
    return 1;
  }
  for (const issue of report.issues) io.out(`${formatPath(issue.path)}: ${issue.message}`);
  const leftOut = report.total - report.valid;
  if (report.issues.length > 0) io.out(m.leftOut(leftOut, report.total, report.issues.length));
  else io.out(type === 'stats' ? m.validDocument : m.allValid(report.valid));
  return report.issues.length === 0 ? 0 : 2;
}
