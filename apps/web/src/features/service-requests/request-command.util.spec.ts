import { allowedCommands, REQUEST_STATUSES } from '@stardesk/domain';
import { describe, expect, it } from 'vitest';
import { commandLabel, needsTechnician, noteRequired, orderCommands } from './request-command.util';

describe('request commands on screen', () => {
  it('labels come from the domain, capitalised for English buttons', () => {
    expect(commandLabel('DISPATCH', 'zh-CN')).toBe('派工');
    expect(commandLabel('HOLD', 'en')).toBe('Put on hold');
  });

  it('asks a reason exactly where the API requires one, and a technician to dispatch', () => {
    expect(['HOLD', 'REOPEN', 'CANCEL'].every((kind) => noteRequired(kind as never))).toBe(true);
    expect(noteRequired('RESOLVE')).toBe(false);
    expect(needsTechnician('DISPATCH')).toBe(true);
    expect(needsTechnician('START')).toBe(false);
  });

  it.each(REQUEST_STATUSES)('offers every allowed command of %s once, the forward step first and cancel last', (status) => {
    const allowed = allowedCommands(status);
    const { primary, others } = orderCommands(allowed);
    expect([primary, ...others].filter(Boolean).sort()).toEqual([...allowed].sort());
    if (others.includes('CANCEL')) expect(others.at(-1)).toBe('CANCEL');
    expect(primary).not.toBe('CANCEL');
  });

  it('makes acknowledging the primary step of a new request', () => {
    expect(orderCommands(allowedCommands('NEW'))).toEqual({ primary: 'ACKNOWLEDGE', others: ['CANCEL'] });
    expect(orderCommands(allowedCommands('IN_PROGRESS'))).toEqual({ primary: 'RESOLVE', others: ['HOLD', 'CANCEL'] });
  });
});
