import {defineConfig} from 'vitest/config';

// .ci/run asks for a JSON report too, to print a plain "N passed, N failed" closing line.
const report = process.env.SFRT_TEST_REPORT;

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		environment: 'node',
		// Ink writes only the last frame when CI is set; tests want every frame.
		env: {CI: 'false', FORCE_COLOR: '0'},
		testTimeout: 20_000,
		hookTimeout: 20_000,
		reporters: report ? ['default', ['json', {outputFile: report}]] : ['default'],
	},
});
