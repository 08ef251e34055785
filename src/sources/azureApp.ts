import type { TokenCredential } from '@azure/identity';
import { isObject } from '../definition/pointer.ts';
import { InputError, ServiceError } from '../errors.ts';

export interface AzureAppOptions {
  /** The `azure-app` input: `<subscription-id>/<resource-group>/<site>`. */
  app: string;
  credential: TokenCredential;
  /** Azure Resource Manager endpoint (sovereign clouds differ). */
  armUrl?: string;
  apiVersion?: string;
  /** Gives up on ARM (token and request together) after this long. Default 30 s. */
  timeoutMs?: number;
}

const SERVICE = 'Azure Resource Manager';
const INPUT = 'azure-app';
const SCOPE = 'https://management.azure.com/.default';

/** Resource group names allow letters, digits, `-_.()` (not ending in `.`); site names letters, digits and `-`. */
const SHAPE =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/([\w\-.()]{1,90})\/([a-z0-9][a-z0-9-]{0,58})$/i;

export function parseAzureApp(app: string): { subscription: string; resourceGroup: string; site: string } {
  const match = SHAPE.exec(app.trim());
  if (!match || match[2].endsWith('.')) {
    throw new InputError(
      INPUT,
      `'${app}' is not <subscription-id>/<resource-group>/<site>.`,
      "Use the three parts of the app's resource ID, e.g. `00000000-0000-0000-0000-000000000000/my-rg/my-func-app` (the portal shows them on the app's Overview page).",
    );
  }
  return { subscription: match[1], resourceGroup: match[2], site: match[3] };
}

/**
 * Reads the definition URL an App Service or Function app publishes in its "API definition" setting
 * (`properties.apiDefinition.url` of the site's `config/web`).
 */
export async function readAzureAppDefinitionUrl(options: AzureAppOptions): Promise<string> {
  const { subscription, resourceGroup, site } = parseAzureApp(options.app);
  const armUrl = (options.armUrl ?? 'https://management.azure.com').replace(/\/+$/, '');
  const url =
    `${armUrl}/subscriptions/${subscription}/resourceGroups/${encodeURIComponent(resourceGroup)}` +
    `/providers/Microsoft.Web/sites/${site}/config/web?api-version=${encodeURIComponent(options.apiVersion ?? '2023-12-01')}`;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const signal = AbortSignal.timeout(timeoutMs);
  const token = await options.credential.getToken(SCOPE, { abortSignal: signal });
  if (!token) {
    throw new ServiceError(SERVICE, 'the credential returned no token for Azure Resource Manager.', {
      hint: 'Check the azure/login step (or the federated credential) that signs the job in.',
    });
  }
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${token.token}`, accept: 'application/json' },
      signal,
    });
    // The deadline covers the body too: an answer that stalls after its headers is as slow as no answer.
    text = await response.text();
  } catch (error) {
    const why = signal.aborted ? `no answer within ${timeoutMs / 1000} s` : (error as Error).message;
    throw new ServiceError(SERVICE, `${armUrl}: ${why}.`, {
      hint: 'Check that the runner can reach Azure Resource Manager.',
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const where = `site '${site}' in resource group '${resourceGroup}' (subscription ${subscription})`;
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ServiceError(
      SERVICE,
      `reading the configuration of ${where} failed: ${error?.message ?? response.statusText}`,
      {
        status: response.status,
        code: error?.code,
        hint: hintFor(response.status),
      },
    );
  }
  if (!isObject(body)) {
    throw new ServiceError(
      SERVICE,
      `reading the configuration of ${where}: the answer (HTTP ${response.status}) is not a JSON object.`,
      {
        hint: "Something other than Azure Resource Manager answered (a proxy, a captive portal): check the runner's network and proxy settings, then re-run.",
      },
    );
  }
  const definitionUrl = (body as { properties?: { apiDefinition?: { url?: unknown } } }).properties?.apiDefinition?.url;
  if (typeof definitionUrl !== 'string' || definitionUrl.trim() === '') {
    throw new ServiceError(SERVICE, `${where} has no API definition URL.`, {
      hint: "In the Azure portal open the App Service or Function App, then API > API definition, enter the definition's URL (e.g. https://<app>.azurewebsites.net/api/openapi/v3.json) and Save; or pass the URL in 'definition' instead of 'azure-app'.",
    });
  }
  return definitionUrl.trim();
}

function hintFor(status: number): string | undefined {
  if (status === 401) return 'The token was refused: check the azure/login step and the tenant it signs in to.';
  if (status === 403) {
    return "Give the signed-in identity the Reader (or Website Contributor) role on the app or its resource group: the setting is read from the site's config/web.";
  }
  if (status === 404)
    return "Check the subscription ID, resource group and site name in 'azure-app' (case and spelling).";
  return undefined;
}
