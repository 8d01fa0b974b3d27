/// <reference types="miniprogram-api-typings" />

/** Global data the App keeps; pages read it through platform/, never directly. */
interface IAppOption {
  globalData: Record<string, never>;
}
