/** The header's page links (loaded with the header controls, not in the initial bundle). */
export const pageNav = {
  label: 'Pages',
  volumes: 'Volumes',
  changes: 'Changes',
};
