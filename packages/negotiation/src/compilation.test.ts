import { describe, expect, it } from 'vitest';
import { compilationLine } from './compilation';

describe('compilation line', () => {
  it('NG15: the smallest differing run of words is quoted', () => {
    expect(compilationLine('FR', 'The allies condemn the attack.', 'The allies deplore the attack.')).toBe(
      "[FR: replace 'condemn' with 'deplore']",
    );
    expect(compilationLine('DE', 'We call on all states.', 'We urge every state.')).toBe(
      "[DE: replace 'call on all states' with 'urge every state']",
    );
  });

  it('NG15: a pure insertion or deletion takes in the neighbouring word', () => {
    expect(
      compilationLine('FR', 'The allies condemn the attack.', 'The allies strongly condemn the attack.'),
    ).toBe("[FR: replace 'allies' with 'allies strongly']");
    expect(compilationLine('FR', 'Allies condemn it.', 'All allies condemn it.')).toBe(
      "[FR: replace 'Allies' with 'All allies']",
    );
    expect(compilationLine('US', 'The allies firmly condemn it.', 'The allies condemn it.')).toBe(
      "[US: replace 'allies firmly' with 'allies']",
    );
  });

  it('NG15: every differing word when all of them differ', () => {
    expect(compilationLine('EU', 'Alpha.', 'Beta gamma.')).toBe("[EU: replace 'Alpha' with 'Beta gamma']");
  });
});
