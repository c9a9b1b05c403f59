/**
 * A TCP port on 127.0.0.1 that nothing listens on right now, found synchronously (playwright.config.ts is
 * loaded synchronously, in the runner and again in each worker): a child process binds port 0 and prints
 * what the system gave it. The port is free again when this returns, so a server started right after gets it.
 */
import { execFileSync } from 'node:child_process';

const PROBE = `const s = require('node:net').createServer(); s.listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });`;

export function freePortSync() {
  return Number(execFileSync(process.execPath, ['-e', PROBE], { encoding: 'utf8' }));
}
