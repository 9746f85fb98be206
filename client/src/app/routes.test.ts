import { describe, expect, it } from 'vitest';
import { routeFor } from './routes';

describe('routeFor', () => {
  it('maps the public pages of api.md', () => {
    expect(routeFor('/', '')).toEqual({ page: 'home' });
    expect(routeFor('/d/abc_123', '#token=x')).toEqual({ page: 'doc', docId: 'abc_123' });
    expect(routeFor('/invite', '#eyJ.abc.def')).toEqual({ page: 'invite', invite: 'eyJ.abc.def' });
  });

  it('rejects malformed document ids and unknown paths', () => {
    expect(routeFor('/d/../etc', '')).toEqual({ page: 'not-found' });
    expect(routeFor('/admin', '')).toEqual({ page: 'not-found' });
    expect(routeFor('/invite', '')).toEqual({ page: 'invite', invite: null });
  });
});
