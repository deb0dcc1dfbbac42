import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@pipeline/core';
import { parseTrafficSteps } from '../src/steps.ts';

function refusal(text: string): ConfigurationError {
  try {
    parseTrafficSteps(text);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error(`parseTrafficSteps('${text}') was accepted`);
}

describe('traffic-steps', () => {
  it('reads rising percentages that end at 100, with spaces allowed', () => {
    expect(parseTrafficSteps('10,50,100')).toEqual([10, 50, 100]);
    expect(parseTrafficSteps(' 1, 2 ,100 ')).toEqual([1, 2, 100]);
    expect(parseTrafficSteps('100')).toEqual([100]);
  });

  it.each([
    ['10,5,100', /goes from 10% to 5%; steps must rise strictly/],
    ['0', /has 0%, outside 1\.\.100/],
    ['150', /has 150%, outside 1\.\.100/],
    ['abc', /has 'abc', which is not a whole number/],
    ['10,50', /ends at 50%; the last step must be 100/],
    ['10,,100', /has '\(empty\)', which is not a whole number/],
    ['10,50,50,100', /goes from 50% to 50%/],
    ['12.5,100', /'12\.5', which is not a whole number/],
    ['-10,100', /'-10', which is not a whole number/],
  ])('refuses %s naming the input and what is valid', (text, problem) => {
    const error = refusal(text);
    expect(error.input).toBe('traffic-steps');
    expect(error.message).toMatch(/^Input 'traffic-steps' /);
    expect(error.message).toMatch(problem);
    expect(error.message).toContain('such as 10,50,100');
  });

  it('names another input when told to', () => {
    expect(() => parseTrafficSteps('5', 'steps')).toThrow(/^Input 'steps' ends at 5%/);
  });
});
