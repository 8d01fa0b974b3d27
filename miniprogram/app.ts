import { guardSystemInfo } from './platform/system-info';

// Before any page loads: vant reads the system info while its modules load (platform/system-info.ts).
guardSystemInfo();

// No globalData: pages share what they need through storage and platform/, never through the App.
App({});
