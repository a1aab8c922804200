import * as z from 'zod/mini';
import { regionFailureSchema, type RegionFailure } from './region-failure.ts';

/**
 * The SCP volume model (virtualserver 1.0–1.5), parsed tolerantly: fields newer versions add
 * are optional, every nullable field the docs hint at accepts null, and unknown fields are
 * kept (looseObject) so the raw view can show what the UI does not know yet.
 */

const nullableString = z.optional(z.nullable(z.string()));
const nullableInt = z.optional(z.nullable(z.number()));
const nullableBool = z.optional(z.nullable(z.boolean()));

export const attachmentSchema = z.looseObject({
  id: z.string(),
  device: nullableString,
  attached_at: nullableString,
});

export const imageMetadataSchema = z.looseObject({
  checksum: nullableString,
  container_format: nullableString,
  disk_format: nullableString,
  image_id: nullableString,
  image_name: nullableString,
  min_disk: nullableInt,
  min_ram: nullableInt,
  os_distro: nullableString,
  scp_image_type: nullableString,
  scp_k8s_version: nullableString,
  scp_original_image_type: nullableString,
  signature_verified: nullableBool,
  size: nullableInt,
});

export const volumeSchema = z.looseObject({
  id: z.string(),
  name: nullableString,
  state: z.string(),
  size: z.number(),
  volume_type: nullableString,
  volume_type_id: nullableString,
  bootable: z.boolean(),
  encrypted: nullableBool,
  multiattach: nullableBool,
  created_at: z.string(),
  modified_at: nullableString,
  snapshot_id: nullableString,
  user_id: nullableString,
  servers: z.optional(z.nullable(z.array(attachmentSchema))),
  volume_image_metadata: z.optional(z.nullable(imageMetadataSchema)),
  max_iops: nullableInt,
  max_throughput: nullableInt,
  zone: nullableString,
  /** Set by the proxy on each entry of a list of several regions (and a volume found without one). */
  region: z.optional(z.string()),
});

/**
 * Items stay `unknown` here on purpose: one malformed volume must not blank the whole page,
 * so each item is validated on its own (see `parseVolumeList`).
 */
export const volumeListResponseSchema = z.looseObject({
  count: z.optional(z.nullable(z.number())),
  volumes: z.array(z.unknown()),
  /** Regions of a multi-region list that did not answer (the proxy's; src/proxy/merged-volumes.ts). */
  failures: z.optional(z.array(regionFailureSchema)),
});

export const serverSchema = z.looseObject({
  id: z.string(),
  name: nullableString,
  state: nullableString,
});

export type Attachment = z.infer<typeof attachmentSchema>;
export type ImageMetadata = z.infer<typeof imageMetadataSchema>;
export type Volume = z.infer<typeof volumeSchema>;
export type Server = z.infer<typeof serverSchema>;

/** A list item that failed validation: kept so the table can flag it instead of dropping it. */
export interface InvalidVolume {
  invalid: true;
  id: string | null;
  raw: unknown;
  problem: string;
}

export interface VolumeList {
  count: number | null;
  volumes: Volume[];
  invalid: InvalidVolume[];
  /** Set when some regions of a multi-region list did not answer. */
  failures?: RegionFailure[];
}

export function parseVolumeList(body: unknown): VolumeList {
  const list = volumeListResponseSchema.parse(body);
  const volumes: Volume[] = [];
  const invalid: InvalidVolume[] = [];
  for (const item of list.volumes) {
    const parsed = volumeSchema.safeParse(item);
    if (parsed.success) {
      volumes.push(parsed.data);
    } else {
      invalid.push({
        invalid: true,
        id: idOf(item),
        raw: item,
        problem: parsed.error.issues
          .map((issue) => `${issue.path.join('.') || '(volume)'}: ${issue.message}`)
          .join('; '),
      });
    }
  }
  return {
    count: list.count ?? null,
    volumes,
    invalid,
    ...(list.failures ? { failures: list.failures } : {}),
  };
}

function idOf(item: unknown): string | null {
  if (typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string') {
    return item.id;
  }
  return null;
}
