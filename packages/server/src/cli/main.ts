/**
 * `ck-server`: the feed server and the coordinator's commands.
 * The database is PGlite in `--data DIR` (default ./data), or PostgreSQL when DATABASE_URL is set.
 */
import { parseArgs } from 'node:util';
import { LockHeldError } from '../store/lock.js';
import {
  coalitionsApproveCommand,
  coalitionsListCommand,
  demoCommand,
  exportFeedCommand,
  importCommand,
  migrateCommand,
  pledgesEraseCommand,
  pledgesExportCommand,
  purgeCommand,
  type Target,
} from './commands.js';
import { CliError, say } from './output.js';
import { expandTrustProxy, parseTrustProxy } from './trust-proxy.js';

export const USAGE = `Usage: ck-server <commande> [options]

  serve [--port 8787] [--host 127.0.0.1] [--data DIR] [--demo] [--rate-limit N] [--allow-origin O]…
        [--trust-proxy [N|IP,…]]      derrière N proxys (défaut 1) ou ceux de ces adresses : l’adresse
                                      du client vient de X-Forwarded-For
        [--request-timeout 30] [--headers-timeout 10] [--keep-alive-timeout 10]   en secondes
        [--max-connections-per-address 64]   connexions ouvertes par adresse (0 : sans limite)
  import FILE                     collective.json, events.json, members.json, coalitions.json,
                                  membres .csv (colonnes françaises ou anglaises), agenda .ics
  coalitions list [--pending]
  coalitions approve ID
  pledges export --campaign ID    CSV (UTF-8) sur la sortie standard
  pledges erase --email ADRESSE
  purge [--now DATE]              efface les engagements plus vieux que retentionMonths et ceux
                                  jamais confirmés dont le lien a expiré (serve le fait chaque heure)
  export-feed DIR                 écrit le flux en fichiers statiques (hébergement statique, CDN)
  migrate                         crée ou met à jour le schéma
  demo                            charge la démo dans une base vide

Options communes : --data DIR (défaut ./data). DATABASE_URL=postgres://… : PostgreSQL.
Messages de confirmation : SMTP_URL=smtp://… et SMTP_FROM=adresse ; sans SMTP_URL, affichés ici.
`;

const options = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  demo: { type: 'boolean' },
  'rate-limit': { type: 'string' },
  'allow-origin': { type: 'string', multiple: true },
  cdn: { type: 'string' },
  site: { type: 'string' },
  log: { type: 'boolean' },
  'trust-proxy': { type: 'string' },
  'request-timeout': { type: 'string' },
  'headers-timeout': { type: 'string' },
  'keep-alive-timeout': { type: 'string' },
  'max-connections-per-address': { type: 'string' },
  pending: { type: 'boolean' },
  campaign: { type: 'string' },
  email: { type: 'string' },
  now: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const print = (line: string) => process.stderr.write(`${line}\n`);
const out = (line: string) => process.stdout.write(`${line}\n`);

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new CliError(
      say(
        `--${name} attend un entier positif, pas « ${value} »`,
        `--${name} expects a non-negative integer, not "${value}"`,
      ),
    );
  return n;
}

/** A duration in whole seconds, at least 1 (a timeout turned off is an open door), in ms. */
function seconds(name: string, value: string | undefined, fallbackMs: number): number {
  const n = integer(name, value, fallbackMs / 1000);
  if (n < 1)
    throw new CliError(
      say(
        `--${name} attend une durée d’au moins 1 seconde, pas « ${value} »`,
        `--${name} expects a duration of at least 1 second, not "${value}"`,
      ),
    );
  return n * 1000;
}

const need = (value: string | undefined, what: string): string => {
  if (!value)
    throw new CliError(say(`${what} manquant.\n\n${USAGE}`, `Missing ${what}.\n\n${USAGE}`));
  return value;
};

