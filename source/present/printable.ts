/**
 * Text that came from Salesforce or the network (an error_description, a pasted page) is shown
 * on a terminal: its control characters could recolour it, move the cursor or retitle the
 * window (ESC[31m, ESC]0;…BEL). They are dropped; line breaks and tabs become spaces.
 */
export function printable(text: string): string {
	return text.replaceAll(/[\t\n\r]+/g, ' ').replaceAll(/\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B\[[\d;?]*[ -/]*[@-~]|[\u0000-\u001F\u007F-\u009F]/g, '');
}
