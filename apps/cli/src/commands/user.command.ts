import { migrate, upsertUserAccount } from '@stardesk/database';
import { STAFF_ROLES, type StaffRole } from '@stardesk/domain';
import { InvalidArgumentError, type Command } from 'commander';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { reportFailure, CommandFailed } from '../output';
import { withDatabase } from '../with-database';

interface UserCreateOptions {
  org: string;
  login: string;
  role?: StaffRole;
  outlet: string[];
  admin?: boolean;
  name?: string;
  passwordStdin?: boolean;
}

const FLAGS = { outlets: 'outlet', password: 'password-stdin', org: 'org' };

function role(value: string): StaffRole {
  const upper = value.trim().toUpperCase();
  if (!(STAFF_ROLES as readonly string[]).includes(upper)) throw new InvalidArgumentError(`one of ${STAFF_ROLES.join(', ')}`);
  return upper as StaffRole;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Asks twice on the terminal without echoing. */
async function prompt(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!muted) process.stderr.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const ask = (text: string): Promise<string> =>
    new Promise((resolve) => {
      muted = false;
      process.stderr.write(text);
      muted = true;
      rl.question('', (answer) => {
        process.stderr.write('\n');
        resolve(answer);
      });
    });
  try {
    const first = await ask(question);
    const second = await ask('Repeat / 再次输入: ');
    if (first !== second) throw new InvalidArgumentError('the passwords differ / 两次输入的密码不一致');
    return first;
  } finally {
    rl.close();
  }
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('User accounts (a user is a staff member with a password)');

  user
    .command('create')
    .description('Create a user, or reset the password of an existing one (its sessions end); creates the staff member if needed')
    .requiredOption('--org <code>', 'organisation code, e.g. ACME')
    .requiredOption('--login <login>', 'login (lower-case letters, digits, . _ -)')
    .option('--role <role>', `one of ${STAFF_ROLES.join(', ')}`, role)
    .option('--outlet <code...>', 'outlet codes of a dispatcher or technician (repeatable)', [])
    .option('--admin', 'shorthand for --role ADMIN (the first administrator of an organisation)')
    .option('--name <name>', 'display name of a new staff member (default: the login)')
    .option('--password-stdin', 'read the password from standard input instead of a prompt')
    .action(async (options: UserCreateOptions) => {
      const chosen = options.admin ? 'ADMIN' : options.role;
      if (!chosen) throw new InvalidArgumentError('give --role ROLE or --admin');
      if (options.admin && options.role && options.role !== 'ADMIN') throw new InvalidArgumentError('--admin and --role disagree');
      if (!options.passwordStdin && !process.stdin.isTTY) throw new InvalidArgumentError('no terminal to ask for the password: use --password-stdin');
      const password = options.passwordStdin ? await readStdin() : await prompt('Password / 密码: ');
      await withDatabase(async (database) => {
        await migrate(database.dataSource);
        try {
          const account = await upsertUserAccount(database.dataSource, { orgCode: options.org, login: options.login, role: chosen, outletCodes: options.outlet, password, name: options.name });
          if (!account.created) {
            await database.dataSource.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'ADMIN' WHERE account_id = $1 AND revoked_at IS NULL`, [account.accountId]);
          }
          const outlets = account.outletCodes.length ? ` for ${account.outletCodes.join(', ')}` : '';
          console.log(`${account.created ? 'Created' : 'Updated'} user ${account.login} of ${account.orgCode}: ${account.role}${outlets}`);
        } catch (error) {
          throw new CommandFailed(reportFailure(error, FLAGS));
        }
      });
    });
}
