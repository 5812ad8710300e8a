import {errorFactory} from '../errors.js';
import {cliErrors} from './messages.js';

export const cliError = errorFactory(cliErrors);
