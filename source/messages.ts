import {defineCatalogs, type Shape} from './i18n/index.js';

/** The text of errors.ts: the one error no area owns. */
const en = {
	internal: {
		message: (detail: string) => `Unexpected error: ${detail}`,
		hint: 'This is a bug in sfrt. Run again with SFRT_DEBUG=1 for details and report it.',
	},
} as const;

const ja: ErrorsText = {
	internal: {
		message: (detail: string) => `予期しないエラーが発生しました: ${detail}`,
		hint: 'これは sfrt のバグです。SFRT_DEBUG=1 を付けてもう一度実行すると詳細が表示されるので、その内容を添えて報告してください。',
	},
};

export type ErrorsText = Shape<typeof en>;

export let errorsText: ErrorsText;
defineCatalogs<ErrorsText>({en, ja}, text => {
	errorsText = text;
});
