/** How long a login waits for the browser (or the device) by default: 5 minutes. */
export const DEFAULT_LOGIN_TIMEOUT_MS = 5 * 60_000;
