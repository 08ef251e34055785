/* eslint-disable @typescript-eslint/no-explicit-any -- the tests walk converted documents of any shape */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import SwaggerParser from '@apidevtools/swagger-parser';
import { LineCounter, type Node, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Finding } from '../src/model.ts';
import { parsePointer } from '../src/definition/pointer.ts';
import { convertOpenApi3 } from '../src/openapi3/convert.ts';
import { isOpenApi3 } from '../src/openapi3/prepare.ts';
import { parseDefinition } from '../src/definition/parse.ts';
import { validateDefinition } from '../src/validation/index.ts';

/** Our own connector rules on a converted definition: the rule ids of its error findings. */
function connectorRuleErrors(swagger: unknown): string[] {
  const findings = validateDefinition(parseDefinition(JSON.stringify(swagger, null, 2), 'converted.json'));
  return findings.filter((f) => f.level === 'error').map((f) => `${f.rule}: ${f.message}`);
}

/** A YAML source with the pointer -> line map the loader provides (nearest existing ancestor when missing). */
function load(text: string): { value: unknown; lineOf: (pointer: string) => number | undefined } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lineAt = (node: Node | null | undefined) => (node?.range ? counter.linePos(node.range[0]).line : undefined);
  return {
    value: doc.toJS(),
    lineOf: (pointer) => {
      let node = doc.contents as Node | null;
      let line = lineAt(node);
      for (const token of parsePointer(pointer) ?? []) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === token);
          if (!pair) break;
          line = lineAt(pair.key as Node);
          node = pair.value as Node;
        } else if (isSeq(node) && node.items[Number(token)]) {
          node = node.items[Number(token)] as Node;
          line = lineAt(node);
        } else break;
      }
      return line;
    },
  };
}

/** 1-based line of the first line of `text` that contains `marker`. */
function lineWith(text: string, marker: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(marker));
  if (index < 0) throw new Error(`marker not found: ${marker}`);
  return index + 1;
}

function finding(findings: Finding[], rule: string, pointer: string): Finding {
  const found = findings.find((f) => f.rule === rule && f.pointer === pointer);
  if (!found)
    throw new Error(`no ${rule} at ${pointer}; got:\n${findings.map((f) => `${f.rule} ${f.pointer}`).join('\n')}`);
  return found;
}

/** Converts a YAML text; `at(rule, pointer)` returns the finding or fails listing the ones there are. */
function convertYaml(text: string) {
  const source = load(text);
  const result = convertOpenApi3(source);
  const at = (rule: string, pointer: string) => finding(result.findings, rule, pointer);
  return { source, ...result, s: result.swagger as Record<string, any>, at };
}

/** Swagger 2.0 validation (JSON schema + semantic checks) of a copy: the parser dereferences in place. */
async function expectValid(swagger: unknown): Promise<void> {
  await expect(SwaggerParser.validate(structuredClone(swagger) as never)).resolves.toBeDefined();
}

