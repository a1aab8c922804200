/** The volumes page. The Korean catalogue (ko/volumes.ts) must match this shape. */
export const volumes = {
  title: 'Volumes',
  loading: 'Loading volumes…',
  table: {
    label: 'Volumes',
    columns: {
      name: 'Name',
      state: 'State',
      size: 'Size',
      volume_type: 'Type',
      bootable: 'Bootable',
      encrypted: 'Encrypted',
      multiattach: 'Multi-attach',
      attached: 'Attached to',
      region: 'Region',
      created_at: 'Created',
      modified_at: 'Modified',
    },
    sortHint: 'Click to sort · Shift+click to add a secondary sort',
    defaultOrder: 'Default order: newest first · Click for oldest first',
    sortPriority: (index: number) => `Sort ${index}`,
    volumeId: 'volume ID',
    unnamed: 'No name',
    /** A contains search's row found elsewhere than in its name: where (ids only from their start). */
    matchedOn: { id: 'ID', server: 'server' },
    attachedOn: (device: string, server: string) => `${device} on ${server}`,
    moreAttachments: (count: number) => `+${count} more`,
    notAttached: 'Not attached',
    changed: 'Changed since the last refresh',
    invalidTitle: 'This volume could not be read',
    invalidNoId: 'No id',
  },
  errors: {
    /** The error panel's heading (its plain fallback is in the first bundle); the rest is in error-panel.ts. */
    title: 'Could not load volumes',
  },
};
