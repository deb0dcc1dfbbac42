declare module 'ajv-formats-draft2019/formats/idn-email.js' {
  /** True when the value is an internationalised e-mail address (RFC 6531). */
  export default function idnEmail(value: string): boolean;
}
