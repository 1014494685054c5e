import { ALERT_DEMOTION_THRESHOLD } from './alert-similarity.constant.js';

/** Whether an alert is so like what the user marked not relevant that it is listed last and not notified at once. */
export function isDemotedAlert(similarity: number): boolean {
  return similarity >= ALERT_DEMOTION_THRESHOLD;
}
