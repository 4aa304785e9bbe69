/**
 * A coordinator's command as data: what the CLI runs itself, or sends to the running server
 * over its control socket (control-client.ts). Everything a command needs from the
 * coordinator's side is in it: the file's decoded text, an absolute directory, the language.
 */
import type { Lang } from '@coalition-kit/sdk';
import type { Target } from './database-target.js';
import { coalitionsApproveCommand, coalitionsListCommand } from './coalition-commands.js';
import { exportFeedCommand } from './export-feed-command.js';
import { importCommand } from './import-command.js';
import { demoCommand, migrateCommand, purgeCommand } from './maintenance-commands.js';
import { pledgesEraseCommand, pledgesExportCommand } from './pledge-commands.js';
import { CliError, say } from './output.js';
import type { Io } from './io.js';
import type { DecodedText } from '../io/decode-text.js';

export type CommandRequest =
  | { command: 'migrate' | 'demo' }
  | { command: 'import'; file: string; decoded: DecodedText }
  | { command: 'coalitions list'; pending: boolean }
  | { command: 'coalitions approve'; id: string }
  | { command: 'pledges export'; campaign: string }
  | { command: 'pledges erase'; email: string }
  | { command: 'purge'; now: string }
  | { command: 'export-feed'; dir: string };

/** A request with the language its messages are said in. */
export type Envelope = CommandRequest & { lang: Lang };

/** Runs `request` on `target`; throws a CliError for what the coordinator must fix. */
export async function runRequest(target: Target, request: CommandRequest, io: Io): Promise<void> {
  switch (request.command) {
    case 'migrate':
      return migrateCommand(target, io);
    case 'demo':
      return demoCommand(target, io);
    case 'import':
      return importCommand(target, request.file, request.decoded, io);
    case 'coalitions list':
      return coalitionsListCommand(target, request.pending, io);
    case 'coalitions approve':
      return coalitionsApproveCommand(target, request.id, io);
    case 'pledges export':
      return pledgesExportCommand(target, request.campaign, io);
    case 'pledges erase':
      return pledgesEraseCommand(target, request.email, io);
    case 'purge':
      return purgeCommand(target, new Date(request.now), io);
    case 'export-feed':
      return exportFeedCommand(target, request.dir, io);
    default:
      throw new CliError(
        say(
          `Commande inconnue : ${(request as { command: string }).command}`,
          `Unknown command: ${(request as { command: string }).command}`,
        ),
      );
  }
}
