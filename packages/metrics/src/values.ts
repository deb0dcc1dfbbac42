/**
 * Prometheus encodes sample values as strings so that the special floats survive JSON:
 * "NaN", "+Inf" and "-Inf". Each is mapped explicitly; anything else that is not a decimal
 * float is a protocol violation, not a value.
 */
export function parsePromValue(text: string): number {
  switch (text) {
    case 'NaN':
      return Number.NaN;
    case '+Inf':
    case 'Inf':
      return Number.POSITIVE_INFINITY;
    case '-Inf':
      return Number.NEGATIVE_INFINITY;
    default: {
      if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new TypeError(`not a Prometheus sample value: '${text.slice(0, 40)}'`);
      return Number(text);
    }
  }
}

/** How a value reads in evidence and summaries: NaN and ±Inf spelled the way Prometheus does. */
export function formatValue(value: number | undefined, digits = 4): string {
  if (value === undefined) return 'no data';
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3)) return value.toExponential(digits - 1);
  return String(Number(value.toPrecision(digits)));
}
