// Kubernetes resource quantities ("500m", "1Gi", "1e3"), as k8s.io/apimachinery/pkg/api/resource reads and prints them.

const QUANTITY_RE = /^([+-])?(\d*)(?:\.(\d*))?(?:(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])|[eE]([+-]?\d+))?$/;

const DECIMAL_EXPONENT: Record<string, number> = { n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const DECIMAL_SUFFIX: Record<number, string> = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };
const BINARY = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

interface Parsed {
  negative: boolean;
  /** |value| = mantissa × 10^exponent */
  mantissa: bigint;
  exponent: number;
  format: 'DecimalSI' | 'BinarySI' | 'DecimalExponent';
}

function parse(input: string | number): Parsed | undefined {
  const text = typeof input === 'number' ? (Number.isFinite(input) ? String(input) : '') : input.trim();
  const m = QUANTITY_RE.exec(text);
  if (m === null) return undefined;
  const whole = m[2] ?? '';
  const fraction = m[3] ?? '';
  if (whole === '' && fraction === '') return undefined;
  let mantissa = BigInt(`${whole}${fraction}` || '0');
  let exponent = -fraction.length;
  let format: Parsed['format'] = 'DecimalSI';
  const suffix = m[4];
  if (m[5] !== undefined) {
    exponent += Number(m[5]);
    format = 'DecimalExponent';
  } else if (suffix !== undefined && BINARY.includes(suffix)) {
    mantissa *= 1024n ** BigInt(BINARY.indexOf(suffix));
    format = 'BinarySI';
  } else if (suffix !== undefined) {
    exponent += DECIMAL_EXPONENT[suffix] ?? 0;
  }
  return { negative: m[1] === '-', mantissa, exponent, format };
}

/** The numeric value of a quantity ("500m" → 0.5, "1Gi" → 1073741824, 2 → 2), or undefined if it is not one. */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const p = parse(value);
  if (p === undefined) return undefined;
  const n = Number(p.mantissa) * 10 ** p.exponent;
  return p.negative ? -n : n;
}

/**
 * The form the apiserver stores a quantity in: "0.1" → "100m", "0.125Gi" → "128Mi",
 * 2000 → "2k", "1536" → "1536". Sending this form keeps a repeated server-side apply a true
 * no-op; a non-canonical one makes some apiservers (1.20) rewrite managedFields on every apply.
 */
export function canonicalQuantity(value: string | number): string | undefined {
  const p = parse(value);
  if (p === undefined) return undefined;
  let { mantissa, exponent } = p;
  if (mantissa === 0n) return '0';
  // Precision below nano is rounded up, as the apiserver does.
  if (exponent < -9) {
    const divisor = 10n ** BigInt(-9 - exponent);
    mantissa = mantissa / divisor + (mantissa % divisor === 0n ? 0n : 1n);
    exponent = -9;
  }
  const sign = p.negative ? '-' : '';
  let format = p.format;
  if (format === 'BinarySI') {
    const integer = exponent >= 0 ? mantissa * 10n ** BigInt(exponent) : mantissa % 10n ** BigInt(-exponent) === 0n ? mantissa / 10n ** BigInt(-exponent) : undefined;
    if (integer === undefined || integer < 1024n) {
      format = 'DecimalSI';
    } else {
      let amount = integer;
      let times = 0;
      while (times < BINARY.length - 1 && amount % 1024n === 0n) {
        amount /= 1024n;
        times += 1;
      }
      return `${sign}${amount}${BINARY[times] ?? ''}`;
    }
  }
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent += 1;
  }
  const rest = ((exponent % 3) + 3) % 3;
  mantissa *= 10n ** BigInt(rest);
  exponent -= rest;
  if (format === 'DecimalExponent') return `${sign}${mantissa}${exponent === 0 ? '' : `e${exponent}`}`;
  if (exponent > 18) {
    mantissa *= 10n ** BigInt(exponent - 18);
    exponent = 18;
  }
  return `${sign}${mantissa}${DECIMAL_SUFFIX[exponent] ?? ''}`;
}
