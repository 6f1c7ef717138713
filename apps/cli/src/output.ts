import { fieldErrorMessage, resolveLocale, ValidationFailed } from '@stardesk/domain';
import { ConfigurationError } from '@stardesk/database';

/** Language of CLI messages: STARDESK_LOCALE, else LANG (zh_CN.UTF-8 → zh-CN), else Chinese. */
export const cliLocale = resolveLocale(process.env['STARDESK_LOCALE'] ?? process.env['LANG']?.replace('_', '-'));

/** Input fields whose command-line flag is not simply their kebab-cased name. */
const FLAG_OF_FIELD: Record<string, string> = { timeZone: 'tz' };

/** A command that has reported its own failure (on standard error) and only needs its exit status. */
export class CommandFailed extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'CommandFailed';
  }
}

/** Turns known failures into readable lines and an exit code; anything else is a bug worth a stack. */
export function reportFailure(error: unknown, flagOf: Record<string, string> = FLAG_OF_FIELD): number {
  if (error instanceof CommandFailed) return error.exitCode;
  if (error instanceof ValidationFailed) {
    console.error(cliLocale === 'en' ? 'Invalid input:' : '输入有误：');
    for (const fieldError of error.errors) {
      const flag = flagOf[fieldError.field] ?? fieldError.field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      console.error(`  --${flag}: ${fieldErrorMessage(fieldError, cliLocale)}`);
    }
    return 2;
  }
  if (error instanceof ConfigurationError) {
    console.error(error.message);
    return 78;
  }
  console.error(error instanceof Error ? error.message : String(error));
  if (process.env['STARDESK_DEBUG']) console.error(error);
  return 1;
}
