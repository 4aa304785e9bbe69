#!/usr/bin/env node
// `ck-feed validate <file-or-URL>`: see `ck-feed --help`.
import { runCli } from '../dist/esm/cli.js';

process.exitCode = await runCli(process.argv.slice(2));
