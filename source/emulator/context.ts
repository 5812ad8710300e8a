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

/**
 * Always on the login host, even when asked on the instance host, as at Salesforce; with
 * `short`, the IDs in their 15-character form.
 */
export function identityUrl(context: EmulatorContext, user: RegisteredUser, options: {short?: boolean} = {}): string {
	const form = (id: string) => (options.short ? id.slice(0, 15) : id);
	return `${context.urls.loginUrl}/id/${form(context.state.orgId)}/${form(user.userId)}`;
}