const PETS = `openapi: 3.0.3
info:
  title: Pets
  description: Pet store
  version: 1.2.0
  x-ms-connector-metadata:
    - propertyName: Website
      propertyValue: https://example.com
servers:
  - url: https://{region}.example.com/v1
    variables:
      region:
        default: eu
  - url: http://eu.example.com/v1
  - url: https://staging.example.com
tags:
  - name: pets
externalDocs:
  url: https://example.com/docs
security:
  - key: []
  - bearer: []
paths:
  x-shared:
    schema: { $ref: '#/components/schemas/Tag' }
  /pets:
    summary: Pets collection
    parameters:
      - $ref: '#/components/parameters/session'
    get:
      operationId: ListPets
      description: Lists pets
      x-ms-visibility: important
      parameters:
        - $ref: '#/components/parameters/limit'
        - name: tags
          in: query
          style: form
          explode: true
          schema:
            type: array
            items:
              type: string
              enum: [dog, cat]
        - name: ids
          in: query
          style: pipeDelimited
          explode: false
          schema: { type: array, items: { type: integer } }
        - name: filter
          in: query
          content:
            application/json:
              schema: { type: object }
        - name: theme
          in: cookie
          schema: { type: string }
        - name: X-Trace
          in: header
          deprecated: true
          example: abc
          schema: { type: string, nullable: true }
      responses:
        '200':
          description: The pets
          headers:
            X-Rate-Limit:
              $ref: '#/components/headers/RateLimit'
          content:
            application/json:
              schema:
                type: array
                items: { $ref: '#/components/schemas/Pet' }
              example: [{ name: Rex }]
            application/xml:
              schema: { type: string }
          links:
            next: { operationId: ListPets }
        2XX:
          description: Other success
        4XX:
          $ref: '#/components/responses/NotFound'
        default:
          $ref: '#/components/responses/NotFound'
    post:
      operationId: CreatePet
      summary: Create a pet
      requestBody:
        $ref: '#/components/requestBodies/PetBody'
      callbacks:
        created:
          '{$request.body#/callback}':
            post:
              responses: { '200': { description: ok } }
      responses:
        '201':
          description: Created
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Pet' }
      security:
        - oauth: [pets.write]
    trace:
      responses: { '200': { description: traced } }
  /pets/{petId}/photo:
    parameters:
      - name: petId
        in: path
        required: true
        schema: { type: string, format: uuid }
    put:
      operationId: UploadPhoto
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties:
                file: { type: string, format: binary, description: The photo }
                caption: { type: string }
                labels: { type: array, items: { type: string } }
      responses:
        '204': { description: Stored }
    patch:
      operationId: TagPhoto
      servers:
        - url: https://photos.example.com
      requestBody:
        x-ms-summary: Tagging
        content:
          application/x-www-form-urlencoded:
            schema:
              allOf:
                - $ref: '#/components/schemas/Tagging'
                - type: object
                  properties:
                    note: { type: string }
      responses:
        '200': { description: Tagged }
        x-ms-note: { $ref: '#/components/schemas/Tag' }
components:
  schemas:
    Pet:
      type: object
      required: [name]
      discriminator:
        propertyName: kind
        mapping:
          dog: '#/components/schemas/Dog'
      properties:
        name: { type: string, x-ms-summary: Name }
        kind: { type: string }
        nickname: { type: string, nullable: true }
        secret: { type: string, writeOnly: true }
        age: { type: integer, not: { enum: [0] } }
        owner:
          nullable: true
          allOf:
            - $ref: '#/components/schemas/Owner'
        tag:
          oneOf:
            - $ref: '#/components/schemas/Tag'
            - type: string
        size:
          anyOf:
            - { type: string, enum: [S, M] }
            - { type: string, enum: [L] }
        parent: { $ref: '#/components/schemas/Pet' }
    Owner:
      type: object
      properties:
        pets: { type: array, items: { $ref: '#/components/schemas/Pet' } }
    Tag:
      type: object
      properties:
        label: { type: string }
    Tagging:
      type: object
      required: [tags]
      properties:
        tags: { type: array, items: { type: string } }
  parameters:
    limit:
      name: limit
      in: query
      schema: { type: integer, format: int32, minimum: 1, default: 20 }
    session:
      name: session
      in: cookie
      schema: { type: string }
  headers:
    RateLimit:
      description: Calls left
      schema: { type: integer }
  requestBodies:
    PetBody:
      description: The pet to create
      required: true
      x-bodyName: pet
      x-ms-summary: Pet
      content:
        application/json:
          schema: { $ref: '#/components/schemas/Pet' }
        application/xml:
          schema: { $ref: '#/components/schemas/Pet' }
  responses:
    NotFound:
      description: Not found
      content:
        application/problem+json:
          schema:
            type: object
            properties:
              title: { type: string }
  securitySchemes:
    key: { type: apiKey, in: header, name: X-Api-Key, description: The key }
    basic: { type: http, scheme: basic }
    bearer: { type: http, scheme: bearer, bearerFormat: JWT }
    oidc: { type: openIdConnect, openIdConnectUrl: 'https://login.example.com/.well-known/openid-configuration' }
    cookieKey: { type: apiKey, in: cookie, name: sid }
    oauth:
      type: oauth2
      flows:
        authorizationCode:
          authorizationUrl: /oauth/authorize
          tokenUrl: https://login.example.com/token
          refreshUrl: https://login.example.com/refresh
          scopes: { pets.write: Write pets }
        clientCredentials:
          tokenUrl: https://login.example.com/token
          scopes: {}
    machine:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://login.example.com/token
          scopes: {}
`;

