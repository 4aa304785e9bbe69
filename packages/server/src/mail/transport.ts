/**
 * How messages leave: SMTP through nodemailer when `SMTP_URL` is set
 * (`smtp://user:pass@host:587`, `smtps://…:465`), sent from `SMTP_FROM`; without it, printed
 * on the console with their links, so the demo works offline.
 */
import nodemailer from 'nodemailer';
import { CliError, say } from '../cli/output.js';

export interface OutgoingMail {
  /** The outbox row's id: the same message always gets the same Message-ID. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The withdraw link, for `List-Unsubscribe`. */
  unsubscribe: string | null;
}

export interface Mailer {
  /** Resolves once the SMTP server accepted the message (or it was printed). */
  send(mail: OutgoingMail): Promise<void>;
  /** Where messages go, for the start-up line. */
  readonly describe: string;
  close(): void;
}

/** The address part of `Name <a@b>` or `a@b`. */
const addressOf = (from: string) => /<([^>]+)>\s*$/.exec(from)?.[1] ?? from.trim();

/** The mailer the environment names. */
export function createMailer(env: NodeJS.ProcessEnv = process.env): Mailer {
  const url = env.SMTP_URL?.trim();
  if (!url) return consoleMailer();
  const from = env.SMTP_FROM?.trim();
  if (!from || !/^[^@\s<>]+@[^@\s<>]+$/.test(addressOf(from)))
    throw new CliError(
      say(
        `SMTP_FROM doit donner l’adresse d’expédition des messages (ex. « Collectif <engagements@collectif.example.org> »), pas « ${from ?? ''} »`,
        `SMTP_FROM must give the sender address of the messages (e.g. "Collective <pledges@collective.example.org>"), not "${from ?? ''}"`,
      ),
    );
  const domain = addressOf(from).split('@')[1]!;
  // One reused connection; every wait bounded, so a send ends (or fails) well within the
  // outbox's lease and another instance never takes over a message still being sent.
  const transport = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  return {
    describe: `SMTP ${new URL(url).host}`,
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        // Derived from the row: a message sent again after a crash is recognised as the same.
        messageId: `<${mail.id}@${domain}>`,
        headers: {
          'Auto-Submitted': 'auto-generated',
          ...(mail.unsubscribe && { 'List-Unsubscribe': `<${mail.unsubscribe}>` }),
        },
      });
    },
    close: () => transport.close(),
  };
}

/** Prints each message on stderr, with the server's other messages (no SMTP_URL): the demo's links are clickable there. */
function consoleMailer(): Mailer {
  return {
    describe: say('console (pas de SMTP_URL)', 'console (no SMTP_URL)'),
    async send(mail) {
      process.stderr.write(
        `\n--- ck-server mail (${say('non envoyé : pas de SMTP_URL', 'not sent: no SMTP_URL')}) ---\n` +
          `To: ${mail.to}\nSubject: ${mail.subject}\nMessage-ID: <${mail.id}@localhost>\n\n${mail.text}\n--- end ---\n`,
      );
    },
    close: () => undefined,
  };
}
