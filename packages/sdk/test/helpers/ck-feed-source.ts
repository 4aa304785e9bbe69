// `ck-feed` run from source (the bin runs dist/esm/cli.js, built by `npm run build`).
import { runCli } from '../../src/cli/validate.js';

process.exitCode = await runCli(process.argv.slice(2));
