// Types for bundle-size.mjs, which stays plain JS so `npm test` runs it with bare `node`.
export const INITIAL_BUDGET_BYTES: number;
export const GZIP_LEVEL: number;

export type AssetKind = 'entry' | 'modulepreload' | 'stylesheet';

export interface InitialAsset {
  url: string;
  kind: AssetKind;
}

export interface FileSize {
  file: string;
  kind: AssetKind | 'js' | 'css';
  raw: number;
  gzip: number;
}

export interface SizeGroup {
  files: FileSize[];
  raw: number;
  gzip: number;
}

export interface BundleReport {
  gzipLevel: number;
  budgetBytes: number;
  initial: SizeGroup;
  total: SizeGroup;
  withinBudget: boolean;
}

export function initialAssets(html: string): InitialAsset[];
export function measureBundle(distDir: string): Promise<BundleReport>;
export function formatKb(bytes: number): string;
