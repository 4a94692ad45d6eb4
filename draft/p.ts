import { capitalisedRuns } from './src/stages/names.ts';
const t =
  'Today, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) identified Cloudwalk Technology Co., Ltd.; Dawning Information Industry Co., Ltd. and said Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian E. Nelson. The Biden-Harris Administration met China.';
console.log(capitalisedRuns(t, { start: 0, end: t.length }).map((s) => t.slice(s.start, s.end)));
