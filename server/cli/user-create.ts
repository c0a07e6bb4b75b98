// npm run user:create -- --role curator --email someone@hkpc.org --password '…' [--name 'Chan Tai Man']
// The only way to make curators and admins; also changes the role (and password) of an existing account.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { emailSchema, newPasswordSchema, ROLE_KEYS } from '../../shared/schemas/accounts';
import { createUserFromCli } from '../modules/accounts';
import { runTool } from './cli';

const argsSchema = z.object({
  role: z.enum(ROLE_KEYS),
  email: emailSchema,
  password: newPasswordSchema,
  name: z.string().trim().min(1).max(100).optional(),
});

await runTool(async (_platform, argv) => {
  const { values } = parseArgs({ args: argv, options: { role: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(`usage: npm run user:create -- --role curator|admin --email … --password … [--name …]\n${parsed.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const { role, email, password, name } = parsed.data;
  const { user, created } = await createUserFromCli({ role, email, password, name: name ?? email.split('@')[0]! });
  process.stdout.write(`${created ? 'created' : 'updated'} ${user.role} ${user.email} (${user._id.toHexString()})\n`);
});
