/** What the inventory logs through: the host's logger (Vite's, or the server's JSON logger). */
export interface InventoryLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
