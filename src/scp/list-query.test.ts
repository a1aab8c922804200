import { describe, expect, it } from 'vitest';
import { encodeListParams, encodeQuery } from './list-query.ts';

describe('encodeQuery', () => {
  it('encodes spaces as %20 and keeps the given order', () => {
    expect(
      encodeQuery([
        ['name', 'a b'],
        ['sort', 'size:desc,name:asc'],
      ]),
    ).toBe('name=a%20b&sort=size%3Adesc%2Cname%3Aasc');
  });

  it("encodes the characters URL parsers treat differently (!'()*)", () => {
    const encoded = encodeQuery([['name', "it's (x)!*"]]);
    expect(encoded).toBe('name=it%27s%20%28x%29%21%2A');
    // Survives a WHATWG URL round trip unchanged, so what is signed is what is sent.
    expect(new URL(`http://h/?${encoded}`).search).toBe(`?${encoded}`);
  });

  it('drops empty values', () => {
    expect(
      encodeQuery([
        ['name', ''],
        ['state', 'error'],
      ]),
    ).toBe('state=error');
  });
});

describe('encodeListParams', () => {
  it('writes only the documented parameters, in a fixed order, decoding to the same values', () => {
    const query = encodeListParams({
      bootable: true,
      state: 'in-use',
      limit: 50,
      name: '결제 db',
      with_count: true,
    });
    expect(query).toBe('with_count=true&limit=50&name=%EA%B2%B0%EC%A0%9C%20db&state=in-use&bootable=true');
    const decoded = Object.fromEntries(new URLSearchParams(query));
    expect(decoded).toEqual({
      with_count: 'true',
      limit: '50',
      name: '결제 db',
      state: 'in-use',
      bootable: 'true',
    });
  });
});
