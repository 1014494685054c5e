// How much each part counts when a new alert is compared with an item the user marked not relevant.
// The title counts more than the sectors: most of a user's alerts share their saved search's sectors, so
// a shared sector alone must not push an item down the list.
export const ALERT_SECTOR_WEIGHT = 0.4;
export const ALERT_TITLE_WEIGHT = 0.6;

/**
 * From this similarity on, an alert is demoted: listed after the others and not notified at once. Same
 * sectors alone (0.4) stay below it; same sectors and a sixth of the title's character pairs reach it.
 */
export const ALERT_DEMOTION_THRESHOLD = 0.5;

// Character pairs that nearly every demand title contains ("…采购", "征集…"): sharing them says nothing.
// prettier-ignore
export const ALERT_TITLE_STOP_PAIRS: ReadonlySet<string> = new Set([
  '采购', '需求', '征集', '招标', '询价', '一批', '购置', '项目',
]);
