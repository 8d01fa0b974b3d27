// The guide views subpackage (app.json root domain/guide-views): the comparison and its table, and the views of a
// type's page, about and overseas. A plan shows none of it, so it is not in the library, which a plan waits for.
// The pages that show it wait for it with the library (platform/subpackages.ts loadGuide), which hands the library
// in (useLibrary). This file is the package's one door.
export { accountPageData, accountSectionItems } from './account-page';
export { aboutListChunk, aboutPageData } from './about-view';
export { overseasPageData, overseasSectionItems } from './overseas-view';
export { comparePageData, compareShare, compareStateOf, toggleType } from './comparison';
export { useLibrary } from './library-parts';
// The comparison cells' English (domain/library-en) goes in through this door, to the text module the cells read.
export { addEnglish } from '../text';
