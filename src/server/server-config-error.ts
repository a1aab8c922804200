/** A configuration the server refuses to start with; main prints the message and exits 1. */
export class ServerConfigError extends Error {
  override name = 'ServerConfigError';
}
