/** The file names of a paconn package; settings.json points at them. */
export const PACKAGE_FILES = {
  apiDefinition: 'apiDefinition.swagger.json',
  apiProperties: 'apiProperties.json',
  settings: 'settings.json',
  icon: 'icon.png',
  script: 'script.csx',
  guide: 'IMPORT.md',
} as const;

export const DEFAULT_POWERAPPS_URL = 'https://api.powerapps.com';
export const DEFAULT_POWERAPPS_API_VERSION = '2016-11-01';

export interface SettingsOptions {
  /** The registered connector to update (`paconn update`); absent for a new one. */
  connectorId?: string;
  /** The Power Platform environment name; absent, paconn asks for it. */
  environment?: string;
  powerAppsUrl?: string;
  powerAppsApiVersion?: string;
}

/** paconn's settings.json, members in the order paconn writes them. */
export interface SettingsFile {
  connectorId?: string;
  environment?: string;
  apiProperties: string;
  apiDefinition: string;
  icon?: string;
  script?: string;
  powerAppsUrl: string;
  powerAppsApiVersion: string;
}

export function buildSettings(options: SettingsOptions = {}, hasIcon = false, hasScript = false): SettingsFile {
  return {
    ...(options.connectorId === undefined ? {} : { connectorId: options.connectorId }),
    ...(options.environment === undefined ? {} : { environment: options.environment }),
    apiProperties: PACKAGE_FILES.apiProperties,
    apiDefinition: PACKAGE_FILES.apiDefinition,
    ...(hasIcon ? { icon: PACKAGE_FILES.icon } : {}),
    ...(hasScript ? { script: PACKAGE_FILES.script } : {}),
    powerAppsUrl: options.powerAppsUrl ?? DEFAULT_POWERAPPS_URL,
    powerAppsApiVersion: options.powerAppsApiVersion ?? DEFAULT_POWERAPPS_API_VERSION,
  };
}
