/** What the dashboard says of a volume type (a lazily loaded section: see lazy-section.ts). */
export const volumeTypes = {
  loading: 'Reading the region’s volume types…',
  failed: 'Could not read the region’s volume types.',
  unlisted: (region: string) => `${region} does not list this type.`,
  noDescription: 'The type has no description.',
  multiattach: 'Multi-attach: allowed (several servers can attach one volume)',
  singleAttach: 'Multi-attach: not allowed (one server at a time)',
  allowed: 'Yes: several servers can attach a volume of this type',
  notAllowed: 'No: one server at a time',
};
