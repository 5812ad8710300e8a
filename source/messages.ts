import {defineCatalogs, type Shape} from './i18n/index.js';

/** The text of errors.ts: the one error no area owns. */
const en = {
	internal: {
		message: (detail: string) => `Unexpected error: ${detail}`,
		hint: 'This is a bug in sfrt. Run again with SFRT_DEBUG=1 for details and report it.',
	},
} as const;

export type ErrorsText = Shape<typeof en>;

export let errorsText: ErrorsText;
defineCatalogs<ErrorsText>({en}, text => {
	errorsText = text;
});
