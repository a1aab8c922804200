import type { Messages } from '../messages.ts';

export const drawer: Messages['drawer'] = {};
