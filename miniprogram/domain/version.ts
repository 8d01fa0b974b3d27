/** The app's version as shown on the about page; a test keeps it equal to package.json's. */
export const APP_VERSION = '0.1.0';
