// The sources subpackage (app.json root domain/sources): CONTENT.md's Sources table with each source's title in both
// languages, 42 KiB that no page shows at first. A source drawer, a plan step's details and the about page's list
// load it with require.async (platform/subpackages.ts loadSources); pages that show facts prefetch it once they
// render. This file is the package's one door: what code outside the package uses of it, through the loaded module.
export { sourceItem, sourceItems } from './source-view';
export { SOURCE_KEYS } from './source-table';
