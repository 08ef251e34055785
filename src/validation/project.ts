/**
 * Rules for a connector's own files (apiProperties.json, script.csx, settings.json), checked against its
 * definition: what the platform refuses or silently loses when they disagree.
 */
import type { ConnectorProject } from '../connector/project.ts';
import { INPUT_OVERRIDE_RULE, oauthParameters } from '../connector/projectProperties.ts';
import type { Definition } from '../definition/document.ts';
import { childPointer, escapeToken, isObject } from '../definition/pointer.ts';
import type { Finding, FindingLevel, Pointer } from '../model.ts';
// schemas/apiProperties.schema.json as Ajv's standalone code, generated at build time (scripts/generate.ts).
import { apiProperties as validator } from './generated/apiProperties.js';

/** The platform refuses custom code of 1 MB or more ("Write code in a custom connector", Microsoft Learn). */
export const MAX_SCRIPT_BYTES = 1024 * 1024;

/** Required parameters of the policy templates (Microsoft's paconn schema), by lower-case template id. */
const POLICY_TEMPLATE_PARAMETERS: Record<string, string[]> = {
  convertarraytoobject: ['propertyParentPath', 'keyWithinCollectionPath', 'newPropertyPath'],
  convertobjecttoarray: ['propertyParentPath', 'newPropertyPath'],
  dynamichosturl: ['urlTemplate'],
  encodepropertyvalue: ['propertyParentPath', 'newPropertyPath'],
  pollingtrigger: ['triggerConfig', 'triggerDataPath'],
  routerequesttoendpoint: ['newPath'],
  setheader: ['name', 'value'],
  setproperty: ['newPropertyParentPathTemplate', 'newPropertySubPathTemplate', 'propertyValuePathTemplate'],
  setqueryparameter: ['name', 'value'],
  setvaluefromurl: ['parameterTemplate', 'parameterValueUrl', 'parameterValuePathTemplate'],
  stringreplace: ['propertyParentPath', 'sourceString', 'replacementString', 'newPropertyPath'],
  stringtoarray: ['propertyParentPath', 'delimiterList', 'childPropertyName', 'newPropertyPath'],
  updatenextlink: ['nextLinkPropertyName'],
};

/** The members of `properties` the platform knows; anything else is not registered. */
const KNOWN_MEMBERS = new Set([
  'iconBrandColor',
  'publisher',
  'stackOwner',
  'capabilities',
  'connectionParameters',
  'connectionParameterSets',
  'policyTemplateInstances',
  'scriptOperations',
]);

interface ProjectContext {
  project: ConnectorProject;
  /** apiProperties.json's `properties`, `{}` when the file is absent or has none. */
  properties: Record<string, unknown>;
  definition: Definition;
  operationIds: Set<string>;
}

/** One problem; `file` defaults to apiProperties.json. */
interface ProjectIssue {
  pointer: Pointer;
  message: string;
  file?: string;
  level?: FindingLevel;
}

interface ProjectRule {
  id: string;
  level: FindingLevel;
  description: string;
  check(ctx: ProjectContext): Iterable<ProjectIssue>;
}

