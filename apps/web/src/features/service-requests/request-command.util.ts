import { REQUEST_COMMAND_LABELS, type Locale, type RequestCommandKind } from '@stardesk/domain';

/** A reason is part of the record for these (the API refuses them without one). */
const NOTE_REQUIRED: readonly RequestCommandKind[] = ['HOLD', 'REOPEN', 'CANCEL'];

/** The step that moves the request forward, shown as the primary button. */
const FORWARD: readonly RequestCommandKind[] = ['ACKNOWLEDGE', 'DISPATCH', 'START', 'RESUME', 'RESOLVE', 'CLOSE'];

export function noteRequired(kind: RequestCommandKind): boolean {
  return NOTE_REQUIRED.includes(kind);
}

export function needsTechnician(kind: RequestCommandKind): boolean {
  return kind === 'DISPATCH';
}

/** Steps that lose work or end the request ask for a confirmation of what they do. */
export function isDestructive(kind: RequestCommandKind): boolean {
  return kind === 'CANCEL';
}

/** The domain's label of a command, as a button reads it ("受理", "Acknowledge"). */
export function commandLabel(kind: RequestCommandKind, locale: Locale): string {
  const label = REQUEST_COMMAND_LABELS[kind][locale];
  return locale === 'en' ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}

/**
 * The allowed commands in the order the screen offers them: the forward step first (primary), then
 * the others, cancel last.
 */
export function orderCommands(allowed: readonly RequestCommandKind[]): { primary: RequestCommandKind | null; others: RequestCommandKind[] } {
  const primary = allowed.find((kind) => FORWARD.includes(kind)) ?? null;
  const others = allowed.filter((kind) => kind !== primary).sort((a, b) => Number(a === 'CANCEL') - Number(b === 'CANCEL'));
  return { primary, others };
}