describe('convertOpenApi3 (3.0)', () => {
  const { source, swagger, findings, sourceVersion, s, at } = convertYaml(PETS);

  test('is a valid Swagger 2.0 document', async () => {
    expect(sourceVersion).toBe('3.0.3');
    expect(s.swagger).toBe('2.0');
    expect(s.openapi).toBeUndefined();
    expect(s.components).toBeUndefined();
    await expectValid(swagger);
  });

  test("passes connector-export's own connector rules", () => {
    expect(connectorRuleErrors(swagger)).toEqual([]);
  });

  test('every finding carries the line of its pointer in the source', () => {
    for (const f of findings) expect(f.line).toBe(source.lineOf(f.pointer));
  });

  test('keeps info, tags, externalDocs and x- extensions', () => {
    expect(s.info).toEqual({
      title: 'Pets',
      description: 'Pet store',
      version: '1.2.0',
      'x-ms-connector-metadata': [{ propertyName: 'Website', propertyValue: 'https://example.com' }],
    });
    expect(s.tags).toEqual([{ name: 'pets' }]);
    expect(s.externalDocs).toEqual({ url: 'https://example.com/docs' });
    expect(s.paths['/pets'].get['x-ms-visibility']).toBe('important');
    // References inside extensions follow the components they name.
    expect(s.paths['x-shared']).toEqual({ schema: { $ref: '#/definitions/Tag' } });
  });

  test('servers: the first with variables substituted; the same host under http adds a scheme; others dropped', () => {
    expect(s.host).toBe('eu.example.com');
    expect(s.basePath).toBe('/v1');
    expect(s.schemes).toEqual(['https', 'http']);
    const dropped = findings.filter((f) => f.rule === 'oas3-server-dropped');
    expect(dropped).toEqual([
      expect.objectContaining({ level: 'warning', pointer: '/servers/2', line: lineWith(PETS, 'staging.example.com') }),
    ]);
  });

  test('component schemas become definitions with every $ref rewritten', () => {
    const text = JSON.stringify(swagger);
    expect(text).not.toContain('#/components/');
    expect(Object.keys(s.definitions)).toEqual(['Pet', 'Owner', 'Tag', 'Tagging']);
    expect(s.definitions.Pet.properties.parent).toEqual({ $ref: '#/definitions/Pet' });
    expect(s.definitions.Owner.properties.pets.items).toEqual({ $ref: '#/definitions/Pet' });
    expect(s.paths['/pets'].get.responses['200'].schema).toEqual({
      type: 'array',
      items: { $ref: '#/definitions/Pet' },
    });
  });

  test('schema keywords: nullable, writeOnly, not, allOf, oneOf, anyOf, discriminator', () => {
    const pet = s.definitions.Pet;
    expect(pet.properties.nickname).toEqual({ type: 'string', 'x-nullable': true });
    expect(pet.properties.name).toEqual({ type: 'string', 'x-ms-summary': 'Name' });
    expect(pet.properties.secret).toEqual({ type: 'string' });
    expect(at('oas3-schema-writeonly-dropped', '/components/schemas/Pet/properties/secret/writeOnly').line).toBe(
      lineWith(PETS, 'secret:'),
    );
    expect(pet.properties.age).toEqual({ type: 'integer' });
    expect(at('oas3-schema-not-dropped', '/components/schemas/Pet/properties/age/not').line).toBe(
      lineWith(PETS, 'age:'),
    );
    expect(pet.properties.owner).toEqual({ 'x-nullable': true, allOf: [{ $ref: '#/definitions/Owner' }] });
    // Object and string branches: no 2.0 form fits both, so any value is accepted.
    expect(pet.properties.tag).toEqual({});
    expect(at('oas3-schema-alternatives', '/components/schemas/Pet/properties/tag/oneOf')).toMatchObject({
      level: 'warning',
      line: lineWith(PETS, '        tag:') + 1,
    });
    expect(pet.properties.size).toEqual({ type: 'string', enum: ['S', 'M', 'L'] });
    expect(pet.discriminator).toBe('kind');
    expect(pet.required).toEqual(['name', 'kind']);
    expect(at('oas3-discriminator-mapping-dropped', '/components/schemas/Pet/discriminator/mapping').line).toBe(
      lineWith(PETS, 'mapping:'),
    );
  });

  test('parameters: schema flattened, style/explode to collectionFormat, content and cookies', () => {
    const get = s.paths['/pets'].get;
    expect(s.parameters).toEqual({
      limit: { name: 'limit', in: 'query', type: 'integer', format: 'int32', minimum: 1, default: 20 },
    });
    expect(get.parameters).toEqual([
      { $ref: '#/parameters/limit' },
      {
        name: 'tags',
        in: 'query',
        type: 'array',
        items: { type: 'string', enum: ['dog', 'cat'] },
        collectionFormat: 'multi',
      },
      { name: 'ids', in: 'query', type: 'array', items: { type: 'integer' }, collectionFormat: 'pipes' },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'X-Trace', in: 'header', type: 'string', 'x-nullable': true, 'x-example': 'abc' },
    ]);
    expect(at('oas3-parameter-content', '/paths/~1pets/get/parameters/3/content').line).toBe(
      lineWith(PETS, 'name: filter') + 2,
    );
    expect(at('oas3-cookie-parameter-dropped', '/paths/~1pets/get/parameters/4')).toMatchObject({
      level: 'warning',
      line: lineWith(PETS, 'name: theme'),
    });
    // A cookie component is dropped once, with its references.
    expect(at('oas3-cookie-parameter-dropped', '/components/parameters/session').line).toBe(
      lineWith(PETS, '    session:'),
    );
    expect(s.paths['/pets'].parameters).toBeUndefined();
    expect(at('oas3-keyword-dropped', '/paths/~1pets/get/parameters/5/deprecated').line).toBe(
      lineWith(PETS, 'deprecated: true'),
    );
    expect(s.paths['/pets/{petId}/photo'].parameters).toEqual([
      { name: 'petId', in: 'path', required: true, type: 'string', format: 'uuid' },
    ]);
  });

  test('requestBody: a JSON body parameter named by x-bodyName, from an inlined requestBodies component', () => {
    const post = s.paths['/pets'].post;
    expect(post.consumes).toEqual(['application/json', 'application/xml']);
    expect(post.parameters).toEqual([
      {
        name: 'pet',
        in: 'body',
        description: 'The pet to create',
        required: true,
        schema: { $ref: '#/definitions/Pet' },
        'x-ms-summary': 'Pet',
      },
    ]);
    // The path item's summary fills the operation's.
    expect(s.paths['/pets'].get.summary).toBe('Pets collection');
    expect(post.summary).toBe('Create a pet');
  });

  test('requestBody: multipart and urlencoded forms become formData, binary becomes a file', () => {
    const put = s.paths['/pets/{petId}/photo'].put;
    expect(put.consumes).toEqual(['multipart/form-data']);
    expect(put.parameters).toEqual([
      { name: 'file', in: 'formData', description: 'The photo', required: true, type: 'file' },
      { name: 'caption', in: 'formData', type: 'string' },
      { name: 'labels', in: 'formData', type: 'array', items: { type: 'string' }, collectionFormat: 'multi' },
    ]);
    const patch = s.paths['/pets/{petId}/photo'].patch;
    expect(patch.parameters).toEqual([
      {
        name: 'tags',
        in: 'formData',
        required: true,
        type: 'array',
        items: { type: 'string' },
        collectionFormat: 'multi',
      },
      { name: 'note', in: 'formData', type: 'string' },
    ]);
    expect(at('oas3-keyword-dropped', '/paths/~1pets~1{petId}~1photo/patch/requestBody/x-ms-summary').line).toBe(
      lineWith(PETS, 'x-ms-summary: Tagging'),
    );
    expect(patch.responses['x-ms-note']).toEqual({ $ref: '#/definitions/Tag' });
    expect(at('oas3-operation-servers-dropped', '/paths/~1pets~1{petId}~1photo/patch/servers').line).toBe(
      lineWith(PETS, 'photos.example.com') - 1,
    );
  });

  test('responses: JSON schema preferred, headers inlined, examples, ranges, links and produces', () => {
    const get = s.paths['/pets'].get;
    expect(get.produces).toEqual(['application/json', 'application/xml', 'application/problem+json']);
    expect(get.responses['200']).toEqual({
      description: 'The pets',
      schema: { type: 'array', items: { $ref: '#/definitions/Pet' } },
      headers: { 'X-Rate-Limit': { description: 'Calls left', type: 'integer' } },
      examples: { 'application/json': [{ name: 'Rex' }] },
    });
    expect(at('oas3-media-type-schemas', '/paths/~1pets/get/responses/200/content').level).toBe('warning');
    expect(at('oas3-links-dropped', '/paths/~1pets/get/responses/200/links').line).toBe(lineWith(PETS, 'links:'));
    expect(get.responses['2XX']).toBeUndefined();
    expect(get.responses['4XX']).toBeUndefined();
    expect(get.responses['400']).toEqual({ $ref: '#/responses/NotFound' });
    expect(get.responses.default).toEqual({ $ref: '#/responses/NotFound' });
    expect(at('oas3-response-code-range', '/paths/~1pets/get/responses/2XX').message).toContain('dropped');
    expect(at('oas3-response-code-range', '/paths/~1pets/get/responses/4XX').message).toContain('becomes 400');
    expect(s.responses.NotFound).toEqual({
      description: 'Not found',
      schema: { type: 'object', properties: { title: { type: 'string' } } },
    });
  });

  test('callbacks and trace operations are dropped with a warning', () => {
    expect(s.paths['/pets'].post.callbacks).toBeUndefined();
    expect(s.paths['/pets'].trace).toBeUndefined();
    expect(at('oas3-callbacks-dropped', '/paths/~1pets/post/callbacks').line).toBe(lineWith(PETS, 'callbacks:'));
    expect(at('oas3-trace-dropped', '/paths/~1pets/trace').line).toBe(lineWith(PETS, 'trace:'));
  });

  test('security schemes and requirements', () => {
    expect(s.securityDefinitions).toEqual({
      key: { type: 'apiKey', name: 'X-Api-Key', in: 'header', description: 'The key' },
      basic: { type: 'basic' },
      oauth: {
        type: 'oauth2',
        flow: 'accessCode',
        authorizationUrl: 'https://eu.example.com/oauth/authorize',
        tokenUrl: 'https://login.example.com/token',
        scopes: { 'pets.write': 'Write pets' },
      },
      machine: { type: 'oauth2', flow: 'application', tokenUrl: 'https://login.example.com/token', scopes: {} },
    });
    // The bearer alternative is gone, the API-key one stays.
    expect(s.security).toEqual([{ key: [] }]);
    expect(s.paths['/pets'].post.security).toEqual([{ oauth: ['pets.write'] }]);
    expect(at('oas3-security-bearer', '/components/securitySchemes/bearer')).toMatchObject({
      level: 'warning',
      line: lineWith(PETS, '    bearer:'),
    });
    expect(at('oas3-security-bearer', '/components/securitySchemes/bearer').message).toContain(
      '`Authorization` header',
    );
    expect(at('oas3-security-openidconnect', '/components/securitySchemes/oidc').message).toContain(
      'authorization_endpoint',
    );
    expect(at('oas3-security-apikey-cookie', '/components/securitySchemes/cookieKey/in').level).toBe('warning');
    expect(at('oas3-security-oauth2-flow', '/components/securitySchemes/machine/flows/clientCredentials').level).toBe(
      'warning',
    );
    expect(
      at('oas3-security-oauth2-flow-dropped', '/components/securitySchemes/oauth/flows/clientCredentials').line,
    ).toBe(lineWith(PETS, '        clientCredentials:'));
    expect(
      at('oas3-keyword-dropped', '/components/securitySchemes/oauth/flows/authorizationCode/refreshUrl').line,
    ).toBe(lineWith(PETS, 'refreshUrl:'));
  });
});

