import { describe, expect, it } from 'vitest';
import { pageNeighbours } from './page-neighbours.ts';
import { makeDetailedVolume } from '../../../test/browser/volume-fixtures.ts';

const page = ['a', 'b', 'c'].map((id) => makeDetailedVolume({ id }));

describe('pageNeighbours', () => {
  it('finds the previous and next volume of the page', () => {
    expect(pageNeighbours(page, 'b')).toMatchObject({ index: 1, previous: { id: 'a' }, next: { id: 'c' } });
  });

  it('has no previous at the start and no next at the end', () => {
    expect(pageNeighbours(page, 'a').previous).toBeNull();
    expect(pageNeighbours(page, 'c').next).toBeNull();
  });

  it('has neither for a volume that is not on the page', () => {
    expect(pageNeighbours(page, 'z')).toEqual({ index: -1, previous: null, next: null });
  });
});
