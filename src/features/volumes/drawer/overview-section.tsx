import { StateBadge } from '../../../components/state-badge.tsx';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { stateLabel } from '../../../i18n/state-label.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import { DateTime } from './date-time.tsx';
import { Field } from './field.tsx';
import { FieldList } from './field-list.tsx';
import { IdValue } from './id-value.tsx';
import { NotSet } from './not-set.tsx';
import { Section } from './section.tsx';
import { TypeFields } from './type-fields.tsx';
import { YesNo } from './yes-no.tsx';

/** The volume's yes/no properties, in the order shown. */
const FLAGS = ['bootable', 'encrypted', 'multiattach'] as const;

/**
 * Every field of the volume model, the version-dependent ones only when the API sent them,
 * and the region it lives in (not a field of SCP's: each region is its own endpoint).
 */
export function OverviewSection({ volume, region }: { volume: Volume; region?: string | undefined }) {
  const { m, fmt } = useI18n();
  const drawer = useDrawerMessages();
  const f = drawer.fields;
  const copy = drawer.copyLabels;
  return (
    <Section title={drawer.sections.overview}>
      <FieldList>
        <Field label={f.id}>
          <IdValue value={volume.id} copyLabel={copy.volumeId} />
        </Field>
        <Field label={f.name}>{volume.name ? volume.name : <NotSet />}</Field>
        <Field label={f.state}>
          <StateBadge state={volume.state} label={stateLabel(m, volume.state)} />
        </Field>
        <Field label={f.size}>{fmt.gigabytes(volume.size)}</Field>
        <Field label={f.volumeType}>{volume.volume_type || <NotSet />}</Field>
        <Field label={f.volumeTypeId}>
          <IdValue value={volume.volume_type_id} copyLabel={copy.volumeTypeId} />
        </Field>
        <TypeFields volume={volume} />
        {FLAGS.map((flag) => (
          <Field key={flag} label={f[flag]}>
            <YesNo value={volume[flag]} />
          </Field>
        ))}
        <Field label={f.snapshotId}>
          <IdValue value={volume.snapshot_id} copyLabel={copy.snapshotId} />
        </Field>
        <Field label={f.userId}>
          <IdValue value={volume.user_id} copyLabel={copy.userId} />
        </Field>
        <Field label={f.createdAt}>
          <DateTime iso={volume.created_at} />
        </Field>
        <Field label={f.modifiedAt}>
          <DateTime iso={volume.modified_at} />
        </Field>
        {/* 1.2 added max_iops/max_throughput and 1.4 zone: absent keys mean an older API version. */}
        {'max_iops' in volume && (
          <Field label={f.maxIops}>
            {volume.max_iops == null ? <NotSet /> : fmt.number(volume.max_iops)}
          </Field>
        )}
        {'max_throughput' in volume && (
          <Field label={f.maxThroughput}>
            {volume.max_throughput == null ? (
              <NotSet />
            ) : (
              drawer.throughput(fmt.number(volume.max_throughput))
            )}
          </Field>
        )}
        {region !== undefined && <Field label={f.region}>{region}</Field>}
        {'zone' in volume && <Field label={f.zone}>{volume.zone || <NotSet />}</Field>}
      </FieldList>
    </Section>
  );
}