const rules: ProjectRule[] = [
  {
    id: 'api-properties-schema',
    level: 'error',
    description:
      "apiProperties.json has the shape paconn and the Power Apps API accept (Microsoft's schema, with multi-auth `connectionParameterSets` and `scriptOperations`).",
    *check(ctx) {
      const doc = ctx.project.apiProperties;
      if (!doc) return;
      if (validator(doc.value)) return;
      // The schema has no oneOf/anyOf, so Ajv reports each problem once; an `if` error only repeats its `then`'s.
      for (const e of validator.errors ?? []) {
        if (e.keyword === 'if') continue;
        const missing = e.keyword === 'required' ? String(e.params.missingProperty) : undefined;
        const pointer = missing ? childPointer(e.instancePath, missing) : e.instancePath;
        const message = missing ? `'${missing}' is missing.` : `${pointer || 'the file'} ${e.message ?? 'is invalid'}.`;
        yield { pointer, message: `${message} The platform refuses apiProperties.json in this shape.` };
      }
    },
  },
  {
    id: 'api-properties-unknown-member',
    level: 'warning',
    description: 'apiProperties.json has no member the platform does not know (it would not be registered).',
    *check(ctx) {
      for (const key of Object.keys(ctx.properties)) {
        if (KNOWN_MEMBERS.has(key)) continue;
        yield {
          pointer: childPointer('/properties', key),
          message: `'${key}' is not an apiProperties member the platform knows: it is not registered. Check its spelling (members are case-sensitive).`,
        };
      }
    },
  },
  {
    id: 'oauth-connection-parameter',
    level: 'error',
    description:
      'When the definition signs in with OAuth 2.0, apiProperties.json has a connection parameter of type `oauthSetting`.',
    *check(ctx) {
      if (!ctx.project.apiProperties) return;
      const security = firstSecurity(ctx.definition.value);
      if (security?.type !== 'oauth2') return;
      if (oauthParameters(ctx.properties).length > 0) return;
      const where =
        ctx.properties.connectionParameterSets === undefined ? 'connectionParameters' : 'connectionParameterSets';
      yield {
        pointer: `/properties/${where}`,
        message: `The definition signs in with OAuth 2.0 (${security.pointer}), but apiProperties.json has no connection parameter of type 'oauthSetting' in ${where}: connections cannot sign in. Add the 'token' parameter with its oAuthSettings.`,
      };
    },
  },
  {
    id: 'policy-template-parameters',
    level: 'error',
    description:
      'Each policy template instance has the parameters its template requires (e.g. `dynamichosturl` needs `urlTemplate`).',
    *check(ctx) {
      const list = ctx.properties.policyTemplateInstances;
      if (!Array.isArray(list)) return;
      for (const [i, instance] of list.entries()) {
        if (!isObject(instance) || typeof instance.templateId !== 'string') continue;
        // An own member only: a templateId may be any text, `constructor` included.
        const id = instance.templateId.toLowerCase();
        if (!Object.hasOwn(POLICY_TEMPLATE_PARAMETERS, id)) continue;
        const required = POLICY_TEMPLATE_PARAMETERS[id];
        const parameters = isObject(instance.parameters) ? instance.parameters : {};
        const missing = required.filter((name) => parameters[`x-ms-apimTemplateParameter.${name}`] === undefined);
        if (missing.length === 0) continue;
        yield {
          pointer: `/properties/policyTemplateInstances/${i}${isObject(instance.parameters) ? '/parameters' : ''}`,
          message: `Policy template '${instance.templateId}'${typeof instance.title === 'string' ? ` ('${instance.title}')` : ''} lacks ${missing.map((m) => `'x-ms-apimTemplateParameter.${m}'`).join(', ')}: the platform refuses it.`,
        };
      }
    },
  },
  {
    id: 'policy-template-operation',
    // Published connectors carry such leftovers and the platform accepts them: the policy just never applies.
    level: 'warning',
    description: 'A policy template applies only to operationIds the definition has.',
    *check(ctx) {
      const list = ctx.properties.policyTemplateInstances;
      if (!Array.isArray(list)) return;
      for (const [i, instance] of list.entries()) {
        const names =
          isObject(instance) && isObject(instance.parameters)
            ? instance.parameters['x-ms-apimTemplate-operationName']
            : undefined;
        const at = `/properties/policyTemplateInstances/${i}/parameters/${escapeToken('x-ms-apimTemplate-operationName')}`;
        for (const { pointer, name } of unknownOperations(ctx, names, at)) {
          yield {
            pointer,
            message: `Policy template '${String((instance as Record<string, unknown>).templateId)}' applies to operation '${name}', which the definition does not have: it never applies. Rename it here too, or remove it.`,
          };
        }
      }
    },
  },
  {
    id: 'script-operation-missing',
    level: 'error',
    description: '`scriptOperations` names only operationIds the definition has.',
    *check(ctx) {
      for (const { pointer, name } of unknownOperations(
        ctx,
        ctx.properties.scriptOperations,
        '/properties/scriptOperations',
      )) {
        yield {
          pointer,
          message: `scriptOperations names '${name}', which is not an operationId of the definition: the custom code would not run for it. Rename it here too, or remove it.`,
        };
      }
    },
  },
  {
    id: 'script-size',
    level: 'error',
    description: 'script.csx (custom code) is smaller than 1 MB, the platform limit.',
    *check(ctx) {
      const script = ctx.project.script;
      if (!script || script.bytes.length < MAX_SCRIPT_BYTES) return;
      yield {
        file: script.source,
        pointer: '',
        message: `The custom code is ${script.bytes.length} bytes; the platform accepts less than 1 MB (${MAX_SCRIPT_BYTES} bytes). Move logic to the API, or shorten it.`,
      };
    },
  },
  {
    id: 'project-file-missing',
    level: 'warning',
    description: 'Every file settings.json names exists (an icon or script it names but lacks is not exported).',
    *check(ctx) {
      const settings = ctx.project.settings;
      for (const m of ctx.project.missing ?? []) {
        yield {
          file: settings?.source,
          pointer: `/${m.member}`,
          message: `settings.json names '${m.file}' as '${m.member}', which does not exist: the connector is exported without it. Add the file or remove '${m.member}'.`,
        };
      }
    },
  },
];

