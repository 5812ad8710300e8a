// Preloaded with --import: any attempt to load Ink or React fails loudly, so a test can prove
// that a command never loads the UI.
import {registerHooks} from 'node:module';

registerHooks({
	resolve(specifier, context, nextResolve) {
		if (/^(ink|react|react-dom|ink-[\w-]+)(\/|$)/.test(specifier)) {
			throw new Error(`UI module loaded: ${specifier}`);
		}
		return nextResolve(specifier, context);
	},
});
