import {build} from 'rolldown';
const t=performance.now();
await build({input: {sfrt: '/work/main/dist/cli.js'}, platform: 'node', output: {dir: '/tmp/bundle', format: 'esm', chunkFileNames: 'chunks/[name]-[hash].js', minify: false}, external: [/^node:/], logLevel: 'warn'});
console.log('built', performance.now()-t);
