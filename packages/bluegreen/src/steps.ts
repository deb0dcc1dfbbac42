import { ConfigurationError } from '@pipeline/core';

/**
 * `10,50,100`: the percentages of traffic the new colour gets, step by step. They must rise
 * strictly, lie in 1..100 and end at 100, which is the promotion.
 */
export function parseTrafficSteps(text: string, input = 'traffic-steps'): number[] {
  const valid = `comma-separated whole percentages that rise strictly from 1 to 100 and end at 100, such as 10,50,100`;
  const items = text.split(',').map((s) => s.trim());
  const steps: number[] = [];
  for (const item of items) {
    if (!/^\d+$/.test(item)) throw new ConfigurationError(`Input '${input}' has '${item === '' ? '(empty)' : item}', which is not a whole number; expected ${valid}`, { input });
    const value = Number(item);
    if (value < 1 || value > 100) throw new ConfigurationError(`Input '${input}' has ${value}%, outside 1..100; expected ${valid}`, { input });
    const last = steps.at(-1);
    if (last !== undefined && value <= last) throw new ConfigurationError(`Input '${input}' goes from ${last}% to ${value}%; steps must rise strictly. Expected ${valid}`, { input });
    steps.push(value);
  }
  if (steps.at(-1) !== 100) throw new ConfigurationError(`Input '${input}' ends at ${String(steps.at(-1))}%; the last step must be 100 (the promotion). Expected ${valid}`, { input });
  return steps;
}
