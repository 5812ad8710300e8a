import {errorFactory} from '../errors.js';
import {orgsErrors} from './messages.js';

export const orgsError = errorFactory(orgsErrors);
