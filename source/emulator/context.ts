import type {OrgState, RegisteredUser} from './state.js';

export interface EmulatorUrls {
	loginUrl: string;
	instanceUrl: string;
}

/** What every route handler works with. */
export interface EmulatorContext {
	state: OrgState;
	urls: EmulatorUrls;
}

/** Always on the login host, even when asked on the instance host, as at Salesforce. */
export function identityUrl(context: EmulatorContext, user: RegisteredUser): string {
	return `${context.urls.loginUrl}/id/${context.state.orgId}/${user.userId}`;
}
