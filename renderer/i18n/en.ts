import appStrings from './en/app.json';
import crisisStrings from './en/crisis.json';
import datesStrings from './en/dates.json';
import documentStrings from './en/document.json';
import draftingStrings from './en/drafting.json';
import evaluationStrings from './en/evaluation.json';
import exportStrings from './en/export.json';
import fundingStrings from './en/funding.json';
import languagesStrings from './en/languages.json';
import layoutStrings from './en/layout.json';
import leadershipStrings from './en/leadership.json';
import libraryStrings from './en/library.json';
import lifecycleStrings from './en/lifecycle.json';
import measuresStrings from './en/measures.json';
import overviewStrings from './en/overview.json';
import packageStrings from './en/package.json';
import pagesStrings from './en/pages.json';
import planLifeStrings from './en/planLife.json';
import privacyStrings from './en/privacy.json';
import revisionStrings from './en/revision.json';
import saveStrings from './en/save.json';
import startStrings from './en/start.json';
import statusStrings from './en/status.json';
import wheelStrings from './en/wheel.json';
import workshopStrings from './en/workshop.json';

/** The en strings, one file per part of the app; a new part adds its file here. */
export const en = {
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
