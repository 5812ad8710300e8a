import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		environment: 'node',
		// Ink writes only the last frame when CI is set; tests want every frame.
		env: {CI: 'false', FORCE_COLOR: '0'},
		testTimeout: 20_000,
		hookTimeout: 20_000,
	},
});
