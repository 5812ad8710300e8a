import {build} from 'rolldown';
await build({input: {ink: '/work/main/bench/tmp/inkonly.mjs'}, platform: 'node', output: {dir: '/tmp/bundle2', format: 'esm'}, external: [/^node:/, 'react-devtools-core'], logLevel: 'silent'});
