import {errorFactory} from '../errors.js';
import {cliErrors} from './messages.js';

export const cliError = errorFactory(() => cliErrors, {'unknown-command': 2, 'unknown-language': 2, usage: 2, 'no-tty': 2});
