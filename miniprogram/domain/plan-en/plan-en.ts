// The plan-en subpackage (app.json root domain/plan-en): the English of the launch plan's own strings and of what it
// says to prepare (library/plan/prepare.ts), which an English reader's plan waits for (platform/subpackages.ts
// loadPlan); its steps' English comes with them, after it renders. A Chinese reader never downloads it. This file is
// the package's one door.
export { PLAN_EN } from './strings';
export { PREPARE_EN } from './prepare';
