import { describe, expect, it } from 'vitest';
import { type Person, samePeople } from './use-presence';

const person = (over: Partial<Person> = {}): Person => ({
  clientId: 1,
  name: 'Ann',
  delegation: 'UK',
  colour: '#123456',
  role: 'drafter',
  isMe: true,
  focusing: true,
  ...over,
});

describe('samePeople (#18: a moved caret is no change of who is here)', () => {
  it('is true for equal lists of fresh objects', () => {
    expect(
      samePeople(
        [person(), person({ clientId: 2, isMe: false })],
        [person(), person({ clientId: 2, isMe: false })],
      ),
    ).toBe(true);
  });
  it('is false when someone came, went, or stopped focusing', () => {
    expect(samePeople([person()], [person(), person({ clientId: 2 })])).toBe(false);
    expect(samePeople([person()], [person({ focusing: false })])).toBe(false);
    expect(samePeople([person()], [person({ role: 'observer' })])).toBe(false);
  });
});