/** The project rules, for documentation and for checking ignore lists (the override rule lives in connector/). */
export const projectRules: readonly { id: string; level: FindingLevel; description: string }[] = [
  ...rules.map(({ id, level, description }) => ({ id, level, description })),
  {
    id: INPUT_OVERRIDE_RULE,
    level: 'warning',
    description:
      "An input the workflow set replaces a value of the connector's own apiProperties.json (or has nothing to replace).",
  },
];

/** Checks a connector's own files against its definition. Findings carry their file and line. */
export function validateProject(
  project: ConnectorProject,
  definition: Definition,
  options: { ignoreRules?: readonly string[] } = {},
): Finding[] {
  const ignored = new Set(options.ignoreRules ?? []);
  const doc = project.apiProperties;
  const properties = isObject(doc?.value) && isObject(doc.value.properties) ? doc.value.properties : {};
  const ctx: ProjectContext = { project, properties, definition, operationIds: operationIds(definition.value) };
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (ignored.has(rule.id)) continue;
    for (const issue of rule.check(ctx)) {
      const file = issue.file ?? doc?.source;
      const lineOf = file !== undefined && file === doc?.source ? doc.lineOf : undefined;
      findings.push({
        rule: rule.id,
        level: issue.level ?? rule.level,
        message: issue.message,
        pointer: issue.pointer,
        ...(lineOf ? { line: lineOf(issue.pointer) } : {}),
        ...(file === undefined ? {} : { file }),
      });
    }
  }
  return findings;
}

/** The entries of a list of operationIds (at `at`) that the definition does not have. */
function unknownOperations(ctx: ProjectContext, list: unknown, at: Pointer): { pointer: Pointer; name: string }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((name, i) =>
    typeof name === 'string' && !ctx.operationIds.has(name) ? [{ pointer: `${at}/${i}`, name }] : [],
  );
}

function operationIds(swagger: unknown): Set<string> {
  const ids = new Set<string>();
  if (!isObject(swagger) || !isObject(swagger.paths)) return ids;
  for (const item of Object.values(swagger.paths)) {
    if (!isObject(item)) continue;
    for (const operation of Object.values(item)) {
      if (isObject(operation) && typeof operation.operationId === 'string') ids.add(operation.operationId);
    }
  }
  return ids;
}

/** The security definition the platform uses (the first), with its pointer. */
function firstSecurity(swagger: unknown): { type: unknown; pointer: Pointer } | undefined {
  const definitions = isObject(swagger) && isObject(swagger.securityDefinitions) ? swagger.securityDefinitions : {};
  const first = Object.entries(definitions)[0];
  if (!first || !isObject(first[1])) return undefined;
  return { type: first[1].type, pointer: childPointer('/securityDefinitions', first[0]) };
}
