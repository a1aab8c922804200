/**
 * Volume state names as SCP's console words them. A state missing here is shown verbatim
 * (see stateLabel), so a new upstream state is never hidden.
 */
export const states: Record<string, string> = {
  available: 'Available',
  'in-use': 'In use',
  creating: 'Creating',
  attaching: 'Attaching',
  detaching: 'Detaching',
  reserved: 'Reserved',
  'awaiting-transfer': 'Awaiting transfer',
  downloading: 'Downloading',
  extending: 'Extending',
  deleting: 'Deleting',
  'backing-up': 'Backing up',
  'restoring-backup': 'Restoring backup',
  reverting: 'Reverting',
  maintenance: 'Maintenance',
  error: 'Error',
  error_extending: 'Error (extending)',
  error_deleting: 'Error (deleting)',
  error_restoring: 'Error (restoring)',
  'error_backing-up': 'Error (backing up)',
  error_managing: 'Error (managing)',
};
