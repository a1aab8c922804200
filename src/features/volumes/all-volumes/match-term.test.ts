import { describe, expect, it } from 'vitest';
import { makeVolume } from '../../../test/browser/volume-fixtures.ts';
import { ID_ANYWHERE_FROM, matchTerm } from './match-term.ts';

const noNames = () => undefined;

describe('matchTerm', () => {
  const volume = makeVolume({
    id: '3fdb2a10-0000-4000-8000-00000000db00',
    name: 'GitLab data',
    servers: [{ id: 'db77aa00-1111-4000-8000-000000000001', device: '/dev/vdb' }],
  });

  it('finds part of a name anywhere, case-insensitively', () => {
    expect(matchTerm(volume, 'lab d', noNames)).toEqual({ field: 'name', text: 'GitLab data' });
  });

  it('finds an id only from its start, or anywhere from eight characters', () => {
    // "db" is inside this volume's id twice, and starts its server's id.
    expect(matchTerm({ ...volume, servers: [] }, 'db', noNames)).toBeNull();
    expect(matchTerm(volume, '3fdb', noNames)).toEqual({ field: 'id', text: volume.id });
    expect(ID_ANYWHERE_FROM).toBe(8);
    expect(matchTerm(volume, '00000000db', noNames)).toEqual({ field: 'id', text: volume.id });
    expect(matchTerm(volume, 'db', noNames)).toEqual({ field: 'server', text: volume.servers?.[0]?.id });
  });

  it('finds an attached server by part of its name, and says which server', () => {
    const nameOf = (id: string) => (id.startsWith('db77') ? 'db-primary-01' : undefined);
    expect(matchTerm(volume, 'PRIMARY', nameOf)).toEqual({ field: 'server', text: 'db-primary-01' });
  });

  it('prefers the name to anything else', () => {
    expect(matchTerm({ ...volume, name: 'db backup' }, 'db', noNames)?.field).toBe('name');
  });
});
