import fs from 'node:fs';
import {fail, pass, warn, type Check} from './check.js';
import {doctorText} from './messages.js';
import {isProxyUrl, redactProxyUrl, type NetworkSettings} from './network-settings.js';

/** What proxy sfrt sees (never its password); a proxy variable that holds no URL warns. */
export function checkProxy(settings: NetworkSettings): Check {
	const text = doctorText.proxy;
	const broken = settings.proxy.find(({name, value}) => !/^no_proxy$/i.test(name) && !isProxyUrl(value));
	if (broken) return warn('proxy', text.notUrl(broken.name, redactProxyUrl(broken.value)), text.notUrlFix(broken.name));
	if (settings.proxy.length === 0) return pass('proxy', text.none);
	return pass('proxy', text.seen(settings.proxy.map(({name, value}) => `${name}=${/^no_proxy$/i.test(name) ? value : redactProxyUrl(value)}`).join(', ')));
}

/** NODE_EXTRA_CA_CERTS naming a file that is not there leaves TLS through an inspecting proxy failing. */
export function checkCa(settings: NetworkSettings): Check {
	const text = doctorText.ca;
	const file = settings.extraCaCerts;
	if (file === undefined) return pass('ca', text.none);
	return isFile(file) ? pass('ca', text.ok(file)) : fail('ca', text.missing(file), text.missingFix);
}

function isFile(file: string): boolean {
	try {
		return fs.statSync(file).isFile();
	} catch {
		return false;
	}
}
