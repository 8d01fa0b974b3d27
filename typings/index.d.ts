/// <reference types="miniprogram-api-typings" />

interface NodeRequire {
  /**
   * WeChat's 分包异步化 (base library 2.11.2+): a module of another subpackage, downloaded first; rejects with
   * { mod, errMsg } when the download fails. The path must be a literal. Older base libraries lack it, so a call
   * throws there: callers catch (platform/async-modules.ts).
   */
  async(path: string): Promise<unknown>;
}
