import express from 'express';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formBody, single, singleText } from '../../src/sandbox-kit/index.ts';
import { withServer } from './serve.ts';

describe('single-valued parameters', () => {
  it('reads a repeated parameter as its first value', () => {
    expect(singleText.parse(['a', 'b'])).toBe('a');
    expect(singleText.parse('a')).toBe('a');
    expect(singleText.parse(undefined)).toBeUndefined();
    expect(single(z.coerce.number()).parse(['7', '8'])).toBe(7);
  });

  it('parses a form body into flat fields, up to the limit', async () => {
    const app = express();
    app.post('/form', formBody('1kb'), (req, res) => void res.json(z.object({ a: singleText, b: singleText }).parse(req.body)));
    await withServer(app, async (base) => {
      const post = (body: string) => fetch(`${base}/form`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
      expect(await (await post('a=1&a=2&b[x]=3')).json()).toEqual({ a: '1' });
      expect((await post(`a=${'x'.repeat(2048)}`)).status).toBe(413);
    });
  });
});
