import * as z from 'zod/mini';
import type { IntegerSchema } from './snapshot-schema.ts';

/**
 * ShowVolumeQuotaSet's answer as virtualserver's OpenAPI file defines it (`VolumeQuotaSet`):
 * every key required, each quota (`VolumeQuotaSetObject`) three required integers; a `limit`
 * of -1 means unlimited (quota-limit.ts). `usages` is Cinder's `gigabytes` quota under SCP's
 * name: the GB of volumes and (in Cinder's default) of snapshots; `per_volume_size` is
 * Cinder's `per_volume_gigabytes`, a limit on each volume's size whose `in_use` means nothing.
 *
 * The file also says `additionalProperties: false`, which the conformance test holds the
 * simulator to; the browser keeps an unknown key rather than refuse the body, so a key a later
 * SCP version adds does not blank the Capacity panel. `integer`: see snapshotSchemas.
 */
export function volumeQuotaSetSchemas(integer: IntegerSchema) {
  const quota = z.looseObject({ in_use: integer(), limit: integer(), reserved: integer() });
  const quotaSet = z.looseObject({
    id: z.string(),
    volumes: quota,
    snapshots: quota,
    per_volume_size: quota,
    usages: quota,
  });
  return { quota, quotaSet };
}

export const { quota: quotaSchema, quotaSet: volumeQuotaSetSchema } = volumeQuotaSetSchemas(z.number);

export type Quota = z.infer<typeof quotaSchema>;
export type VolumeQuotaSet = z.infer<typeof volumeQuotaSetSchema>;
