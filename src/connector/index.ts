// The manual-export package: pure functions from a definition and options to files.
export { readSecurity, SECURITY_TYPES, type OAuthFlow, type OAuthScheme, type SecurityScheme } from './security.ts';
export {
  buildApiProperties,
  DEFAULT_ICON_BRAND_COLOR,
  GLOBAL_REDIRECT_URL,
  type ApiPropertiesFile,
  type ConnectorOptions,
} from './apiProperties.ts';
export { buildSettings, PACKAGE_FILES, type SettingsFile, type SettingsOptions } from './settings.ts';
export { importValues, renderImportGuide, type ImportGuideInput, type ImportValue } from './importGuide.ts';
export { applyOverrides, buildPackage, type PackageFile, type PackageInput } from './package.ts';
