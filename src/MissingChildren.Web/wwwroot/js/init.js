import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js';
import { initAll as initMoj } from '/lib/moj-frontend/moj-frontend.min.js';
import { initTimeoutWarning } from '/js/timeout-warning.js';

initAll();
initMoj();
initTimeoutWarning(document.querySelector('[data-module="mc-timeout-warning"]'));
