import type {SfrtError} from '../../errors.js';
import type {RefreshState} from '../../orgs/index.js';
import type {TokenClient} from '../../oauth/token-client.js';

/** What the home screen asks of Salesforce: refresh and identity (refresh), revoke (remove). */
export type HomeClient = Pick<TokenClient, 'refresh' | 'identity' | 'revoke'>;

/** The status column of one org: empty until a refresh, then its outcome. */
export type RowStatus =
	| {state: 'refreshing'}
	| {state: RefreshState; rotated: boolean; error?: SfrtError | undefined};

/** One line under the list saying what the last action did. */
export type Notice =
	| {tone: 'success' | 'warning' | 'info'; text: string}
	| {tone: 'error'; error: SfrtError};
