declare module 'ajv-formats-draft2019' {
  import type { Ajv } from 'ajv';
  /** Adds the draft 2019-09 formats (idn-email, iri, ...) to an ajv instance. */
  export default function addFormats2019(ajv: Ajv, options?: { formats?: string[] }): Ajv;
}
