import {render, Box, Text, Static} from 'ink';
import {createElement as h, useState, useEffect} from 'react';
const long = 'https://login.salesforce.com/services/oauth2/authorize?' + 'x'.repeat(250) + '&end=1';
function App() {
	const [n, setN] = useState(0);
	useEffect(() => { const t = setInterval(() => setN(v => v + 1), 100); setTimeout(() => {clearInterval(t); process.exit(0)}, 1500); }, []);
	return h(Box, {flexDirection: 'column'},
		h(Static, {items: ['a']}, item => h(Box, {key: item, width: long.length, flexShrink: 0}, h(Text, {wrap: 'truncate-end'}, long))),
		h(Box, {width: 300, flexShrink: 0}, h(Text, {}, 'dyn ' + long.slice(0, 150))),
		h(Text, {}, `tick ${n}`));
}
render(h(App));