const MODERN = `openapi: 3.1.0
info:
  title: Modern
  summary: A 3.1 API
  version: '1'
  license: { name: MIT, identifier: MIT }
servers:
  - url: /api
webhooks:
  newThing:
    post:
      responses: { '200': { description: ok } }
paths:
  /things/{id}:
    get:
      operationId: GetThing
      parameters:
        - { name: id, in: path, required: true, schema: { $ref: '#/components/schemas/Id' } }
        - name: where
          in: query
          style: deepObject
          schema: { type: object, properties: { a: { type: string } } }
      responses:
        '200':
          description: The thing
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
  /files/{name}:
    put:
      operationId: PutFile
      x-codegen-request-body-name: content
      parameters:
        - name: name
          in: path
          required: true
          schema: { type: string }
          examples:
            report: { value: report.pdf }
      requestBody:
        content:
          application/octet-stream: {}
      responses:
        '200':
          description: Stored
          content:
            text/plain: {}
        '202':
          description: Echo
          content:
            application/pdf: {}
components:
  schemas:
    Id:
      type: [string, 'null']
      examples: [abc]
    Thing:
      type: object
      required: []
      properties:
        legacy: { type: string, deprecated: true }
        name: { type: [string, 'null'], examples: [Widget] }
        kind: { const: thing }
        score: { type: number, exclusiveMinimum: 0, exclusiveMaximum: 10 }
        either: { type: [string, integer] }
        blob: { type: string, contentEncoding: base64 }
        maybe:
          anyOf:
            - $ref: '#/components/schemas/Id'
            - type: 'null'
        tuple: { type: array, prefixItems: [{ type: string }] }
`;

