/**
 * What every full read of the account says about itself (a lazily loaded chunk: see
 * ../lazy-section.ts): its progress, when it was read, and which regions it is missing. The
 * export, the Capacity panel, the contains search and the state chips share these words.
 */
export const fullRead = {
  progress: (loaded: string, total: string) => `${loaded} of ${total}`,
  progressNoTotal: (loaded: string) => `${loaded} so far`,
  cancel: 'Cancel',
  readingNames: 'Reading server names',
  /** `ago` is a formatted elapsed time ("3m ago"). */
  readAgo: (ago: string) => `Read ${ago}`,
  readAgain: 'Read again',
  /** The answer leaves out whole regions: said wherever its figures appear. */
  partial: (regions: string) => `Partial: ${regions} did not answer, so its volumes are not included.`,
  regionFailure: (region: string, status: number, code: string | null, message: string) =>
    `${region}: ${status > 0 ? status : 'no answer'}${code ? ` ${code}` : ''} · ${message}`,
  namesMissing: (regions: string) =>
    `Server names of ${regions} could not be read: their servers matched by ID only.`,
};

export type FullReadMessages = typeof fullRead;
