import {errorFactory} from '../errors.js';
import {orgsErrors} from './messages.js';

export const orgsError = errorFactory(() => orgsErrors, {
	'no-sfdx-url': 2,
	'bad-sfdx-url': 2,
	'bad-export-format': 2,
	'bad-concurrency': 2,
	'alias-and-all': 2,
	'remove-cancelled': 130,
});