describe('convertOpenApi3 (3.1)', () => {
  const { swagger, sourceVersion, s, at } = convertYaml(MODERN);

  test('is a valid Swagger 2.0 document', async () => {
    expect(sourceVersion).toBe('3.1.0');
    await expectValid(swagger);
  });

  test("passes connector-export's own connector rules, but for the host the conversion asks to set", () => {
    // MODERN's only server is relative: `host` is missing until the `host` input sets it (a finding says so).
    expect(connectorRuleErrors({ ...swagger, host: 'api.contoso.com' })).toEqual([]);
  });

  test('a relative server becomes basePath, and the host must be set', () => {
    expect(s.host).toBeUndefined();
    expect(s.basePath).toBe('/api');
    expect(at('oas3-server-relative', '/servers/0/url')).toMatchObject({
      level: 'warning',
      line: lineWith(MODERN, 'url: /api'),
    });
    expect(at('oas3-server-relative', '/servers/0/url').message).toContain('`host` input');
  });

  test('info summary fills a missing description; license identifier is dropped', () => {
    expect(s.info).toEqual({ title: 'Modern', description: 'A 3.1 API', version: '1', license: { name: 'MIT' } });
  });

  test('webhooks are dropped with a warning', () => {
    expect(s.webhooks).toBeUndefined();
    expect(at('oas3-webhooks-dropped', '/webhooks').line).toBe(lineWith(MODERN, 'webhooks:'));
  });

  test('type lists, examples, const, numeric exclusive bounds, contentEncoding', () => {
    const t = s.definitions.Thing.properties;
    expect(s.definitions.Id).toEqual({ type: 'string', 'x-nullable': true, example: 'abc' });
    expect(t.name).toEqual({ type: 'string', 'x-nullable': true, example: 'Widget' });
    expect(t.kind).toEqual({ enum: ['thing'] });
    expect(t.score).toEqual({
      type: 'number',
      minimum: 0,
      exclusiveMinimum: true,
      maximum: 10,
      exclusiveMaximum: true,
    });
    expect(t.either).toEqual({});
    expect(at('oas3-schema-type-list', '/components/schemas/Thing/properties/either/type').line).toBe(
      lineWith(MODERN, 'either:'),
    );
    expect(t.blob).toEqual({ type: 'string', format: 'byte' });
    expect(t.maybe).toEqual({ $ref: '#/definitions/Id', 'x-nullable': true });
    expect(t.tuple).toEqual({ type: 'array', items: {} });
    expect(s.definitions.Thing.required).toBeUndefined();
    expect(t.legacy).toEqual({ type: 'string' });
    expect(at('oas3-keyword-dropped', '/components/schemas/Thing/properties/legacy/deprecated').line).toBe(
      lineWith(MODERN, 'legacy:'),
    );
    expect(at('oas3-keyword-dropped', '/components/schemas/Thing/properties/tuple/prefixItems').level).toBe('warning');
  });

  test('binary and text media without a schema; body name from the operation; first of examples', () => {
    const put = s.paths['/files/{name}'].put;
    expect(put.parameters).toEqual([
      { name: 'name', in: 'path', required: true, type: 'string', 'x-example': 'report.pdf' },
      { name: 'content', in: 'body', schema: { type: 'string', format: 'binary' } },
    ]);
    expect(put['x-codegen-request-body-name']).toBeUndefined();
    expect(put.consumes).toEqual(['application/octet-stream']);
    expect(put.produces).toEqual(['text/plain', 'application/pdf']);
    expect(put.responses['200'].schema).toEqual({ type: 'string' });
    expect(put.responses['202'].schema).toEqual({ type: 'string', format: 'binary' });
  });

  test('parameter schemas are resolved; object query parameters become strings with a finding', () => {
    expect(s.paths['/things/{id}'].get.parameters).toEqual([
      { name: 'id', in: 'path', required: true, type: 'string', 'x-nullable': true },
      { name: 'where', in: 'query', type: 'string' },
    ]);
    expect(at('oas3-parameter-complex-schema', '/paths/~1things~1{id}/get/parameters/1/schema').line).toBe(
      lineWith(MODERN, 'name: where') + 3,
    );
  });
});

