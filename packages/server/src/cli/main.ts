/**
 * `ck-server`: the feed server and the coordinator's commands.
 * The database is PGlite in `--data DIR` (default ./data), or PostgreSQL when DATABASE_URL is set.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LockHeldError } from '../store/lock.js';
import type { LocalTarget } from './database-target.js';
import { runRequest, type CommandRequest } from './request.js';
import { sendToServer } from './control-client.js';
import { drained, streamIo, type Io } from './io.js';
import { CliError, cliLang, say } from './output.js';
import { visible } from './terminal.js';
import { expandTrustProxy, parseTrustProxy } from './trust-proxy.js';
import { decodeText } from '../io/decode-text.js';
import { workbookKind, workbookMessage } from '../io/workbook.js';

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
  pledges erase --email ADRESSE   efface ses engagements et ses fiches de personne contact (coalitions)
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

const print = (line: string) => process.stderr.write(`${visible(line, '\n')}\n`);
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

async function serve(values: ReturnType<typeof parse>['values'], target: LocalTarget) {
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
    ...(process.env.CK_CACHE_MS && { cacheMs: integer('CK_CACHE_MS', process.env.CK_CACHE_MS, 0) }),
  });
  const where =
    server.db.engine === 'postgres'
      ? `PostgreSQL ${server.db.location}`
      : `PGlite ${server.db.location}`;
  // Before the URL is out: a SIGTERM sent as soon as it is read must still clean up (the
  // lock and the control socket), not kill the process as the default action does.
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
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
  if ('refused' in server.control)
    print(
      say(
        `Pas de socket de contrôle (${server.control.refused}) : les commandes du coordinateur attendront l’arrêt du serveur.`,
        `No control socket (${server.control.refused}): coordinators' commands will wait for the server to stop.`,
      ),
    );
}

function parse(argv: string[]) {
  return parseArgs({ args: expandTrustProxy(argv), options, allowPositionals: true, strict: true });
}

const unknownSub = (command: string, sub: string | undefined) =>
  new CliError(
    say(
      `Sous-commande inconnue : ${command} ${sub ?? ''}`,
      `Unknown sub-command: ${command} ${sub ?? ''}`,
    ),
  );

/** The command line as a request (the file of an import read here, paths made absolute). */
function toRequest(
  values: ReturnType<typeof parse>['values'],
  [command, sub, arg]: string[],
): CommandRequest {
  switch (command) {
    case 'migrate':
    case 'demo':
      return { command };
    case 'import': {
      const file = need(sub, say('FICHIER', 'FILE'));
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new CliError(
          say(
            `Impossible de lire ${file} : ${(error as Error).message}`,
            `Cannot read ${file}: ${(error as Error).message}`,
          ),
        );
      }
      const workbook = workbookKind(bytes);
      if (workbook) throw new CliError(workbookMessage(file, workbook, cliLang()));
      return { command, file, decoded: decodeText(bytes) };
    }
    case 'coalitions':
      if (sub === 'list') return { command: 'coalitions list', pending: values.pending ?? false };
      if (sub === 'approve') return { command: 'coalitions approve', id: need(arg, 'ID') };
      throw unknownSub(command, sub);
    case 'pledges':
      if (sub === 'export')
        return { command: 'pledges export', campaign: need(values.campaign, '--campaign') };
      if (sub === 'erase')
        return { command: 'pledges erase', email: need(values.email, '--email') };
      throw unknownSub(command, sub);
    case 'purge': {
      const now = values.now ? new Date(values.now) : new Date();
      if (Number.isNaN(now.getTime()))
        throw new CliError(
          say(`--now : date invalide « ${values.now} »`, `--now: invalid date "${values.now}"`),
        );
      return { command, now: now.toISOString() };
    }
    case 'export-feed':
      return { command, dir: resolve(need(sub, 'DIR')) };
    default:
      throw new CliError(
        say(
          `Commande inconnue : ${command}\n\n${USAGE}`,
          `Unknown command: ${command}\n\n${USAGE}`,
        ),
      );
  }
}

/**
 * Runs a coordinator's command: in the server running on the data directory when there is
 * one (over its control socket), else here, under the data-directory lock.
 */
async function runCommand(target: LocalTarget, request: CommandRequest, io: Io) {
  if (!target.databaseUrl) {
    const code = await sendToServer(target.dataDir, { ...request, lang: cliLang() }, io);
    if (code !== undefined) return code;
  }
  await runRequest(target, request, io);
  return 0;
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
  const [command] = positionals;
  if (values.help || !command) {
    out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const target = {
    dataDir: values.data ?? './data',
    databaseUrl: process.env.DATABASE_URL || undefined,
  };
  const io = streamIo(process.stdout, process.stderr);
  try {
    if (command === 'serve') {
      await serve(values, target);
      return -1; // keeps running
    }
    return await runCommand(target, toRequest(values, positionals), io);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      print(
        `ck-server: ${say('ce port est déjà utilisé (--port ou PORT pour en choisir un autre)', 'this port is already in use (choose another with --port or PORT)')} — ${(error as Error).message}`,
      );
      return 1;
    }
    const known = error instanceof CliError || error instanceof LockHeldError;
    const message = known ? error.message : ((error as Error).stack ?? String(error));
    await io.err(`ck-server: ${message}`).catch(() => undefined);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
if (code >= 0) {
  // process.exit drops what a pipe has not taken yet: wait for it first.
  await drained(process.stdout);
  await drained(process.stderr);
  process.exit(code);
}
