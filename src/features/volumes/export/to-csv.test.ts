import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Volume } from '../../../scp/volume-schema.ts';
import { parseCsv } from '../../../test/browser/parse-csv.ts';
import { CSV_COLUMNS } from './csv-columns.ts';
import { csvCell, toCsv } from './to-csv.ts';

const HEADER =
  'id,name,state,size_gb,volume_type,volume_type_id,bootable,encrypted,multiattach,attachments,' +
  'region,created_at,modified_at,snapshot_id,image_name,os_distro,image_id';

function volume(overrides: Partial<Volume> = {}): Volume {
  return {
    id: 'vol-1',
    name: 'data',
    state: 'in-use',
    size: 100,
    volume_type: 'SSD',
    volume_type_id: 'type-ssd',
    bootable: true,
    encrypted: false,
    multiattach: true,
    created_at: '2026-02-11T06:44:40.281Z',
    modified_at: null,
    snapshot_id: null,
    servers: [
      { id: 'srv-a', device: '/dev/vda', attached_at: null },
      { id: 'srv-b', device: '/dev/vdb', attached_at: null },
    ],
    volume_image_metadata: { image_name: 'Ubuntu 24.04', os_distro: 'ubuntu', image_id: 'img-1' },
    ...overrides,
  };
}

describe('toCsv', () => {
  it('starts with a BOM and a header row, and ends every line with CRLF', () => {
    const csv = toCsv([volume()]);

    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes one row per volume in the documented column order', () => {
    const rows = parseCsv(toCsv([volume()]));

    expect(rows).toEqual([
      HEADER.split(','),
      [
        'vol-1',
        'data',
        'in-use',
        '100',
        'SSD',
        'type-ssd',
        'true',
        'false',
        'true',
        '/dev/vda@srv-a; /dev/vdb@srv-b',
        '',
        '2026-02-11T06:44:40.281Z',
        '',
        '',
        'Ubuntu 24.04',
        'ubuntu',
        'img-1',
      ],
    ]);
  });

  it('pairs each device with its server, keeping an attachment that has no device', () => {
    const servers = [
      { id: 'srv-a', device: null, attached_at: null },
      { id: 'srv-b', device: '/dev/vdb', attached_at: null },
    ];
    const rows = parseCsv(toCsv([volume({ servers })]));
    const column = HEADER.split(',').indexOf('attachments');

    expect(rows[1]?.[column]).toBe('(no device)@srv-a; /dev/vdb@srv-b');
  });

  it('names each server once its name is known, and only then', () => {
    const names = new Map([['srv-b', 'db 02']]);
    const rows = parseCsv(toCsv([volume()], (id) => names.get(id)));
    const column = HEADER.split(',').indexOf('attachments');

    expect(rows[1]?.[column]).toBe('/dev/vda@srv-a; /dev/vdb@srv-b (db 02)');
  });

  it('writes only the header when there are no volumes', () => {
    expect(toCsv([])).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('leaves null and missing fields empty', () => {
    const csv = toCsv([
      volume({ name: null, servers: null, volume_image_metadata: null, encrypted: undefined }),
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      'vol-1,,in-use,100,SSD,type-ssd,true,,true,,,2026-02-11T06:44:40.281Z,,,,,',
    );
  });

  it('keeps Korean names as they are', () => {
    const [, row] = parseCsv(toCsv([volume({ name: '운영 데이터 볼륨' })]));
    expect(row?.[1]).toBe('운영 데이터 볼륨');
  });

  it('quotes fields with quotes, commas and line breaks, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('round-trips any name through a strict CSV reader', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ unit: 'binary' })), (name) => {
        const [, row] = parseCsv(toCsv([volume({ name })]));
        expect(row).toHaveLength(CSV_COLUMNS.length);
        const expected = name === null ? '' : /^[=+\-@\t\r]/.test(name) ? `'${name}` : name;
        expect(row?.[1]).toBe(expected);
      }),
    );
  });
});
