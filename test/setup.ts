import { installWxMock } from './helpers/wx-mock';

// Installed before miniprogram-simulate loads, so its stubs never replace ours; each test file starts clean.
installWxMock();
