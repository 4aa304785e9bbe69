// Installs Debian's Chromium for the browser tests when it is missing (CI starts from a fresh machine).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.log(`Chromium not found at ${path}: installing Debian's chromium with apt-get…`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation`,
    {
      stdio: 'inherit',
    },
  );
}
