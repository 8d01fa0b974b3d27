import * as http from 'http';
import type { AddressInfo } from 'net';

/** A 1×1 PNG: what the imitation code endpoint sends on success. */
export const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface Reply {
  status?: number;
  contentType: string;
  body: string | Buffer;
}

export const json = (value: unknown, status = 200): Reply => ({
  status,
  contentType: 'application/json; encoding=utf-8',
  body: JSON.stringify(value),
});
export const png = (): Reply => ({ contentType: 'image/png', body: PNG_1X1 });

export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
}

/** Imitates api.weixin.qq.com's token and unlimited-code endpoints on 127.0.0.1 with a random port. */
export class FakeWeChatApi {
  token: Reply = json({ access_token: 'ACCESS_TOKEN_FROM_FAKE', expires_in: 7200 });
  code: Reply = png();
  readonly requests: SeenRequest[] = [];
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      this.requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const reply =
        url.pathname === '/cgi-bin/token'
          ? this.token
          : url.pathname === '/wxa/getwxacodeunlimit'
            ? this.code
            : json({ errcode: 404, errmsg: 'not here' }, 404);
      res.writeHead(reply.status ?? 200, { 'content-type': reply.contentType });
      res.end(reply.body);
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
