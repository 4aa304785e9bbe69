/**
 * A real SMTP server in the test process (smtp-server, by the nodemailer authors), on
 * loopback, without TLS or authentication. It keeps each accepted message, decoded enough
 * to read: headers, the text and HTML parts (quoted-printable undone), and its links.
 * `hold()` makes it read the next messages without answering (a transaction that never
 * completes), to crash the sender in the middle of a delivery.
 */
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  headers: Map<string, string>;
  raw: string;
  /** The text and HTML parts, decoded. */
  text: string;
  html: string;
  /** When the server accepted it (ms, `performance.now()`). */
  acceptedAt: number;
  link(purpose: 'confirm' | 'withdraw' | 'view'): string | undefined;
}

export interface TestSmtp {
  url: string;
  received: ReceivedMail[];
  /** Reads the next messages without ever answering (until `release`). */
  hold(): void;
  release(): void;
  /** Resolves once a message arrived while held (never accepted). */
  waitHeld(): Promise<void>;
  /** Resolves with the `nth` (default: first) message accepted for `to`. */
  waitFor(to: string, nth?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/** Undoes quoted-printable (soft line breaks, `=XX` bytes), as UTF-8. */
const unQuote = (s: string) =>
  Buffer.from(
    s
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');

function parse(raw: string, acceptedAt: number): ReceivedMail {
  const [head = ''] = raw.split(/\r?\n\r?\n/, 1);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  const part = (type: string) => {
    const m = new RegExp(
      `Content-Type: ${type}[^]*?\\r?\\n\\r?\\n([^]*?)(?:\\r?\\n--|$)`,
      'i',
    ).exec(raw);
    if (!m) return '';
    const qp = /quoted-printable/i.test(raw.slice(m.index, m.index + 200));
    return qp ? unQuote(m[1]!) : m[1]!;
  };
  const text = part('text/plain');
  const html = part('text/html');
  return {
    headers,
    raw,
    text,
    html,
    acceptedAt,
    link: (purpose) =>
      new RegExp(`https?://\\S+/pledges/${purpose}\\?token=[\\w-]+`).exec(text)?.[0],
  };
}

/** Starts the SMTP server on 127.0.0.1 (a free port). */
export async function startSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const waiting: (() => void)[] = [];
  const notify = () => {
    for (const w of waiting.splice(0)) w();
  };
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise<void>((resolve) => waiting.push(resolve));
  };
  let holding = false;
  let held = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (holding) {
          held += 1; // never answered: the sender waits until it dies
          notify();
          return;
        }
        received.push(parse(Buffer.concat(chunks).toString('latin1'), performance.now()));
        callback();
        notify();
      });
      void session;
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  const to = (m: ReceivedMail) => m.headers.get('to') ?? '';
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
    },
    waitHeld: () => until(() => held > 0),
    async waitFor(address, nth = 0) {
      const mine = () => received.filter((m) => to(m).includes(address));
      await until(() => mine().length > nth);
      return mine()[nth]!;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
