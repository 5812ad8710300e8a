// Bundles the compiled CLI (build/, from tsc) into dist/: one file for the entry and a chunk per
// lazily loaded part. Node then resolves and reads a handful of files instead of hundreds, so a
// command starts sooner. Ink, React and what they need land in their own chunk (dist/chunks/ui-…):
// only the wizard loads it.
import fs from 'node:fs';
import path from 'node:path';
import {build} from 'rolldown';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist');
fs.rmSync(out, {recursive: true, force: true});

const uiPackages = /[\\/]node_modules[\\/](ink|ink-[\w-]+|react|react-reconciler|scheduler|yoga-layout|@alcalzone[\\/]ansi-tokenize|es-toolkit|cli-truncate|cli-cursor|code-excerpt|patch-console|stack-utils|auto-bind|is-in-ci|widest-line|terminal-size|quick-lru|signal-exit|restore-cursor|onetime|mimic-fn|indent-string|ansi-escapes|chalk|cli-boxes|type-fest|convert-to-spaces|escape-string-regexp|slice-ansi|is-fullwidth-code-point|environment)[\\/]/;

const textPackages = /[\\/]node_modules[\\/](wrap-ansi|string-width|strip-ansi|ansi-regex|ansi-styles|get-east-asian-width|emoji-regex)[\\/]/;

await build({
	input: {cli: path.join(root, 'build', 'cli.js')},
	platform: 'node',
	// Ink reads react-devtools-core only under DEV=true: never in sfrt.
	external: [/^node:/, 'react-devtools-core'],
	transform: {define: {'process.env.NODE_ENV': '"production"'}},
	logLevel: 'warn',
	output: {
		dir: out,
		format: 'esm',
		entryFileNames: '[name].js',
		chunkFileNames: 'chunks/[name]-[hash].js',
		codeSplitting: {
			groups: [
				// Text wrapping is shared with the first frame, drawn before Ink loads.
				{name: 'wrap', test: textPackages, priority: 2},
				// Ink's devtools stay a chunk of their own: they import react-devtools-core, which sfrt never installs.
				{name: 'ui', test: id => uiPackages.test(id) && !/[\\/]ink[\\/]build[\\/]devtools/.test(id), priority: 1},
			],
		},
	},
});
// conf is loaded synchronously on the store's first write (store/org-store.ts requires it):
// a single file of its own, next to the chunks, that it finds there.
await build({
	input: {'vendor-conf': 'conf'},
	platform: 'node',
	external: [/^node:/],
	logLevel: 'warn',
	output: {dir: path.join(out, 'chunks'), format: 'esm', entryFileNames: '[name].js', codeSplitting: false},
});
fs.chmodSync(path.join(out, 'cli.js'), 0o755);
