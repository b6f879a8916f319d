import appStrings from './nn/app.json';
import crisisStrings from './nn/crisis.json';
import datesStrings from './nn/dates.json';
import documentStrings from './nn/document.json';
import draftingStrings from './nn/drafting.json';
import evaluationStrings from './nn/evaluation.json';
import exportStrings from './nn/export.json';
import fundingStrings from './nn/funding.json';
import languagesStrings from './nn/languages.json';
import layoutStrings from './nn/layout.json';
import leadershipStrings from './nn/leadership.json';
import libraryStrings from './nn/library.json';
import lifecycleStrings from './nn/lifecycle.json';
import measuresStrings from './nn/measures.json';
import overviewStrings from './nn/overview.json';
import packageStrings from './nn/package.json';
import pagesStrings from './nn/pages.json';
import planLifeStrings from './nn/planLife.json';
import privacyStrings from './nn/privacy.json';
import revisionStrings from './nn/revision.json';
import saveStrings from './nn/save.json';
import startStrings from './nn/start.json';
import statusStrings from './nn/status.json';
import wheelStrings from './nn/wheel.json';
import workshopStrings from './nn/workshop.json';

/** The nn strings, one file per part of the app; a new part adds its file here. */
export const nn = {
  app: appStrings,
  dates: datesStrings,
  layout: layoutStrings,
  languages: languagesStrings,
  pages: pagesStrings,
  save: saveStrings,
  document: documentStrings,
  start: startStrings,
  lifecycle: lifecycleStrings,
  overview: overviewStrings,
  drafting: draftingStrings,
  measures: measuresStrings,
  wheel: wheelStrings,
  export: exportStrings,
  status: statusStrings,
  leadership: leadershipStrings,
  revision: revisionStrings,
  workshop: workshopStrings,
  crisis: crisisStrings,
  library: libraryStrings,
  package: packageStrings,
  planLife: planLifeStrings,
  funding: fundingStrings,
  evaluation: evaluationStrings,
  privacy: privacyStrings,
};
