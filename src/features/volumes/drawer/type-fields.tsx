import { useVolumeTypesMessages } from '../../../i18n/volume-types-messages.ts';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import { allowsMultiattach } from '../../../scp/multiattach.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import { useVolumeType } from '../volume-types/use-volume-type.ts';
import { Field } from './field.tsx';
import { NotSet } from './not-set.tsx';

/**
 * What the volume's region says of its type (ListVolumeTypes, read once per session): its
 * description and whether it lets several servers attach one volume. The volume's own
 * `multiattach` field says the same of the volume; this says why.
 */
export function TypeFields({ volume }: { volume: Volume }) {
  const f = useDrawerMessages().fields;
  const t = useVolumeTypesMessages();
  const lookup = useVolumeType(volume.region, { id: volume.volume_type_id, name: volume.volume_type });
  if (!volume.volume_type && !volume.volume_type_id) return null;
  const pending =
    lookup.status === 'loading'
      ? t.loading
      : lookup.status === 'failed'
        ? t.failed
        : lookup.status === 'unlisted'
          ? t.unlisted(lookup.region)
          : null;
  const description = lookup.status === 'known' ? lookup.type.description?.trim() : undefined;
  return (
    <>
      <Field label={f.typeDescription}>
        {pending !== null ? (
          <span className="text-zinc-500 dark:text-zinc-400">{pending}</span>
        ) : (
          description || <NotSet />
        )}
      </Field>
      <Field label={f.typeMultiattach}>
        {lookup.status === 'known' ? (
          <span data-value={String(allowsMultiattach(lookup.type.extra_specs))}>
            {allowsMultiattach(lookup.type.extra_specs) ? t.allowed : t.notAllowed}
          </span>
        ) : (
          <span className="text-zinc-500 dark:text-zinc-400">{pending}</span>
        )}
      </Field>
    </>
  );
}
