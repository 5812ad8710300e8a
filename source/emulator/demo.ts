import {emulatorText} from './messages.js';
import type {EmulatorApp, EmulatorUser} from './types.js';

/** The app and user `sfrt demo` runs against. Fixed values, fresh objects on each call. */
export function demoFixture(): {app: EmulatorApp; user: EmulatorUser} {
	return {
		app: {
			name: emulatorText.demoAppName,
			clientId: '3MVG9RFu2xl7ZPMfSBwIJtfMe.RY3P9eQ0aiyGunlOeWI0bj49RqJ.byHSaHWPxGDiLGBjpH50usSix44galQ',
			clientSecret: '071D36B83865AF38FC8638756022F8C976F076D040C284B3C320509C171DA0F8',
			callbackUrls: ['http://localhost:1717/OauthRedirect'],
			requirePkce: true,
			enableDeviceFlow: true,
		},
		user: {
			username: 'demo@sfrt.example',
			password: 'demo1234',
			displayName: emulatorText.demoUserName,
			email: 'demo@sfrt.example',
		},
	};
}