async function serve(values: ReturnType<typeof parse>['values'], target: Target) {
  // Loaded here: the other commands have no use for the HTTP stack.
  const { startServer } = await import('../server.js');
  const { DEFAULT_LIMITS } = await import('../http/connection-limits.js');
  const server = await startServer({
    port: integer('port', values.port ?? process.env.PORT, 8787),
    host: values.host ?? '127.0.0.1',
    dataDir: target.dataDir,
    databaseUrl: target.databaseUrl,
    demo: values.demo ?? false,
    rateLimit: integer('rate-limit', values['rate-limit'], 30),
    allowOrigins: values['allow-origin'] ?? [],
    ...(values.cdn && { cdnDir: values.cdn }),
    ...(values.site && { siteDir: values.site }),
    log: values.log ?? false,
    trustProxy: parseTrustProxy(values['trust-proxy']),
    connections: {
      requestTimeoutMs: seconds(
        'request-timeout',
        values['request-timeout'],
        DEFAULT_LIMITS.requestTimeoutMs,
      ),
      headersTimeoutMs: seconds(
        'headers-timeout',
        values['headers-timeout'],
        DEFAULT_LIMITS.headersTimeoutMs,
      ),
      keepAliveTimeoutMs: seconds(
        'keep-alive-timeout',
        values['keep-alive-timeout'],
        DEFAULT_LIMITS.keepAliveTimeoutMs,
      ),
      maxPerAddress: integer(
        'max-connections-per-address',
        values['max-connections-per-address'],
        DEFAULT_LIMITS.maxPerAddress,
      ),
    },
  });
  const where =
    server.db.engine === 'postgres'
      ? `PostgreSQL ${server.db.location}`
      : `PGlite ${server.db.location}`;
  if (server.demo)
    print(say('Démo chargée dans la base vide.', 'Demo loaded into the empty database.'));
  // The first line on stdout is the URL: test helpers and scripts read it.
  out(`ck-server listening on ${server.url} (${where})`);
  print(say(`Messages de confirmation : ${server.mail}`, `Confirmation messages: ${server.mail}`));
  print(
    say(
      `Flux : ${server.url}/v1/collective.json — page de démo : ${server.url}/`,
      `Feed: ${server.url}/v1/collective.json — demo page: ${server.url}/`,
    ),
  );
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function parse(argv: string[]) {
  return parseArgs({ args: expandTrustProxy(argv), options, allowPositionals: true, strict: true });
}

/** Runs the command line `argv` (without `node` and the script). */
export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    print(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, sub, arg] = positionals;
  if (values.help || !command) {
    out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const target: Target = {
    dataDir: values.data ?? './data',
    databaseUrl: process.env.DATABASE_URL || undefined,
  };
  try {
    switch (command) {
      case 'serve':
        await serve(values, target);
        return -1; // keeps running
      case 'migrate':
        await migrateCommand(target, print);
        return 0;
      case 'demo':
        await demoCommand(target, print);
        return 0;
      case 'import':
        await importCommand(target, need(sub, say('FICHIER', 'FILE')), print);
        return 0;
      case 'coalitions':
        if (sub === 'list') await coalitionsListCommand(target, values.pending ?? false, out);
        else if (sub === 'approve') await coalitionsApproveCommand(target, need(arg, 'ID'), print);
        else
          throw new CliError(
            say(
              `Sous-commande inconnue : coalitions ${sub ?? ''}`,
              `Unknown sub-command: coalitions ${sub ?? ''}`,
            ),
          );
        return 0;
      case 'pledges':
        if (sub === 'export')
          await pledgesExportCommand(
            target,
            need(values.campaign, '--campaign'),
            (s) => process.stdout.write(s),
            print,
          );
        else if (sub === 'erase')
          await pledgesEraseCommand(target, need(values.email, '--email'), print);
        else
          throw new CliError(
            say(
              `Sous-commande inconnue : pledges ${sub ?? ''}`,
              `Unknown sub-command: pledges ${sub ?? ''}`,
            ),
          );
        return 0;
      case 'purge': {
        const now = values.now ? new Date(values.now) : new Date();
        if (Number.isNaN(now.getTime()))
          throw new CliError(
            say(`--now : date invalide « ${values.now} »`, `--now: invalid date "${values.now}"`),
          );
        await purgeCommand(target, now, print);
        return 0;
      }
      case 'export-feed':
        await exportFeedCommand(target, need(sub, 'DIR'), print);
        return 0;
      default:
        throw new CliError(
          say(
            `Commande inconnue : ${command}\n\n${USAGE}`,
            `Unknown command: ${command}\n\n${USAGE}`,
          ),
        );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      print(
        `ck-server: ${say('ce port est déjà utilisé (--port ou PORT pour en choisir un autre)', 'this port is already in use (choose another with --port or PORT)')} — ${(error as Error).message}`,
      );
      return 1;
    }
    if (error instanceof CliError || error instanceof LockHeldError) {
      print(`ck-server: ${error.message}`);
      return 1;
    }
    print(`ck-server: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
if (code >= 0) process.exit(code);
