/**
 * `npm run --silent hash-password -- <password>`: prints the scrypt hash to put after `name:` in
 * SCP_DASHBOARD_USERS. Without an argument it reads the password from standard input, which
 * keeps it out of the shell history and the process list: `printf %s "$PW" | npm run …`.
 */
import { text } from 'node:stream/consumers';
import { hashPassword } from './password.ts';

const MIN_LENGTH = 8;

const given = process.argv[2];
if (given === undefined && process.stdin.isTTY) {
  process.stderr.write('Password (then Enter and Ctrl-D): ');
}
const password = given ?? (await text(process.stdin)).replace(/\r?\n$/, '');
if (password.length < MIN_LENGTH) {
  process.stderr.write(
    `hash-password: give a password of at least ${MIN_LENGTH} characters, as an argument or on standard input.\n`,
  );
  process.exit(1);
}
process.stdout.write(`${await hashPassword(password)}\n`);
