import { lazy } from 'react';
import { AfterFirstRows } from '../../../../components/after-first-rows.tsx';
import type { Attachment } from '../../../../scp/volume-schema.ts';
import { AttachedIds } from './attached-ids.tsx';

// Server names are not needed for the first table: their lookup code arrives in its own
// chunk, asked for once the first rows are on screen, and until then the cell shows server ids.
const NamedAttachments = lazy(() =>
  import('../../server-names/named-attachments.tsx').then((module) => ({
    default: module.NamedAttachments,
  })),
);

const NONE: readonly Attachment[] = [];

export function AttachedCell({
  servers,
  region,
}: {
  servers: readonly Attachment[] | null | undefined;
  region?: string | undefined;
}) {
  const list = servers ?? NONE;
  if (list.length === 0) return <AttachedIds servers={list} />;
  return (
    <AfterFirstRows fallback={<AttachedIds servers={list} />}>
      <NamedAttachments servers={list} region={region} />
    </AfterFirstRows>
  );
}
