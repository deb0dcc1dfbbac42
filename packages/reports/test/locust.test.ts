import { ConfigurationError } from '@pipeline/core';
import { describe, expect, it } from 'vitest';
import { parseLocust } from '../src/locust.ts';
import type { ParseContext } from '../src/model.ts';

/*
 * No locust output is among the shared fixtures. This follows the columns
 * locust's StatsCSV writes (locust/stats.py: requests_csv_columns plus the
 * default percentiles 50%..100%), one row per request type and the Aggregated
 * total last, with an empty Type. A request name with a comma and a quote
 * exercises CSV quoting as Python's csv module writes it.
 */
const HEADER = 'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%';
const STATS_CSV = [
  HEADER,
  'GET,/api/items,1200,3,41,52.71830283333333,8,1203,2311.0,19.98,0.05,41,55,64,70,95,130,210,320,900,1200,1200',
  'POST,"/api/items?tag=a,b ""new""",300,9,88,101.2,20,2200,120.0,4.99,0.15,88,100,110,120,160,240,400,610,2100,2200,2200',
  ',Aggregated,1500,12,46,62.41464226666667,8,2200,1872.8,24.97,0.2,46,61,72,80,110,160,260,400,1100,2200,2200',
  '',
].join('\r\n');

const ctx: ParseContext = { source: 'load/run_stats.csv', workspace: '/home/runner/work/app' };

async function failure(text: string): Promise<ConfigurationError> {
  try {
    await parseLocust(text, ctx);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parseLocust', () => {
  it('reports the Aggregated row', async () => {
    expect(await parseLocust(STATS_CSV, ctx)).toEqual({
      kind: 'load',
      format: 'locust',
      source: 'load/run_stats.csv',
      requests: 1500,
      failedRequests: 12,
      errorRate: 12 / 1500,
      p95Ms: 160,
      p99Ms: 400,
      avgMs: 62.41464226666667,
      medianMs: 46,
      requestsPerSecond: 24.97,
    });
  });

  it('reads the file streamed in small chunks, quoted fields and all', async () => {
    async function* chunks(): AsyncGenerator<Buffer> {
      const bytes = Buffer.from(STATS_CSV);
      for (let index = 0; index < bytes.length; index += 13) yield bytes.subarray(index, index + 13);
    }
    expect(await parseLocust(chunks(), ctx)).toEqual(await parseLocust(STATS_CSV, ctx));
  });

  it('treats N/A percentiles of a run without requests as 0', async () => {
    const text = `${HEADER}\n,Aggregated,0,0,0,0.0,0,0,0.0,0.0,0.0,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A\n`;
    expect(await parseLocust(text, ctx)).toMatchObject({ requests: 0, failedRequests: 0, errorRate: 0, p95Ms: 0, p99Ms: 0 });
  });

  it('accepts the pre-1.0 column names and "Total" row when percentiles are present', async () => {
    const text = '"Method","Name","# requests","# failures","Median response time","Average response time","Min response time","Max response time","Average Content Size","Requests/s","95%"\n"None","Total",200,4,30,35.5,5,400,100,9.5,80\n';
    expect(await parseLocust(text, ctx)).toMatchObject({ requests: 200, failedRequests: 4, p95Ms: 80, avgMs: 35.5, medianMs: 30, requestsPerSecond: 9.5 });
  });

  it.each([
    ['', 'is empty'],
    ['Timestamp,User Count,Type,Name,Requests/s\n1,2,,Aggregated,3\n', 'lacks Name, Request Count and Failure Count'],
    [`${HEADER}\nGET,/x,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1\n`, 'has no "Aggregated" row'],
    [`${HEADER}\n,Aggregated,many,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1\n`, 'load/run_stats.csv:2: the Aggregated requests count is "many"'],
    [`${HEADER}\n,Aggregated,10,0,1,1,1,1,1,1,0,1,1,1,1,1,N/A,1,1,1,1,1\n`, 'has no 95% response time'],
    ['Type,Name,Request Count,Failure Count\n,"Aggregated,10,0\n', 'a quoted field is never closed'],
  ])('refuses %j', async (text, message) => {
    expect((await failure(text)).message).toContain(message);
  });
});
