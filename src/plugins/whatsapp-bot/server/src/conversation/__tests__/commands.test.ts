import { parseCommand } from '../commands';

describe('parseCommand', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['Hi!', { kind: 'greeting' }],
    ['good morning', { kind: 'greeting' }],
    ['HELP', { kind: 'help' }],
    ['stop', { kind: 'stop' }],
    ['Stop.', { kind: 'stop' }],
    ['STOP!', { kind: 'stop' }],
    ['please stop', { kind: 'stop' }],
    ['stop messages 🙏', { kind: 'stop' }],
    ['Unsubscribe', { kind: 'stop' }],
    ['START', { kind: 'start' }],
    ['more', { kind: 'more' }],
    ['next page', { kind: 'more' }],
    ['3', { kind: 'details', index: 3 }],
    ['#12', { kind: 'details', index: 12 }],
    ['connect me with 2', { kind: 'connect', index: 2 }],
    ['introduce me to 4', { kind: 'connect', index: 4 }],
    ['connect 1', { kind: 'connect', index: 1 }],
    ['yes', { kind: 'yes' }],
    ['Haan', { kind: 'yes' }],
    ['YES 4821', { kind: 'yes', code: '4821' }],
    ['yes #4821', { kind: 'yes', code: '4821' }],
    ['no', { kind: 'no' }],
    ['No 4821.', { kind: 'no', code: '4821' }],
    ['undo', { kind: 'undo' }],
    ['123456', { kind: 'code', code: '123456' }],
  ])('reads %j as a command', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it.each(['update my city to Pune', 'add Python to my skills', 'remove Java from my skills', 'my company is Acme', 'I moved to Bengaluru', 'change my designation to CTO'])(
    'reads %j as a profile update',
    (text) => {
      expect(parseCommand(text)).toEqual({ kind: 'update', text });
    }
  );

  it.each(['AI experts in Chennai', 'who from the batch of 98 runs a factory?', 'someone who can audit my accounts', 'only those in Pune', 'more senior ones'])(
    'reads %j as a search',
    (text) => {
      expect(parseCommand(text).kind).toBe('search');
    }
  );

  it('collapses whitespace and keeps the text of a search', () => {
    expect(parseCommand('  doctors   in  Pune ')).toEqual({ kind: 'search', text: 'doctors in Pune' });
  });
});
