/**
 * The OAuth client secret lives only in the request body sent to Power Apps: files, plans, logs and the
 * comparison with the registered connector all use copies without it.
 */
import { isObject } from '../definition/pointer.ts';

export interface ApiProperties {
  properties: Record<string, unknown>;
}

type Json = Record<string, unknown>;

/**
 * Every `oAuthSettings` object of a properties object: `connectionParameters.token` and each
 * `connectionParameterSets.values[].parameters.token` (multi-auth connectors).
 */
function oauthSettingsOf(properties: Json): Json[] {
  const tokens = [getPath(properties, ['connectionParameters', 'token'])];
  const sets = getPath(properties, ['connectionParameterSets', 'values']);
  if (Array.isArray(sets)) for (const set of sets) tokens.push(getPath(set, ['parameters', 'token']));
  return tokens.map((token) => getPath(token, ['oAuthSettings'])).filter(isObject);
}

function getPath(value: unknown, keys: string[]): unknown {
  let at = value;
  for (const key of keys) at = isObject(at) && Object.hasOwn(at, key) ? at[key] : undefined;
  return at;
}

/** A deep copy of apiProperties with the secret in every OAuth setting. */
export function withClientSecret<T extends ApiProperties>(apiProperties: T, secret: string): T {
  const copy = structuredClone(apiProperties);
  for (const settings of oauthSettingsOf(copy.properties)) settings.clientSecret = secret;
  return copy;
}

/** A deep copy without any client secret (for comparisons and anything that may be printed). */
export function withoutClientSecret<T extends ApiProperties>(apiProperties: T): T {
  const copy = structuredClone(apiProperties);
  for (const settings of oauthSettingsOf(copy.properties)) delete settings.clientSecret;
  return copy;
}

/** Whether the connector signs in with OAuth, so that creating it needs the client secret. */
export function usesOAuth(apiProperties: ApiProperties): boolean {
  return oauthSettingsOf(apiProperties.properties).length > 0;
}

/** Whether every OAuth setting carries a non-empty secret. */
export function hasClientSecret(apiProperties: ApiProperties): boolean {
  const all = oauthSettingsOf(apiProperties.properties);
  return all.length > 0 && all.every((settings) => typeof settings.clientSecret === 'string' && settings.clientSecret);
}
