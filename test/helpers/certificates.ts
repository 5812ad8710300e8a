/**
 * A test CA and a server certificate signed by it, made with the openssl command line into a
 * temporary folder: what a company proxy that inspects TLS looks like to sfrt.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {tempDir} from './temp-dir.js';

export interface TestCertificates {
	/** The CA's certificate (PEM file): what NODE_EXTRA_CA_CERTS points at. */
	caFile: string;
	/** The server's key and certificate, PEM text. */
	key: string;
	cert: string;
}

const openssl = fs.existsSync('/usr/bin/openssl') ? '/usr/bin/openssl' : 'openssl';

/** A CA, and a certificate from it for `hosts` (its subjectAltName entries). */
export function makeCertificates(hosts: string[]): TestCertificates {
	const dir = tempDir('sfrt-certs-');
	const file = (name: string) => path.join(dir, name);
	const run = (...args: string[]) => execFileSync(openssl, args, {cwd: dir, stdio: 'pipe'});
	const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
	run('req', '-x509', ...ecKey, '-keyout', file('ca.key'), '-out', file('ca.pem'), '-days', '2', '-subj', '/CN=sfrt test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
	run('req', ...ecKey, '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', `/CN=${hosts[0]}`);
	fs.writeFileSync(file('server.ext'), `subjectAltName=${hosts.map(host => `DNS:${host}`).join(',')}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n`);
	run('x509', '-req', '-in', file('server.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'), '-CAcreateserial', '-out', file('server.pem'), '-days', '2', '-extfile', file('server.ext'));
	return {caFile: file('ca.pem'), key: fs.readFileSync(file('server.key'), 'utf8'), cert: fs.readFileSync(file('server.pem'), 'utf8')};
}
