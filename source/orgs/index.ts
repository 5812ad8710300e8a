/**
 * The org-management core: what `sfrt list/show/token/refresh/export/import/remove` do, with
 * no printing. Functions return values or throw SfrtErrors; the commands and the wizard's
 * home screen render them. Nothing here loads Ink or React.
 */
export {ACCESS_TOKEN_SAFE_AGE_MS, getAccessToken, needsRefresh, type AccessTokenOptions, type AccessTokenResult} from './access-token.js';
export {dotenvQuote, exportFormats, exportJson, exportOrg, exportVariables, parseExportFormat, shellQuote, type ExportFormat} from './export.js';
export {importSfdxUrl, sfdxUrlFromInput, type ImportOptions, type ImportResult} from './import.js';
export {orgsErrors, refreshStateLabels} from './messages.js';
export {orgsError} from './orgs-error.js';
export {DEFAULT_REFRESH_CONCURRENCY, MAX_REFRESH_CONCURRENCY, refreshOrgs, type RefreshAllOptions} from './refresh-all.js';
export {refreshStateOf, type RefreshState} from './refresh-state.js';
export {refreshOrg, type RefreshClient, type RefreshOutcome} from './refresh.js';
export {removeOrg, revokeToken, type RemoveOptions, type RemoveResult, type RevokeOutcome} from './remove.js';
export {formatSfdxAuthUrl, parseSfdxAuthUrl, SALESFORCE_CLI_SFDX_URL_PATTERN, type SfdxAuthUrl} from './sfdx-url.js';
export {orgDetails, orgListItem, type OrgListItem} from './view.js';
