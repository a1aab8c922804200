import type { RegionFailure } from '../../../scp/region-failure.ts';

/** What the file says about itself, beside the volumes. */
export interface JsonExportFacts {
  /** The view's filters as the table applies them: a contains term included. */
  filters: Readonly<Record<string, unknown>>;
  /** The regions read. */
  regions: readonly string[];
  /** Regions that did not answer: the file is partial while this is not empty. */
  missing: readonly RegionFailure[];
}

/**
 * The JSON export: items exactly as SCP sent them (unknown fields and items that failed
 * validation included), with the filters that selected them and whether every region answered,
 * so the file explains itself and a partial one cannot pass for the whole account.
 */
export function toJson(facts: JsonExportFacts, volumes: readonly unknown[], exportedAt: Date): string {
  const document = {
    exported_at: exportedAt.toISOString(),
    filters: facts.filters,
    regions: facts.regions,
    complete: facts.missing.length === 0,
    ...(facts.missing.length > 0
      ? {
          missing_regions: facts.missing.map(({ region, status, code, message, requestId }) => ({
            region,
            status,
            code,
            message,
            request_id: requestId,
          })),
        }
      : {}),
    count: volumes.length,
    volumes,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
