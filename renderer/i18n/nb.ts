import appStrings from './nb/app.json';
import crisisStrings from './nb/crisis.json';
import datesStrings from './nb/dates.json';
import documentStrings from './nb/document.json';
import draftingStrings from './nb/drafting.json';
import evaluationStrings from './nb/evaluation.json';
import exportStrings from './nb/export.json';
import fundingStrings from './nb/funding.json';
import languagesStrings from './nb/languages.json';
import layoutStrings from './nb/layout.json';
import leadershipStrings from './nb/leadership.json';
import libraryStrings from './nb/library.json';
import lifecycleStrings from './nb/lifecycle.json';
import measuresStrings from './nb/measures.json';
import overviewStrings from './nb/overview.json';
import packageStrings from './nb/package.json';
import pagesStrings from './nb/pages.json';
import planLifeStrings from './nb/planLife.json';
import privacyStrings from './nb/privacy.json';
import revisionStrings from './nb/revision.json';
import saveStrings from './nb/save.json';
import startStrings from './nb/start.json';
import statusStrings from './nb/status.json';
import wheelStrings from './nb/wheel.json';
import workshopStrings from './nb/workshop.json';

/** The nb strings, one file per part of the app; a new part adds its file here. */
export const nb = {
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
