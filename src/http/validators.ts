/**
 * Request validation: two Ajv instances, because query strings and path
 * parameters arrive as text and must be coerced (`size=5` → 5), while a JSON
 * body must be taken as sent (`{"text": 42}` is an error, not `"42"`).
 * Unknown properties are refused in both, never silently dropped.
 */
import { Ajv, type Options } from 'ajv';
import type { FastifySchemaCompiler } from 'fastify';

const common: Options = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false };

/** A Fastify validator compiler using `shared` schemas (referenced by `$id`). */
export function validatorCompiler(shared: ReadonlyArray<Record<string, unknown>>): FastifySchemaCompiler<unknown> {
  const body = new Ajv({ ...common, coerceTypes: false });
  const text = new Ajv({ ...common, coerceTypes: 'array' });
  for (const s of shared) {
    body.addSchema(s);
    text.addSchema(s);
  }
  // An Ajv validate function is what Fastify's own compiler returns: it reads `.errors` and formats the message.
  return ({ schema, httpPart }) => (httpPart === 'body' ? body : text).compile(schema as object);
}
