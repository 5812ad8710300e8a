// Preloaded with --import: any attempt to load Ink or React fails loudly, so a test can prove
// that a command never loads the UI. The bundle (dist/) holds them in its chunk ui-<hash>.js.
import {registerHooks} from 'node:module';

registerHooks({
	resolve(specifier, context, nextResolve) {
		if (/^(ink|react|react-dom|ink-[\w-]+)(\/|$)/.test(specifier)) {
			throw new Error(`UI module loaded: ${specifier}`);
		}
		const resolved = nextResolve(specifier, context);
		if (/\/dist\/chunks\/ui-[\w-]+\.js$/.test(resolved.url)) throw new Error(`UI chunk loaded: ${resolved.url}`);
		return resolved;
	},
});
