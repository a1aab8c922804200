/** What a row knows about one attached server: its name, not yet, or the lookup failed. */
export type ServerNameState =
  { status: 'loading' } | { status: 'named'; name: string } | { status: 'failed' };
