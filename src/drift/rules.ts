import type { ChangeLevel } from '../model.ts';

export interface DriftRule {
  /** Stable id: users pass it to `ignoreRules`, so never rename one. */
  id: string;
  level: ChangeLevel;
  description: string;
  /** One change that triggers the rule, as a maker would read it in the report. */
  example: string;
}

/** Every rule the drift stage applies, in report order. The README and docs/drift-rules.md table this list. */
export const driftRules = [
  // breaking: saved flows and apps stop working or behave differently after the connector is updated
  {
    id: 'operation-removed',
    level: 'breaking',
    description: 'An operation of the old definition is gone (matched neither by operationId nor by method and path).',
    example: "Flows that use the action 'Get costs' stop working: it was removed.",
  },
  {
    id: 'operation-id-changed',
    level: 'breaking',
    description:
      'The same method and path carry a new operationId. Flows and apps call actions by operationId, so this is a removal for them.',
    example:
      "Flows that use the action 'Get costs' stop working: its operationId changed from GetCosts to CalculateCosts.",
  },
  {
    id: 'operation-path-changed',
    level: 'breaking',
    description:
      'The same operationId now sends its request to another method or path: saved flows keep their inputs but call a different endpoint, whose parameters and behaviour are not the ones they were built against.',
    example:
      "Flows that use the action 'Get costs' stop working: it now calls POST /api/v2/costs instead of GET /api/costs.",
  },
  {
    id: 'required-parameter-added',
    level: 'breaking',
    description:
      'A new required parameter (path, query, header, formData) or required request-body property that makers can set (not internal with a default).',
    example: "Flows that use the action 'Get costs' stop working: it now requires the query parameter 'currency'.",
  },
  {
    id: 'parameter-made-required',
    level: 'breaking',
    description: 'An optional parameter or request-body property became required.',
    example: "Flows that use the action 'Get costs' stop working: the query parameter 'currency' is now required.",
  },
  {
    id: 'parameter-removed',
    level: 'breaking',
    description: 'A parameter (or the whole request body) is gone.',
    example: "Flows that use the action 'Get costs' stop working: the query parameter 'currency' was removed.",
  },
  {
    id: 'parameter-location-changed',
    level: 'breaking',
    description: 'A parameter moved (`in` changed, e.g. from query to header).',
    example: "Flows that use the action 'Get costs' stop working: the parameter 'currency' moved from query to header.",
  },
  {
    id: 'type-changed',
    level: 'breaking',
    description:
      'The type or format of a parameter, request property or response property changed, other than an input widened or an output narrowed or widened (`type-relaxed`, `output-type-widened`).',
    example:
      "Flows that use the action 'Get costs' stop working: the type of the response property 'amount' changed from string to number.",
  },
  {
    id: 'enum-value-removed',
    level: 'breaking',
    description:
      'An allowed value of an input (parameter or request property) is gone. Output enums are not checked: a value a flow never receives breaks nothing.',
    example:
      "Flows that use the action 'Get costs' stop working: the query parameter 'period' no longer accepts 'weekly'.",
  },
  {
    id: 'request-property-removed',
    level: 'breaking',
    description: 'A property of a request body is gone: flows that set it lose that input.',
    example: "Flows that use the action 'Create cost' stop working: the request property 'note' was removed.",
  },
  {
    id: 'response-removed',
    level: 'breaking',
    description: 'A success response (2xx or default) is gone and no other success response replaces it.',
    example: "Flows that use the action 'Get costs' stop working: its 200 response was removed.",
  },
  {
    id: 'response-type-changed',
    level: 'breaking',
    description: 'The schema of a success response changed type, or the response no longer has a body.',
    example:
      "Flows that use the action 'Get costs' stop working: the type of the 200 response changed from object to array.",
  },
  {
    id: 'response-property-removed',
    level: 'breaking',
    description: 'A property of a success response is gone: flows use it as dynamic content.',
    example: "Flows that use the action 'Get costs' stop working: the response property 'items[].total' was removed.",
  },
  {
    id: 'visibility-internal',
    level: 'breaking',
    description: '`x-ms-visibility` became `internal`: the action, parameter or output is hidden from makers.',
    example: "Flows that use the action 'Get costs' stop working: the operation is now internal (hidden from makers).",
  },
  {
    id: 'trigger-changed',
    level: 'breaking',
    description:
      '`x-ms-trigger` was added, removed or changed (`batch`/`single`): flows use an operation as a trigger or as an action, not both.',
    example:
      "Flows that use the trigger 'When a cost is added' stop working: x-ms-trigger changed from 'batch' to 'single'.",
  },
  {
    id: 'dynamic-target-changed',
    level: 'breaking',
    description:
      'An `x-ms-dynamic-values|schema|properties|list|tree` extension was removed, or its target operation was removed, renamed without updating the reference, or replaced by another one.',
    example:
      "Flows that use the action 'Get costs' stop working: the x-ms-dynamic-values of the path parameter 'project' is broken (its target ListProjects was renamed to ListAllProjects).",
  },
  {
    id: 'security-changed',
    level: 'breaking',
    description:
      'The security definition the platform uses (the first one) changed type, OAuth flow, authorization or token URL, or API key name or location, or was added or removed: every connection must be created again.',
    example:
      'Every connection of this connector must be created again: the API key moved from header X-Api-Key to query code.',
  },
  {
    id: 'base-path-changed',
    level: 'breaking',
    description: 'The basePath changed: every request goes to another backend URL.',
    example: 'Every action now calls another backend URL: basePath changed from /api to /api/v2.',
  },
  // warning: flows keep working today but may fail, or makers must act soon
  {
    id: 'output-type-widened',
    level: 'warning',
    description:
      'A response property (or response) may now hold values it could not before: integer to number, number or integer to string, int32 to int64, float to double. Saved flows still run, but a step that expects the old type may fail on a new value.',
    example:
      "Flows that use the action 'Get costs' may fail: the type of the response property 'count' changed from integer to number.",
  },
  {
    id: 'internal-default-changed',
    level: 'warning',
    description:
      'The default of an internal input (`x-ms-visibility: internal`) changed, was added or removed: makers never see it, so every saved flow sends the new value from now on.',
    example:
      "Flows that use the action 'Get costs' may fail: the default of the query parameter 'api-version' changed from '2023-01-01' to '2024-06-01'.",
  },
  {
    id: 'oauth-scopes-changed',
    level: 'warning',
    description:
      'The OAuth scopes of the security definition the platform uses changed: existing connections keep the consent they were given, so calls that need a new scope fail until each connection is signed in again.',
    example:
      'Existing connections keep their old consent: the OAuth scopes gained Calendars.ReadWrite; sign each connection in again to grant them.',
  },
  {
    id: 'encoding-changed',
    level: 'warning',
    description:
      '`x-ms-url-encoding` or `collectionFormat` of an input changed: saved flows keep their values, but they reach the backend in another form (double-encoded, or an array as repeated parameters instead of commas).',
    example:
      "Flows that use the action 'Get costs' may fail: the query parameter 'tags' is sent differently: collectionFormat changed from csv to multi.",
  },
  {
    id: 'host-changed',
    level: 'warning',
    description:
      'The host or scheme changed with the same basePath: usually a move of the same API; check that the new backend serves the same contract.',
    example: 'Every action now calls another host: https://api.contoso.com became https://api.fabrikam.com.',
  },
  {
    id: 'operation-deprecated',
    level: 'warning',
    description:
      'An operation became deprecated (`deprecated: true`, `x-ms-api-annotation` status deprecated or a replacement set).',
    example: "Makers should stop using the action 'Get costs': it is now deprecated in favour of GetCostsV2.",
  },
  {
    id: 'media-type-narrowed',
    level: 'warning',
    description: 'An operation accepts (`consumes`) or returns (`produces`) fewer media types.',
    example: "Flows that use the action 'Create cost' may fail: it no longer consumes application/xml.",
  },
  {
    id: 'response-property-optional',
    level: 'warning',
    description: 'A response property is no longer required: flows that assume it is present may fail.',
    example:
      "Flows that use the action 'Get costs' may fail: the response property 'total' is no longer required, so it may be missing.",
  },
  {
    id: 'constraint-tightened',
    level: 'warning',
    description:
      'An input accepts fewer values: maximum, minimum, maxLength, minLength, maxItems, minItems, multipleOf or pattern added or tightened, or an enum added.',
    example:
      "Flows that use the action 'Get costs' may fail: the query parameter 'limit' now has maximum 100 (was 1000).",
  },
  // info: nothing breaks
  {
    id: 'operation-added',
    level: 'info',
    description: 'A new operation.',
    example: "New action 'Get budgets' (GetBudgets).",
  },
  {
    id: 'optional-parameter-added',
    level: 'info',
    description: 'A new optional parameter or request property (or a required internal one with a default).',
    example: "The action 'Get costs' changed without breaking flows: the query parameter 'currency' was added.",
  },
  {
    id: 'parameter-made-optional',
    level: 'info',
    description: 'A required parameter or request-body property became optional: every saved flow still sends it.',
    example: "The action 'Get costs' changed without breaking flows: the query parameter 'currency' is now optional.",
  },
  {
    id: 'enum-value-added',
    level: 'info',
    description: 'An input (parameter or request property) accepts a new enum value.',
    example:
      "The action 'Get costs' changed without breaking flows: the query parameter 'period' now also accepts 'monthly'.",
  },
  {
    id: 'constraint-relaxed',
    level: 'info',
    description:
      'An input accepts more values: maximum, minimum, maxLength, minLength, maxItems, minItems, multipleOf, pattern or enum loosened or removed.',
    example:
      "The action 'Get costs' changed without breaking flows: the query parameter 'limit' now allows maximum 5000 (was 1000).",
  },
  {
    id: 'type-relaxed',
    level: 'info',
    description:
      'An input widened (integer to number, anything to string, int32 to int64) or an output narrowed (number to integer): every value flows sent or received before still fits.',
    example:
      "The action 'Get costs' changed without breaking flows: the type of the query parameter 'limit' changed from integer to number.",
  },
  {
    id: 'default-changed',
    level: 'info',
    description:
      'The default of an input makers see changed: new flows start from it; saved flows keep the value they were saved with.',
    example:
      "The action 'Get costs' changed without breaking flows: the default of the query parameter 'period' changed from 'daily' to 'weekly'.",
  },
  {
    id: 'response-schema-added',
    level: 'info',
    description:
      'A success response, or the notification of a webhook trigger (`x-ms-notification-content`), now describes a body: new dynamic content.',
    example: "The action 'Create cost' changed without breaking flows: its 201 response now has a body.",
  },
  {
    id: 'response-property-added',
    level: 'info',
    description: 'A new response property: new dynamic content for flows.',
    example: "The action 'Get costs' changed without breaking flows: the response property 'currency' was added.",
  },
  {
    id: 'visibility-changed',
    level: 'info',
    description: '`x-ms-visibility` moved between important, advanced and none.',
    example:
      "The action 'Get costs' changed without breaking flows: x-ms-visibility of the query parameter 'currency' changed from advanced to important.",
  },
  {
    id: 'documentation-changed',
    level: 'info',
    description:
      'Summaries, descriptions, `x-ms-summary`, titles or examples changed: one change per operation (and one for the document) counts them all.',
    example: "The action 'Get costs' reads differently: summary and 3 descriptions changed.",
  },
  {
    id: 'definition-changed',
    level: 'info',
    description:
      'Anything else that differs, so that drift is reported whenever the exported copy would change: one change per operation or document section (e.g. `info`, one definition), naming the members no other rule covers.',
    example:
      'The definition differs from the last export where no drift rule looks: /info/version changed from 1.0 to 1.1.',
  },
] as const satisfies readonly DriftRule[];

export type DriftRuleId = (typeof driftRules)[number]['id'];

const levels = new Map<string, ChangeLevel>(driftRules.map((r) => [r.id, r.level]));

export function levelOf(rule: DriftRuleId): ChangeLevel {
  return levels.get(rule) as ChangeLevel;
}
