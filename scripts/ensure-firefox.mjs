// Installs Debian's Firefox ESR for the Firefox browser tests when it is missing (CI starts from a
// fresh machine), as scripts/ensure-chromium.mjs does for Chromium.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { firefoxPath } from './firefox.mjs';

if (!existsSync(firefoxPath)) {
  console.log(`Firefox not found at ${firefoxPath}: installing Debian's firefox-esr with apt-get…`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends firefox-esr`,
    { stdio: 'inherit' },
  );
}
