import * as z from 'zod/mini';

/**
 * A volume type as virtualserver's OpenAPI file defines it (`VolumeTypeDetailResponse`): `id`
 * and `extra_specs` required, `name` and `description` optional and nullable. Of the extra
 * specs only `multiattach` is documented (a string, optional and nullable); Cinder sets others,
 * which are kept.
 */
export const volumeTypeSchema = z.looseObject({
  id: z.string(),
  extra_specs: z.looseObject({
    multiattach: z.optional(z.nullable(z.string())),
  }),
  name: z.optional(z.nullable(z.string())),
  description: z.optional(z.nullable(z.string())),
});

/** ListVolumeTypes' answer (`VolumeTypeListResponse`). */
export const volumeTypeListSchema = z.looseObject({
  volume_types: z.array(volumeTypeSchema),
});

export type VolumeType = z.infer<typeof volumeTypeSchema>;
