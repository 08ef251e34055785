import { childPointer, isObject } from '../../definition/pointer.ts';
import type { Rule } from '../rule.ts';

export const securityRules: Rule[] = [
  {
    id: 'security-multiple',
    level: 'warning',
    description: 'At most one security definition: the platform uses only the first.',
    *check({ doc }) {
      if (!isObject(doc.securityDefinitions)) return;
      const [first, ...others] = Object.keys(doc.securityDefinitions);
      for (const name of others) {
        yield {
          pointer: childPointer('/securityDefinitions', name),
          message: `Only the first security definition ('${first}') is used; '${name}' is ignored: remove it or move the one you want first.`,
        };
      }
    },
  },
  {
    id: 'security-oauth-flow',
    level: 'error',
    description: 'OAuth 2.0 uses the `accessCode` or `implicit` flow; `application` and `password` are not supported.',
    *check({ doc }) {
      if (!isObject(doc.securityDefinitions)) return;
      // The platform uses only the first security definition: an unsupported flow in a later one is ignored, not
      // rejected, so it is a warning there.
      for (const [index, [name, scheme]] of Object.entries(doc.securityDefinitions).entries()) {
        if (
          !isObject(scheme) ||
          scheme.type !== 'oauth2' ||
          (scheme.flow !== 'application' && scheme.flow !== 'password')
        ) {
          continue;
        }
        yield index === 0
          ? {
              pointer: childPointer('/securityDefinitions', name, 'flow'),
              message: `OAuth flow '${scheme.flow}' is not supported by custom connectors: use 'accessCode' (authorization code) with an 'authorizationUrl'.`,
            }
          : {
              pointer: childPointer('/securityDefinitions', name, 'flow'),
              level: 'warning' as const,
              message: `OAuth flow '${scheme.flow}' is not supported by custom connectors; '${name}' is not the first security definition, so the platform ignores it. Remove it, or use 'accessCode' if it should be used.`,
            };
      }
    },
  },
];