describe('convertOpenApi3 options and edge cases', () => {
  const doc = {
    openapi: '3.0.0',
    info: { title: 'T', version: '1' },
    servers: [
      { url: 'https://a.example.com/base/' },
      { url: 'https://{host}:8443', variables: { host: { default: 'b.example.com' } } },
      { url: 'https://{tenant}.example.com' },
    ],
    paths: {},
  };

  test('server by index or by URL (as written or substituted); unknown choice is an error finding', () => {
    expect(convertOpenApi3({ value: doc }).swagger).toMatchObject({ host: 'a.example.com', basePath: '/base' });
    expect(convertOpenApi3({ value: doc }, { server: 1 }).swagger).toMatchObject({
      host: 'b.example.com:8443',
      basePath: '/',
      schemes: ['https'],
    });
    expect(convertOpenApi3({ value: doc }, { server: 'https://b.example.com:8443' }).swagger).toMatchObject({
      host: 'b.example.com:8443',
    });
    expect(convertOpenApi3({ value: doc }, { server: 'https://{host}:8443/' }).swagger).toMatchObject({
      host: 'b.example.com:8443',
    });
    expect(convertOpenApi3({ value: doc }, { server: '1' }).swagger).toMatchObject({ host: 'b.example.com:8443' });
    // Only the chosen server's variables matter; the others are dropped.
    const chosen = convertOpenApi3({ value: doc }, { server: 'https://a.example.com/base' }).findings;
    expect(chosen.map((f) => `${f.rule} ${f.pointer}`)).toEqual([
      'oas3-server-dropped /servers/1',
      'oas3-server-dropped /servers/2',
    ]);
    const missing = convertOpenApi3({ value: doc }, { server: 'https://nope.example.com' });
    expect(missing.swagger).toMatchObject({ host: 'a.example.com' });
    expect(missing.findings).toContainEqual(
      expect.objectContaining({ rule: 'oas3-server-not-found', level: 'error', pointer: '/servers' }),
    );
  });

  test('a server variable without default is an error', () => {
    const { findings } = convertOpenApi3({ value: doc }, { server: 2 });
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'oas3-server-variable', level: 'error', pointer: '/servers/2/url' }),
    );
  });

  test('no servers: basePath / and a finding that host must be set', async () => {
    const { swagger, findings } = convertOpenApi3({ value: { ...doc, servers: undefined } });
    expect(swagger).toMatchObject({ basePath: '/' });
    expect(findings.map((f) => f.rule)).toEqual(['oas3-server-relative']);
    await expectValid(swagger);
  });

  test('reference cycles outside schemas and self-referencing components terminate', async () => {
    const looped = {
      openapi: '3.0.1',
      info: { title: 'Loop', version: '1' },
      paths: {
        '/a': {
          post: {
            requestBody: { $ref: '#/components/requestBodies/A' },
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: { $ref: '#/paths/~1a/post/responses/200/content/application~1json/schema' },
                  },
                },
              },
            },
          },
        },
      },
      components: {
        requestBodies: { A: { $ref: '#/components/requestBodies/B' }, B: { $ref: '#/components/requestBodies/A' } },
        schemas: {
          Tree: {
            type: 'object',
            properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } },
          },
        },
      },
    };
    const { swagger, findings } = convertOpenApi3({ value: looped });
    const s = swagger as Record<string, any>;
    expect(s.paths['/a'].post.responses['200'].schema).toEqual({});
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'oas3-ref-unsupported', level: 'error' }));
    expect(s.definitions.Tree.properties.children.items).toEqual({ $ref: '#/definitions/Tree' });
    await expectValid(swagger);
  });

  test('requirements lose only the schemes the conversion dropped; absolute OAuth URLs stay as written', () => {
    const { swagger } = convertOpenApi3({
      value: {
        openapi: '3.0.0',
        info: { title: 'S', version: '1' },
        paths: {},
        security: [{ bearer: [] }, { undeclared: [] }, { bearer: [], oauth: ['read'] }],
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer' },
            oauth: {
              type: 'oauth2',
              flows: {
                authorizationCode: {
                  authorizationUrl: 'https://Login.Example.com/Auth',
                  tokenUrl: 'https://Login.Example.com/Token?x=1',
                  scopes: { read: 'Read' },
                },
              },
            },
          },
        },
      },
    });
    const s = swagger as Record<string, any>;
    expect(s.security).toEqual([{ undeclared: [] }, { oauth: ['read'] }]);
    expect(s.securityDefinitions.oauth).toMatchObject({
      authorizationUrl: 'https://Login.Example.com/Auth',
      tokenUrl: 'https://Login.Example.com/Token?x=1',
    });
  });

  test('a YAML alias that contains itself is cut, with an error at the alias', async () => {
    const text = `openapi: 3.0.0
info: { title: Alias, version: '1' }
servers: [{ url: 'https://alias.example.com' }]
paths: {}
components:
  schemas:
    Node: &node
      type: object
      properties:
        next: *node
`;
    const source = load(text);
    const { swagger, findings } = convertOpenApi3(source);
    expect((swagger as Record<string, any>).definitions.Node).toEqual({ type: 'object', properties: { next: {} } });
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'oas3-cyclic-alias',
        level: 'error',
        pointer: '/components/schemas/Node/properties/next',
        line: lineWith(text, 'next: *node'),
      }),
    ]);
    await expectValid(swagger);
  });

  test('isOpenApi3', () => {
    expect(isOpenApi3({ openapi: '3.0.3' })).toBe(true);
    expect(isOpenApi3({ openapi: '3.1.0' })).toBe(true);
    expect(isOpenApi3({ swagger: '2.0' })).toBe(false);
    expect(isOpenApi3({ openapi: 4 })).toBe(false);
    expect(isOpenApi3([])).toBe(false);
  });
});

