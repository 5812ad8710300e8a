import {render, Text, Box} from 'ink';
import {createElement as h} from 'react';
export {render, Text, Box, h};
