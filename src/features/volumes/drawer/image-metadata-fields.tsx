import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import type { ImageMetadata } from '../../../scp/volume-schema.ts';
import { Field } from './field.tsx';
import { FieldList } from './field-list.tsx';
import { IdValue } from './id-value.tsx';
import { NotSet } from './not-set.tsx';
import { YesNo } from './yes-no.tsx';

/** The 13 documented keys; anything else SCP adds is listed after them, verbatim. */
const KNOWN_KEYS: ReadonlySet<string> = new Set([
  'checksum',
  'container_format',
  'disk_format',
  'image_id',
  'image_name',
  'min_disk',
  'min_ram',
  'os_distro',
  'scp_image_type',
  'scp_k8s_version',
  'scp_original_image_type',
  'signature_verified',
  'size',
]);

const MIB = 1024 * 1024;

function text(value: string | null | undefined) {
  return value ? value : <NotSet />;
}

export function ImageMetadataFields({ metadata }: { metadata: ImageMetadata }) {
  const { fmt } = useI18n();
  const drawer = useDrawerMessages();
  const t = drawer.image;
  const copy = drawer.copyLabels;
  const extra = Object.entries(metadata).filter(([key]) => !KNOWN_KEYS.has(key));
  return (
    <FieldList>
      <Field label={t.imageName}>{text(metadata.image_name)}</Field>
      <Field label={t.imageId}>
        <IdValue value={metadata.image_id} copyLabel={copy.imageId} />
      </Field>
      <Field label={t.osDistro}>{text(metadata.os_distro)}</Field>
      <Field label={t.size}>
        {metadata.size == null ? (
          <NotSet />
        ) : (
          <>
            {fmt.bytes(metadata.size)}{' '}
            <span className="text-xs text-zinc-500 dark:text-zinc-400">
              ({t.bytes(fmt.number(metadata.size))})
            </span>
          </>
        )}
      </Field>
      <Field label={t.minDisk}>
        {metadata.min_disk == null ? <NotSet /> : fmt.gigabytes(metadata.min_disk)}
      </Field>
      <Field label={t.minRam}>
        {metadata.min_ram == null ? (
          <NotSet />
        ) : metadata.min_ram === 0 ? (
          fmt.megabytes(0)
        ) : (
          // OpenStack's "MB" here are MiB: show the binary unit, keep the sent number beside it.
          <>
            {fmt.bytes(metadata.min_ram * MIB)}{' '}
            <span className="text-xs text-zinc-500 dark:text-zinc-400">
              ({fmt.megabytes(metadata.min_ram)})
            </span>
          </>
        )}
      </Field>
      <Field label={t.diskFormat}>{text(metadata.disk_format)}</Field>
      <Field label={t.containerFormat}>{text(metadata.container_format)}</Field>
      <Field label={t.checksum}>
        <IdValue value={metadata.checksum} copyLabel={copy.checksum} />
      </Field>
      <Field label={t.signatureVerified}>
        <YesNo value={metadata.signature_verified} yes={t.verified} no={t.notVerified} />
      </Field>
      <Field label={t.scpImageType}>{text(metadata.scp_image_type)}</Field>
      <Field label={t.scpOriginalImageType}>{text(metadata.scp_original_image_type)}</Field>
      <Field label={t.scpK8sVersion}>{text(metadata.scp_k8s_version)}</Field>
      {extra.map(([key, value]) => (
        <Field key={key} label={key} mono>
          {value == null ? <NotSet /> : typeof value === 'string' ? value : JSON.stringify(value)}
        </Field>
      ))}
    </FieldList>
  );
}