// ghec.json also holds external references inside example data.
describe.each(['api.github.com.json', 'ghec.json'])("GitHub's OpenAPI 3.0 description %s", (name) => {
  const require = createRequire(import.meta.url);
  const file = require.resolve(`@octokit/openapi/generated/${name}`);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;

  test('converts without exception, validates and keeps every operation', async () => {
    const { swagger, findings } = convertOpenApi3({ value: doc });
    const s = swagger as Record<string, any>;
    const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
    const operations = (paths: Record<string, any>) =>
      Object.entries(paths).flatMap(([p, item]) =>
        methods.filter((m) => item[m]).map((m) => `${m} ${p} ${item[m].operationId}`),
      );
    const expected = operations(doc.paths);
    expect(doc.openapi).toMatch(/^3\.0\./);
    expect(expected.length).toBeGreaterThan(1000);
    expect(operations(s.paths)).toEqual(expected);
    expect(JSON.stringify(swagger)).not.toContain('#/components/');
    expect(findings.every((f) => f.rule.startsWith('oas3-'))).toBe(true);
    await expectValid(swagger);
    // Our connector rules: only the size (several MB; the platform takes less than 1 MB) and GitHub's title,
    // longer than the 30 characters a connector name may have, stand in the way.
    const errors = connectorRuleErrors(swagger).map((e) => e.split(':')[0]);
    expect([...new Set(errors)].sort()).toEqual(['definition-size', 'info-title']);
  });
});

test('YAML `openapi: 3.0` (a number) is taken as OpenAPI 3.0', () => {
  const converted = convertOpenApi3({ value: { openapi: 3.0, info: { title: 't', version: '1' }, paths: {} } });
  expect(isOpenApi3({ openapi: 3.1 })).toBe(true);
  expect(isOpenApi3({ openapi: 2 })).toBe(false);
  expect(converted.sourceVersion).toBe('3.0');
  expect(converted.swagger.swagger).toBe('2.0');
});
