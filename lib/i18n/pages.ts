// The extension pages' own strings, registered when a page loads (imported by lib/ui/use-settings.ts, which only
// extension pages use). Content scripts never import this file, so these strings stay out of every site's page.

import { historyDe } from './history.de';
import { historyEn } from './history.en';
import { addPageMessages } from './index';
import { queueDe } from './queue.de';
import { queueEn } from './queue.en';
import { recoveryDe } from './recovery.de';
import { recoveryEn } from './recovery.en';
import { reportDe } from './report.de';
import { reportEn } from './report.en';

addPageMessages({ en: historyEn, de: historyDe });
addPageMessages({ en: recoveryEn, de: recoveryDe });
addPageMessages({ en: queueEn, de: queueDe });
addPageMessages({ en: reportEn, de: reportDe });
