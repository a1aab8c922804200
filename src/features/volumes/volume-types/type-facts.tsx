import { allowsMultiattach } from '../../../scp/multiattach.ts';
import { useVolumeTypesMessages } from '../../../i18n/volume-types-messages.ts';
import type { TypeLookup } from './use-volume-type.ts';

/** A type's description and whether it allows multi-attach, or why they are not known. */
export function TypeFacts({ lookup }: { lookup: TypeLookup }) {
  const t = useVolumeTypesMessages();
  if (lookup.status === 'loading') return <span>{t.loading}</span>;
  if (lookup.status === 'failed') return <span>{t.failed}</span>;
  if (lookup.status === 'unlisted') return <span>{t.unlisted(lookup.region)}</span>;
  const { type } = lookup;
  return (
    <>
      <span className="block">{type.description?.trim() || t.noDescription}</span>
      <span className="block">{allowsMultiattach(type.extra_specs) ? t.multiattach : t.singleAttach}</span>
    </>
  );
}
