/**
 * The OAuth redirect URL of a connector imported through Dataverse. Dataverse does not hold it: the Power Apps
 * resource provider shows it once it has synchronised the imported connector. Best effort and bounded: a service
 * principal is often refused there (401/403), and the import has succeeded all the same, so every failure becomes
 * a reason to report, never an error. The reason names status and service code only: the services' own texts
 * are not repeated.
 */
import { isObject } from '../definition/pointer.ts';
import { ServiceError } from '../errors.ts';
import type { Connector, ConnectorApi } from './client.ts';

export type RedirectUrlRead = { url: string } | { unreadable: string };

export interface RedirectUrlInput {
  /** The connector's id in the resource provider (the `connectorinternalid` column). */
  connectorInternalId: string;
  /** The environment id the resource provider filters on (from Dataverse). */
  environmentId: () => Promise<string>;
  /** The resource provider's client for that environment. */
  connectors: (environment: string) => Promise<Pick<ConnectorApi, 'getConnector'>>;
  /**
   * How often to look while the connector is not there yet (right after a first import the platform may not have
   * synchronised it); 1 looks once.
   */
  attempts: number;
  intervalMs: number;
  sleep: (ms: number) => Promise<void>;
  log: (message: string) => void;
}

export async function readRedirectUrl(input: RedirectUrlInput): Promise<RedirectUrlRead> {
  let environment: string;
  try {
    environment = await input.environmentId();
  } catch (error) {
    return { unreadable: `the environment id could not be read from Dataverse (${failure(error)})` };
  }
  let connectors: Pick<ConnectorApi, 'getConnector'>;
  try {
    connectors = await input.connectors(environment);
  } catch (error) {
    return { unreadable: failure(error) };
  }
  for (let attempt = 1; ; attempt++) {
    let connector: Connector | undefined;
    try {
      connector = await connectors.getConnector(input.connectorInternalId);
    } catch (error) {
      return { unreadable: failure(error) };
    }
    if (connector) return redirectOf(connector);
    if (attempt >= input.attempts) {
      return {
        unreadable: `the Power Apps API does not show connector ${input.connectorInternalId} in environment ${environment} yet (HTTP 404; it appears once the platform has synchronised the import)`,
      };
    }
    input.log(`Connector ${input.connectorInternalId} is not in the Power Apps API yet; looking again.`);
    await input.sleep(input.intervalMs);
  }
}

/** The redirect URL the connector's OAuth setting shows, if any. */
export function oauthRedirectUrl(connector: Connector): string | undefined {
  const token = connector.properties.connectionParameters?.token;
  const settings = isObject(token) ? token.oAuthSettings : undefined;
  return isObject(settings) && typeof settings.redirectUrl === 'string' ? settings.redirectUrl : undefined;
}

function redirectOf(connector: Connector): RedirectUrlRead {
  const url = oauthRedirectUrl(connector);
  if (url === undefined) return { unreadable: "the Power Apps API's connector has no OAuth redirect URL" };
  // The URL goes into Markdown and the log as it is: only a plain https URL is taken.
  if (!/^https:\/\/[^\s`<>"'|\\]+$/.test(url) || url.length > 500) {
    return { unreadable: "the Power Apps API's redirect URL is not a plain https URL" };
  }
  return { url };
}

/** Why a call failed, as it may be published: who answered, with status and code, or that no answer came. */
function failure(error: unknown): string {
  if (!(error instanceof ServiceError)) return `an unexpected ${error instanceof Error ? error.name : 'error'}`;
  if (error.service === 'Microsoft Entra ID') {
    return `no token for the Power Apps API${error.code ? ` (${error.code})` : ''}`;
  }
  if (error.status === undefined) return `no usable answer from ${error.service} (network error or timeout)`;
  return `${error.service} answered HTTP ${error.status}${error.code ? ` ${error.code}` : ''}`;
}
