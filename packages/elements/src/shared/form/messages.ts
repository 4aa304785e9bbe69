/** The strings every form's catalogue has (the pledge form's, the coalition form's). */
export interface FormMessages {
  required: string;
  optional: string;
  /** "Le formulaire contient 2 erreurs…" */
  summary: (n: number) => string;
  /** One line of the summary: the field's label and its message. */
  fieldError: (label: string, message: string) => string;
  /** The submit button. */
  submit: string;
  /** The label of the honeypot field that people leave empty. */
  honeypot: string;
  sending: string;
  sendingButton: string;
  offline: string;
  failed: string;
  retrySend: string;
  /** Waited more than 24 hours: not sent. */
  expired: string;
  refused: (message: string) => string;
  /** The code that checks and sends could not be loaded (offline before the first check). */
  checksUnavailable: string;
  /** Announced once the server recorded the submission. */
  announcedRecorded: string;
}
