import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js';
import { initAll as initMoj } from '/lib/moj-frontend/moj-frontend.min.js';

initAll();
initMoj();
