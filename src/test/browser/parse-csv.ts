/**
 * A strict RFC 4180 reader, for tests only (unit and e2e): it checks what `toCsv` writes
 * round-trips, so it must not share code with the writer.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = text.startsWith('\uFEFF') ? 1 : 0;

  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      index += 1;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else if (char === '"' || char === '\r' || char === '\n') {
      throw new Error(`Malformed CSV at ${index}: bare ${JSON.stringify(char)}`);
    } else {
      field += char;
    }
    index += 1;
  }
  if (quoted) throw new Error('Malformed CSV: unterminated quote');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
