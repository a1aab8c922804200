import type { Messages } from '../messages.ts';

export const volumes: Messages['volumes'] = {};
